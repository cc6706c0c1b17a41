// Freezes the header row of sheets SheetJS wrote: the community edition writes no panes, so we add one.

import * as XLSX from 'xlsx';

const PLAIN_VIEW = '<sheetView workbookViewId="0"/>';
const FROZEN_VIEW =
  '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView>';

interface CfbEntry {
  content: Uint8Array;
}

/** Rewrites each worksheet's view inside the zip so that row 1 stays in place while scrolling. */
export function freezeHeaderRows(xlsx: Uint8Array, sheetCount: number): Uint8Array {
  const zip = XLSX.CFB.read(xlsx, { type: 'array' });
  let changed = false;
  for (let i = 1; i <= sheetCount; i++) {
    const entry = XLSX.CFB.find(zip, `/xl/worksheets/sheet${i}.xml`) as CfbEntry | null;
    if (!entry) continue;
    const xml = new TextDecoder().decode(entry.content);
    if (!xml.includes(PLAIN_VIEW)) continue;
    entry.content = new TextEncoder().encode(xml.replace(PLAIN_VIEW, FROZEN_VIEW));
    changed = true;
  }
  if (!changed) return xlsx;
  const out = XLSX.CFB.write(zip, { fileType: 'zip', type: 'array', compression: true }) as ArrayBuffer | number[] | Uint8Array;
  return out instanceof Uint8Array ? out : new Uint8Array(out);
}
