// Writes sheets as an .xlsx with typed cells: numbers as numbers, dates as date cells, text never as a formula.

import * as XLSX from 'xlsx';
import type { CellValue, ColumnType } from '../types.ts';
import { isoToExcelSerial } from '../import/convert-date.ts';
import { cellValueText, type CellTextOptions } from './cell-text.ts';
import { DATE_FORMAT, MONEY_FORMAT } from './xlsx-formats.ts';
import { joinParts, packWorkbook } from './xlsx-pack.ts';
import { frameSheet, skeletonRows } from './xlsx-skeleton.ts';
import { CellTextTooLong, writeSheetRows } from './xlsx-sheet-rows.ts';

export const XLSX_MAX_DATA_ROWS = 1_048_575;
const XLSX_MAX_NAME = 31;
const WIDTH_SAMPLE_ROWS = 1000;
const MAX_COLUMN_WIDTH = 60;
export { DATE_FORMAT, MONEY_FORMAT };

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
  /** Told after each chunk of data rows is written, with how many rows that chunk held (for a progress bar). */
  onRowsWritten?: (rows: number) => void;
}

export type XlsxResult =
  | { ok: true; bytes: Uint8Array; sheetNames: string[] }
  | { ok: false; code: 'too-many-rows-for-xlsx'; sheet: string }
  | { ok: false; code: 'cell-too-long-for-xlsx'; sheet: string; row: number; column: number };

interface SheetPart {
  sheet: XlsxSheetInput;
  types: ColumnType[];
  start: number;
  end: number;
}

export function toXlsx(sheets: readonly XlsxSheetInput[], options: XlsxOptions = {}): XlsxResult {
  const perSheet = Math.min(options.maxRowsPerSheet ?? XLSX_MAX_DATA_ROWS, XLSX_MAX_DATA_ROWS);
  const wb = XLSX.utils.book_new();
  const names = new Set<string>();
  const parts: SheetPart[] = [];
  for (const sheet of sheets) {
    if (sheet.rows.length > perSheet && !options.split) return { ok: false, code: 'too-many-rows-for-xlsx', sheet: sheet.name };
    const count = Math.max(1, Math.ceil(sheet.rows.length / perSheet));
    const types = sheet.headers.map((_, c) => sheet.types[c] ?? 'text');
    for (let k = 0; k < count; k++) {
      const part = { sheet, types, start: k * perSheet, end: Math.min(sheet.rows.length, (k + 1) * perSheet) };
      XLSX.utils.book_append_sheet(wb, skeletonSheet(part, options), sheetName(sheet.name, k, names));
      parts.push(part);
    }
  }
  // SheetJS writes the package around the rows (workbook, styles, widths, header); the rows themselves come from
  // writeSheetRows. No shared strings table: SheetJS documents it as slower and only needed by old iOS Numbers;
  // Excel, WPS and LibreOffice read text cells (t="str") as text. 'buffer' hands back the zip's bytes as they are.
  const written = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', bookSST: false, compression: false }) as Uint8Array | ArrayBuffer;
  const stored = written instanceof Uint8Array ? written : new Uint8Array(written);
  const freeze = options.freezeHeader !== false;
  try {
    const bytes = packWorkbook(stored, parts.length, (i, xml) => sheetBytes(parts[i - 1]!, xml, freeze, options));
    return { ok: true, bytes, sheetNames: wb.SheetNames.slice() };
  } catch (e) {
    if (!(e instanceof CellTextTooLong)) throw e;
    const part = parts.find((p) => e.row >= p.start && e.row < p.end)!;
    return { ok: false, code: e.code, sheet: wb.SheetNames[parts.indexOf(part)] ?? part.sheet.name, row: e.row - part.start, column: e.column };
  }
}

/** The header row and the sample rows SheetJS styles for us; the data rows are spliced in by sheetBytes. */
function skeletonSheet(part: SheetPart, options: CellTextOptions): XLSX.WorkSheet {
  const ws: XLSX.WorkSheet = { '!data': skeletonRows(part.sheet.headers) } as XLSX.WorkSheet;
  ws['!ref'] = sheetRef(part.sheet.headers.length, SKELETON_DATA_ROWS);
  ws['!cols'] = columnWidths(part, options);
  return ws;
}

const SKELETON_DATA_ROWS = 2;

function sheetBytes(part: SheetPart, skeleton: string, freeze: boolean, options: XlsxOptions): Uint8Array {
  const width = part.sheet.headers.length;
  const frame = frameSheet(skeleton, sheetRef(width, SKELETON_DATA_ROWS), sheetRef(width, part.end - part.start), freeze);
  if ('code' in frame) throw new Error(frame.code);
  const rows = writeSheetRows({ types: part.types, rows: part.sheet.rows, start: part.start, end: part.end }, frame.styles, options, options.onRowsWritten);
  const encoder = new TextEncoder();
  return joinParts([encoder.encode(frame.head), ...rows, encoder.encode(frame.tail)]);
}

function sheetRef(width: number, dataRows: number): string {
  return XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, dataRows), c: Math.max(0, width - 1) } });
}

/**
 * How a value becomes a typed cell; writeSheetRows writes the same cells as XML (the round-trip test holds them
 * together). Never sets `f`: a text starting with '=' is stored as text and stays text.
 */
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

function columnWidths(part: SheetPart, options: CellTextOptions): XLSX.ColInfo[] {
  const last = Math.min(part.end, part.start + WIDTH_SAMPLE_ROWS);
  return part.sheet.headers.map((h, c) => {
    let widest = displayWidth(h);
    const type = part.types[c]!;
    for (let r = part.start; r < last; r++) {
      const v = part.sheet.rows[r]?.[c];
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
