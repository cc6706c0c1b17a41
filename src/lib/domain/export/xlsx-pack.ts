// Packs the zip SheetJS wrote, with each worksheet's part replaced by the bytes the caller makes of its skeleton.

import * as XLSX from 'xlsx';

interface CfbEntry {
  content: Uint8Array;
}

/**
 * Takes the package as SheetJS wrote it without compression, so that nothing is inflated here and every part is
 * deflated once; `sheetPart` gets sheet i's skeleton XML (1-based, small) and returns the part's final bytes.
 */
export function packWorkbook(stored: Uint8Array, sheetCount: number, sheetPart: (index: number, xml: string) => Uint8Array): Uint8Array {
  const zip = XLSX.CFB.read(stored, { type: 'array' });
  const decoder = new TextDecoder();
  for (let i = 1; i <= sheetCount; i++) {
    const entry = XLSX.CFB.find(zip, `/xl/worksheets/sheet${i}.xml`) as CfbEntry | null;
    if (entry) entry.content = sheetPart(i, decoder.decode(entry.content));
  }
  const out = XLSX.CFB.write(zip, { fileType: 'zip', type: 'array', compression: true }) as ArrayBuffer | number[] | Uint8Array;
  return out instanceof Uint8Array ? out : new Uint8Array(out);
}

/** One buffer from the parts of a worksheet, in order. */
export function joinParts(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
