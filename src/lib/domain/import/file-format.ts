// Which reader a file needs, from its first bytes first and its name second.

export type FileFormat = 'csv' | 'tsv' | 'txt' | 'xlsx' | 'xls' | 'ods' | 'html';

export function detectFormat(bytes: Uint8Array, fileName: string): FileFormat {
  const ext = (/\.([a-z0-9]+)$/i.exec(fileName)?.[1] ?? '').toLowerCase();
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return ext === 'ods' ? 'ods' : 'xlsx';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls';
  // Many Chinese web systems save an HTML table and call it .xls.
  if ((ext === 'xls' || ext === 'xlsx') && startsWithMarkup(bytes)) return 'html';
  if (ext === 'tsv' || ext === 'tab') return 'tsv';
  if (ext === 'txt') return 'txt';
  return 'csv';
}

export function isSpreadsheetFormat(format: FileFormat): boolean {
  return format === 'xlsx' || format === 'xls' || format === 'ods' || format === 'html';
}

function startsWithMarkup(bytes: Uint8Array): boolean {
  for (let i = 0; i < Math.min(bytes.length, 512); i++) {
    const b = bytes[i];
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0xef || b === 0xbb || b === 0xbf) continue;
    return b === 0x3c; // '<'
  }
  return false;
}
