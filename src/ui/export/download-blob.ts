// Hands a Blob to the browser as a download with the given file name.

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started once click() returns; the URL is freed after the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
