// Workbooks that are not XML xlsx (xls, ods, HTML tables, xlsb) to rows of strings with SheetJS, cell by cell, never via its CSV writer.

import * as XLSX from 'xlsx';
import { dateText, ERROR_TEXT, numberText } from './sheet-cell-text.ts';
import { problem, type ImportProblem } from './problems.ts';

export { numberText } from './sheet-cell-text.ts';

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
