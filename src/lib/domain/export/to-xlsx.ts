// Writes sheets as an .xlsx with typed cells: numbers as numbers, dates as date cells, text never as a formula.

import * as XLSX from 'xlsx';
import type { CellValue, ColumnType } from '../types.ts';
import { isoToExcelSerial } from '../import/convert-date.ts';
import { cellValueText, type CellTextOptions } from './cell-text.ts';
import { packWorkbook } from './xlsx-pack.ts';

export const XLSX_MAX_DATA_ROWS = 1_048_575;
const XLSX_MAX_NAME = 31;
const WIDTH_SAMPLE_ROWS = 1000;
const MAX_COLUMN_WIDTH = 60;
export const DATE_FORMAT = 'yyyy-mm-dd';
export const MONEY_FORMAT = '#,##0.00';

export interface XlsxSheetInput {
  name: string;
  headers: readonly string[];
  types: readonly ColumnType[];
  rows: readonly (readonly (CellValue | undefined)[])[];
}

export interface XlsxOptions extends CellTextOptions {
  /** Spread a sheet over 'name (2)', 'name (3)'… when it has more rows than one sheet holds; else fail. */
  split?: boolean;
  /** Data rows per sheet; Excel's limit unless a smaller one is wanted. */
  maxRowsPerSheet?: number;
  /** Keep the header row in view while scrolling (default true). */
  freezeHeader?: boolean;
}

export type XlsxResult = { ok: true; bytes: Uint8Array; sheetNames: string[] } | { ok: false; code: 'too-many-rows-for-xlsx'; sheet: string };

export function toXlsx(sheets: readonly XlsxSheetInput[], options: XlsxOptions = {}): XlsxResult {
  const perSheet = Math.min(options.maxRowsPerSheet ?? XLSX_MAX_DATA_ROWS, XLSX_MAX_DATA_ROWS);
  const wb = XLSX.utils.book_new();
  const names = new Set<string>();
  for (const sheet of sheets) {
    if (sheet.rows.length > perSheet && !options.split) return { ok: false, code: 'too-many-rows-for-xlsx', sheet: sheet.name };
    const parts = Math.max(1, Math.ceil(sheet.rows.length / perSheet));
    for (let part = 0; part < parts; part++) {
      const rows = parts === 1 ? sheet.rows : sheet.rows.slice(part * perSheet, (part + 1) * perSheet);
      const name = sheetName(sheet.name, part, names);
      XLSX.utils.book_append_sheet(wb, buildSheet(sheet, rows, options), name);
    }
  }
  // No shared strings table: SheetJS documents it as slower and only needed by old iOS Numbers; Excel, WPS and
  // LibreOffice read the text cells (t="str") as text, and it took 40 % of the write. 'buffer' hands back the zip's
  // bytes as they are ('array' copies them through a binary string); packWorkbook deflates them once.
  const written = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', bookSST: false, compression: false }) as Uint8Array | ArrayBuffer;
  const stored = written instanceof Uint8Array ? written : new Uint8Array(written);
  const out = packWorkbook(stored, wb.SheetNames.length, options.freezeHeader !== false);
  return { ok: true, bytes: out, sheetNames: wb.SheetNames.slice() };
}

function buildSheet(sheet: XlsxSheetInput, rows: readonly (readonly (CellValue | undefined)[])[], options: CellTextOptions): XLSX.WorkSheet {
  const width = sheet.headers.length;
  const data: XLSX.CellObject[][] = [sheet.headers.map((h) => ({ t: 's', v: h }))];
  for (const row of rows) {
    const cells: XLSX.CellObject[] = new Array<XLSX.CellObject>(width);
    for (let c = 0; c < width; c++) {
      const cell = typedCell(row[c], sheet.types[c] ?? 'text', options);
      if (cell) cells[c] = cell;
    }
    data.push(cells);
  }
  const ws: XLSX.WorkSheet = { '!data': data } as XLSX.WorkSheet;
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, rows.length), c: Math.max(0, width - 1) } });
  ws['!cols'] = columnWidths(sheet, rows, options);
  return ws;
}

/** Never sets `f`: a text starting with '=' is stored as text and stays text. */
export function typedCell(value: CellValue | undefined, type: ColumnType, options: CellTextOptions = {}): XLSX.CellObject | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' && Number.isFinite(value)) {
    return type === 'money' ? { t: 'n', v: value, z: MONEY_FORMAT } : { t: 'n', v: value };
  }
  if (typeof value === 'boolean') return { t: 'b', v: value };
  if (type === 'date' && typeof value === 'string') {
    const serial = isoToExcelSerial(value);
    if (serial !== null) return { t: 'n', v: serial, z: DATE_FORMAT };
  }
  return { t: 's', v: cellValueText(value, options) };
}

function columnWidths(sheet: XlsxSheetInput, rows: readonly (readonly (CellValue | undefined)[])[], options: CellTextOptions): XLSX.ColInfo[] {
  return sheet.headers.map((h, c) => {
    let widest = displayWidth(h);
    const type = sheet.types[c] ?? 'text';
    for (let r = 0; r < rows.length && r < WIDTH_SAMPLE_ROWS; r++) {
      const v = rows[r]?.[c];
      const text = type === 'date' && typeof v === 'string' ? DATE_FORMAT : cellValueText(v, options);
      widest = Math.max(widest, displayWidth(text));
    }
    return { wch: Math.min(MAX_COLUMN_WIDTH, widest + 2) };
  });
}

/** CJK and other wide characters take two columns of width. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    w += c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000) ? 2 : 1;
  }
  return w;
}

/** Excel's rules: at most 31 characters, none of []:*?/\ , unique ignoring case. */
function sheetName(base: string, part: number, taken: Set<string>): string {
  const clean = base.replace(/[[\]:*?/\\]/g, '_').trim() || 'Sheet';
  for (let k = part + 1; ; k++) {
    const suffix = k === 1 ? '' : ` (${k})`;
    const name = clean.slice(0, XLSX_MAX_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}
