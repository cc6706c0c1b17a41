// Opens a file's bytes as a source of raw rows: checks size, format, encoding, zip sizes and sheet first.

import { decodeBytes, type TextEncodingName } from './decode.ts';
import { delimitedBatches, detectDelimiter } from './csv-reader.ts';
import { detectFormat, isSpreadsheetFormat, type FileFormat } from './file-format.ts';
import { listSheets, readSheetRows, type RawCellProblem, type SheetReadLimits } from './sheet-reader.ts';
import { openXlsxPackage } from './xlsx-package.ts';
import { xlsxSheetBatches, type SheetOutcome } from './xlsx-sheet-rows.ts';
import { checkZipSizes, DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip-guard.ts';
import { problem, type ImportProblem } from './problems.ts';

export interface SourceOptions {
  /** Decode text with this encoding instead of guessing (utf-8, gb18030, gbk, big5, utf-16le, ...). */
  encoding?: string;
  /** The sheet to read; the first sheet when absent. */
  sheet?: string;
  /** Field delimiter of text files; guessed when absent. */
  delimiter?: string;
  maxBytes?: number;
  maxRows?: number;
  maxColumns?: number;
  zipLimits?: Partial<ZipLimits>;
}

export const DEFAULT_MAX_BYTES = 1024 * 1024 * 1024;
export const DEFAULT_MAX_ROWS = 5_000_000;
export const DEFAULT_MAX_COLUMNS = 1000;

/** Raw rows of one batch; `progress` runs from 0 to 1. */
export interface RawBatch {
  rows: string[][];
  progress: number;
}

/** What a source learns only once read: cell problems of workbooks, rows with malformed quotes. */
export interface ReadExtras {
  cellProblems: RawCellProblem[];
  quoteRows: number[];
}

export interface TableSource {
  format: FileFormat;
  encoding: TextEncodingName | null;
  confidence: number | null;
  delimiter: string | null;
  sheets: string[];
  sheet: string | null;
  problems: ImportProblem[];
  /** Yields every raw row, in batches, each parsed only when asked for; returns what was learnt on the way. */
  batches(): Generator<RawBatch, ReadExtras>;
}

export type OpenResult = { ok: true; source: TableSource } | { ok: false; format: FileFormat | null; problems: ImportProblem[] };

const SHEET_BATCH_ROWS = 10_000;

export function openTable(bytes: Uint8Array, fileName: string, options: SourceOptions = {}): OpenResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) return { ok: false, format: null, problems: [problem('empty-file')] };
  if (bytes.length > maxBytes) return { ok: false, format: null, problems: [problem('file-too-large', { limit: maxBytes })] };
  const format = detectFormat(bytes, fileName);
  return isSpreadsheetFormat(format) ? openWorkbook(bytes, format, options) : openText(bytes, format, options);
}

function openText(bytes: Uint8Array, format: FileFormat, options: SourceOptions): OpenResult {
  const decoded = decodeBytes(bytes, options.encoding);
  if (!decoded.ok) return { ok: false, format, problems: [decoded.problem] };
  const text = decoded.text;
  if (text.trim() === '') return { ok: false, format, problems: [problem('empty-file')] };
  const delimiter = options.delimiter || detectDelimiter(text, format === 'tsv' ? '\t' : ',');
  const maxColumns = options.maxColumns ?? DEFAULT_MAX_COLUMNS;
  const source: TableSource = {
    format,
    encoding: decoded.encoding,
    confidence: decoded.confidence,
    delimiter,
    sheets: [],
    sheet: null,
    problems: [],
    *batches() {
      let tooWide = 0;
      const parsed = delimitedBatches(text, delimiter);
      let step = parsed.next();
      while (!step.done) {
        const { rows, charsDone } = step.value;
        for (let i = 0; i < rows.length; i++) {
          const row = rows[i] as string[];
          if (row.length > maxColumns) {
            tooWide = Math.max(tooWide, row.length);
            rows[i] = row.slice(0, maxColumns);
          }
        }
        yield { rows, progress: charsDone / text.length };
        step = parsed.next();
      }
      if (tooWide > 0) source.problems.push(problem('too-many-columns', { limit: maxColumns, value: String(tooWide) }));
      return { cellProblems: [], quoteRows: step.value.map((q) => q.rawRow) };
    },
  };
  return { ok: true, source };
}

function openWorkbook(bytes: Uint8Array, format: FileFormat, options: SourceOptions): OpenResult {
  if (format === 'xlsx' || format === 'ods') {
    const check = checkZipSizes(bytes, { ...DEFAULT_ZIP_LIMITS, ...options.zipLimits });
    if (!check.ok) return { ok: false, format, problems: [problem(check.code)] };
  }
  let book: WorkbookRows;
  try {
    book = (format === 'xlsx' && xlsxWorkbook(bytes)) || sheetJsWorkbook(bytes);
  } catch {
    return { ok: false, format, problems: [problem('unreadable-workbook')] };
  }
  const sheets = book.sheets;
  if (sheets.length === 0) return { ok: false, format, problems: [problem('no-sheets')] };
  const sheet = options.sheet ?? sheets[0] ?? '';
  if (!sheets.includes(sheet)) return { ok: false, format, problems: [problem('sheet-not-found', { value: sheet })] };
  const limits = { maxRows: options.maxRows ?? DEFAULT_MAX_ROWS, maxColumns: options.maxColumns ?? DEFAULT_MAX_COLUMNS };
  const source: TableSource = {
    format,
    encoding: null,
    confidence: null,
    delimiter: null,
    sheets,
    sheet,
    problems: [],
    *batches() {
      let outcome: SheetOutcome;
      try {
        outcome = yield* book.batches(sheet, limits);
      } catch {
        source.problems.push(problem('unreadable-workbook'));
        return { cellProblems: [], quoteRows: [] };
      }
      source.problems.push(...outcome.problems);
      return { cellProblems: outcome.cellProblems, quoteRows: [] };
    },
  };
  return { ok: true, source };
}

/** A workbook's sheet names, and the rows of one sheet batch by batch. */
interface WorkbookRows {
  sheets: string[];
  batches(sheet: string, limits: SheetReadLimits): Generator<RawBatch, SheetOutcome>;
}

/** An xlsx read straight from its XML, a window at a time; null when the zip is not an XML workbook. */
function xlsxWorkbook(bytes: Uint8Array): WorkbookRows | null {
  const pkg = openXlsxPackage(bytes);
  if (!pkg) return null;
  return {
    sheets: pkg.sheets.map((s) => s.name),
    batches: (sheet, limits) => xlsxSheetBatches(pkg, pkg.sheets.find((s) => s.name === sheet)?.path ?? '', limits, SHEET_BATCH_ROWS),
  };
}

/** Any other workbook (xls, ods, HTML, xlsb) read whole by SheetJS, then handed out in batches. */
function sheetJsWorkbook(bytes: Uint8Array): WorkbookRows {
  return {
    sheets: listSheets(bytes),
    *batches(sheet, limits) {
      const read = readSheetRows(bytes, sheet, limits);
      const rows = read.rows;
      for (let start = 0; start < rows.length; start += SHEET_BATCH_ROWS) {
        const end = Math.min(rows.length, start + SHEET_BATCH_ROWS);
        yield { rows: rows.slice(start, end), progress: end / rows.length };
      }
      return { problems: read.problems, cellProblems: read.cellProblems };
    },
  };
}
