// Writes the <row> elements of a worksheet's sheetData as UTF-8 bytes, cell for cell as SheetJS would write them.

import type { CellValue, ColumnType } from '../types.ts';
import { isoToExcelSerial } from '../import/convert-date.ts';
import { cellValueText, type CellTextOptions } from './cell-text.ts';

/** The cell styles (indices into styles.xml's cellXfs) that the workbook skeleton gave a money and a date cell. */
export interface SheetRowStyles {
  money: number;
  date: number;
}

export interface SheetRowsInput {
  types: readonly ColumnType[];
  rows: readonly (readonly (CellValue | undefined)[])[];
  /** The slice of `rows` that goes on this sheet. */
  start: number;
  end: number;
}

/** Longest text a cell holds (Excel's limit); SheetJS refuses longer text too. */
export const XLSX_MAX_CELL_TEXT = 32767;
const ROWS_PER_CHUNK = 2000;

export class CellTextTooLong extends Error {
  readonly code = 'cell-too-long-for-xlsx';
  constructor(readonly row: number, readonly column: number) {
    super('cell-too-long-for-xlsx');
  }
}

/**
 * Rows 2… of the sheet (row 1 is the header the skeleton holds), one encoded chunk per ROWS_PER_CHUNK rows.
 * Hand-written because SheetJS builds an object per cell and the whole sheet as one string; this writes 100k rows in a
 * fraction of that time and keeps only one chunk as a string at a time.
 */
export function writeSheetRows(
  input: SheetRowsInput,
  styles: SheetRowStyles,
  options: CellTextOptions = {},
  onChunk?: (rows: number) => void,
): Uint8Array[] {
  const width = input.types.length;
  const letters = Array.from({ length: width }, (_, c) => columnLetters(c));
  const numberStyles = input.types.map((type) => (type === 'money' && styles.money > 0 ? ` s="${styles.money}"` : ''));
  const isDate = input.types.map((type) => type === 'date');
  const dateStyle = styles.date > 0 ? ` s="${styles.date}"` : '';
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  for (let first = input.start; first < input.end; first += ROWS_PER_CHUNK) {
    const last = Math.min(input.end, first + ROWS_PER_CHUNK);
    // One growing string per chunk: V8 appends in place, and the chunk is encoded and let go before the next.
    let xml = '';
    for (let r = first; r < last; r++) {
      const row = input.rows[r] ?? [];
      const rowNumber = String(r - input.start + 2);
      const rowStart = xml.length;
      xml += `<row r="${rowNumber}">`;
      const emptyRow = xml.length;
      for (let c = 0; c < width; c++) {
        const value = row[c];
        if (value === null || value === undefined || value === '') continue;
        if (typeof value === 'number') {
          if (Number.isFinite(value)) xml += `<c r="${letters[c]}${rowNumber}"${numberStyles[c]}><v>${value}</v></c>`;
          continue;
        }
        if (typeof value === 'boolean') {
          xml += `<c r="${letters[c]}${rowNumber}" t="b"><v>${value ? 1 : 0}</v></c>`;
          continue;
        }
        const serial = isDate[c] && typeof value === 'string' ? isoToExcelSerial(value) : null;
        if (serial !== null) {
          xml += `<c r="${letters[c]}${rowNumber}"${dateStyle}><v>${serial}</v></c>`;
          continue;
        }
        const text = typeof value === 'string' ? value : cellValueText(value, options);
        if (text === '') continue;
        if (text.length > XLSX_MAX_CELL_TEXT) throw new CellTextTooLong(r, c);
        xml += `<c r="${letters[c]}${rowNumber}" t="str">${NOT_PLAIN.test(text) ? textElement(text) : `<v>${text}</v>`}</c>`;
      }
      // SheetJS leaves out a row without cells.
      xml = xml.length === emptyRow ? xml.slice(0, rowStart) : xml + '</row>';
    }
    chunks.push(encoder.encode(xml));
    onChunk?.(last - first);
  }
  return chunks;
}

// Text needing an escape or xml:space; one test per cell, since most text in a customer table needs neither.
// The control characters below are the point: XML 1.0 cannot hold them, so they are written as _xHHHH_.
// eslint-disable-next-line no-control-regex
const NOT_PLAIN = /[&<>"'\u0000-\u001f\ufffe\uffff]|_x[\da-fA-F]{4}_|^\s|\s$/;
const LEADING_OR_TRAILING_SPACE = /^\s|\s$|\n/;
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000b-\u001f\ufffe\uffff]|_x[\da-fA-F]{4}_/;
// eslint-disable-next-line no-control-regex
const ESCAPED = /[&<>"'\u0000-\u0008\u000b-\u001f\ufffe\uffff]|_(?=x[\da-fA-F]{4}_)/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', _: '_x005F_' };

/** A <v> element holding text; whitespace a reader would trim is marked to be kept, as SheetJS marks it. */
function textElement(text: string): string {
  const escaped = escapeCellText(text);
  return LEADING_OR_TRAILING_SPACE.test(text) ? `<v xml:space="preserve">${escaped}</v>` : `<v>${escaped}</v>`;
}

/**
 * XML-escapes text the way SheetJS does: the five entities, and control characters XML cannot hold as `_xHHHH_`.
 * Text that already looks like `_xHHHH_` has its underscore written as `_x005F_`, so readers give it back unchanged.
 */
export function escapeCellText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(ESCAPED, (ch) => ENTITIES[ch] ?? `_x${ch.charCodeAt(0).toString(16).padStart(4, '0')}_`);
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
