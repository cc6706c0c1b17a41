// Workbooks (xlsx, xls, ods, HTML tables) to rows of strings with SheetJS, cell by cell, never via its CSV writer.

import * as XLSX from 'xlsx';
import { isoFromUtc } from './convert-date.ts';
import { problem, type ImportProblem } from './problems.ts';

export interface SheetReadLimits {
  maxRows: number;
  maxColumns: number;
}

/** A problem in one cell, placed by its index in `rows` until the header is known. */
export interface RawCellProblem {
  code: 'formula-error' | 'number-precision-lost';
  rawRow: number;
  col: number;
  value: string;
}

export interface SheetRows {
  rows: string[][];
  problems: ImportProblem[];
  cellProblems: RawCellProblem[];
}

const ERROR_TEXT: Readonly<Record<number, string>> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

/** Sheet names in workbook order, without reading any cells. */
export function listSheets(bytes: Uint8Array): string[] {
  const wb = XLSX.read(bytes, { type: 'array', bookSheets: true });
  return wb.SheetNames.slice();
}

/**
 * The cells of one sheet as strings. Rows come from the cells present, never from the sheet's
 * claimed dimension; `sheetRows` also stops SheetJS itself from reading past the limit.
 */
export function readSheetRows(bytes: Uint8Array, sheetName: string, limits: SheetReadLimits): SheetRows {
  const wb = XLSX.read(bytes, {
    type: 'array',
    cellDates: true,
    dense: true,
    cellNF: true,
    cellFormula: false,
    cellHTML: false,
    cellStyles: false,
    sheets: sheetName,
    sheetRows: limits.maxRows + 1,
  });
  const ws = wb.Sheets[sheetName];
  const problems: ImportProblem[] = [];
  const cellProblems: RawCellProblem[] = [];
  if (!ws) return { rows: [], problems: [problem('sheet-not-found', { value: sheetName })], cellProblems: [] };
  const data = (ws['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
  const rows: string[][] = [];
  let tooWide = 0;
  let precisionLost = 0;
  for (let r = 0; r < data.length && rows.length < limits.maxRows; r++) {
    const cells = data[r];
    if (!cells) continue;
    if (cells.length > limits.maxColumns) tooWide = Math.max(tooWide, cells.length);
    const width = Math.min(cells.length, limits.maxColumns);
    const row: string[] = new Array<string>(width);
    let filled = false;
    for (let c = 0; c < width; c++) {
      const cell = cells[c];
      const text = cell ? cellText(cell) : '';
      if (cell?.t === 'e') cellProblems.push({ code: 'formula-error', rawRow: rows.length, col: c, value: text });
      if (cell?.t === 'n' && Math.abs(cell.v as number) > Number.MAX_SAFE_INTEGER && precisionLost++ < 100) {
        cellProblems.push({ code: 'number-precision-lost', rawRow: rows.length, col: c, value: text });
      }
      row[c] = text;
      if (text !== '') filled = true;
    }
    if (filled) rows.push(row);
  }
  if (tooWide > 0) problems.push(problem('too-many-columns', { limit: limits.maxColumns, value: String(tooWide) }));
  if (data.length > limits.maxRows) problems.push(problem('too-many-rows', { limit: limits.maxRows }));
  return { rows, problems, cellProblems };
}

/** The text a person sees typed in the cell, with dates as ISO and numbers without float noise. */
export function cellText(cell: XLSX.CellObject): string {
  const v = cell.v;
  switch (cell.t) {
    case 's':
      return typeof v === 'string' ? v : String(v ?? '');
    case 'n':
      return typeof v === 'number' ? numberText(v, cell.z) : '';
    case 'd':
      return v instanceof Date ? dateText(v) : String(v ?? '');
    case 'b':
      return v ? 'TRUE' : 'FALSE';
    case 'e':
      return typeof v === 'number' ? (ERROR_TEXT[v] ?? '#ERROR') : '#ERROR';
    default:
      return '';
  }
}

/** 13800138000 stays '13800138000' (never 1.38E+10 nor 13800138000.0); 0.1+0.2 shows as 0.3 like Excel. */
export function numberText(v: number, format?: string | number): string {
  if (typeof format === 'string' && format.includes('%') && !format.includes('"%"')) return `${plainDigits(v * 100)}%`;
  return plainDigits(v);
}

function plainDigits(v: number): string {
  // Excel keeps 15 significant digits; so do we, and we never print an exponent.
  const n = Number(v.toPrecision(15));
  if (Number.isInteger(n)) return Math.abs(n) < 1e15 ? n.toFixed(0) : bigIntegerText(v);
  const s = String(n);
  if (!s.includes('e')) return s;
  return n.toFixed(Math.min(100, 15 - Math.floor(Math.log10(Math.abs(n))))).replace(/\.?0+$/, '');
}

/** 1.10101199003071e+17 → '110101199003071000', as Excel shows it, not the double's 110101199003071008. */
function bigIntegerText(v: number): string {
  const [mantissa = '', exponent = '0'] = Math.abs(v).toPrecision(15).split('e+');
  const digits = mantissa.replace('.', '').replace(/0+$/, '');
  const length = Number(exponent) + 1;
  return (v < 0 ? '-' : '') + digits.padEnd(length, '0');
}

function dateText(d: Date): string {
  const ms = Math.round(d.getTime() / 1000) * 1000;
  if (Number.isNaN(ms)) return '';
  const t = new Date(ms);
  const time = `${pad2(t.getUTCHours())}:${pad2(t.getUTCMinutes())}:${pad2(t.getUTCSeconds())}`;
  const date = isoFromUtc(t);
  // A time-only cell sits on Excel's day 0.
  if (date === '1899-12-30' || date === '1899-12-31') return time;
  return time === '00:00:00' ? date : `${date} ${time}`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
