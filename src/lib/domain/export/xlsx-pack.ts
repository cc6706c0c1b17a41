// Packs the zip SheetJS wrote, freezing each sheet's header row on the way: the community edition writes no panes.

import * as XLSX from 'xlsx';

const PLAIN_VIEW = '<sheetView workbookViewId="0"/>';
const FROZEN_VIEW =
  '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView>';

interface CfbEntry {
  content: Uint8Array;
}

/**
 * Takes the package as SheetJS wrote it without compression, so that nothing is inflated here and every part is
 * deflated once; with `freeze`, each worksheet's view keeps row 1 in place while scrolling.
 */
export function packWorkbook(stored: Uint8Array, sheetCount: number, freeze: boolean): Uint8Array {
  const zip = XLSX.CFB.read(stored, { type: 'array' });
  for (let i = 1; freeze && i <= sheetCount; i++) {
    const entry = XLSX.CFB.find(zip, `/xl/worksheets/sheet${i}.xml`) as CfbEntry | null;
    if (!entry) continue;
    // The view sits in the sheet's first bytes: patch them, never decode and re-encode the rows.
    const head = new TextDecoder().decode(entry.content.subarray(0, 2048));
    const at = head.indexOf(PLAIN_VIEW);
    if (at < 0) continue;
    const before = new TextEncoder().encode(head.slice(0, at) + FROZEN_VIEW);
    const rest = entry.content.subarray(new TextEncoder().encode(head.slice(0, at + PLAIN_VIEW.length)).length);
    const patched = new Uint8Array(before.length + rest.length);
    patched.set(before, 0);
    patched.set(rest, before.length);
    entry.content = patched;
  }
  const out = XLSX.CFB.write(zip, { fileType: 'zip', type: 'array', compression: true }) as ArrayBuffer | number[] | Uint8Array;
  return out instanceof Uint8Array ? out : new Uint8Array(out);
}
