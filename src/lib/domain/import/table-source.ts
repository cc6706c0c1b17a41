// Opens a file's bytes as a source of raw rows: checks size, format, encoding, zip sizes and sheet first.

import { decodeBytes, type TextEncodingName } from './decode.ts';
import { detectDelimiter, parseDelimited } from './csv-reader.ts';
import { detectFormat, isSpreadsheetFormat, type FileFormat } from './file-format.ts';
import { listSheets, readSheetRows, type RawCellProblem } from './sheet-reader.ts';
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

/** Receives raw rows; returns false to stop reading. */
export type RawBatchHandler = (rows: string[][], progress: number) => boolean;

export interface TableSource {
  format: FileFormat;
  encoding: TextEncodingName | null;
  confidence: number | null;
  delimiter: string | null;
  sheets: string[];
  sheet: string | null;
  problems: ImportProblem[];
  /** Pushes every raw row, in batches; `progress` runs from 0 to 1. Returns cell problems of workbooks. */
  read(onBatch: RawBatchHandler): { cellProblems: RawCellProblem[]; quoteRows: number[] };
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
    read(onBatch) {
      let tooWide = 0;
      const quotes = parseDelimited(text, delimiter, (rows, charsDone) => {
        for (let i = 0; i < rows.length; i++) {
          const row = rows[i] as string[];
          if (row.length > maxColumns) {
            tooWide = Math.max(tooWide, row.length);
            rows[i] = row.slice(0, maxColumns);
          }
        }
        return onBatch(rows, charsDone / text.length);
      });
      if (tooWide > 0) source.problems.push(problem('too-many-columns', { limit: maxColumns, value: String(tooWide) }));
      return { cellProblems: [], quoteRows: quotes.map((q) => q.rawRow) };
    },
  };
  return { ok: true, source };
}

function openWorkbook(bytes: Uint8Array, format: FileFormat, options: SourceOptions): OpenResult {
  if (format === 'xlsx' || format === 'ods') {
    const check = checkZipSizes(bytes, { ...DEFAULT_ZIP_LIMITS, ...options.zipLimits });
    if (!check.ok) return { ok: false, format, problems: [problem(check.code)] };
  }
  let sheets: string[];
  try {
    sheets = listSheets(bytes);
  } catch {
    return { ok: false, format, problems: [problem('unreadable-workbook')] };
  }
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
    read(onBatch) {
      let read;
      try {
        read = readSheetRows(bytes, sheet, limits);
      } catch {
        source.problems.push(problem('unreadable-workbook'));
        return { cellProblems: [], quoteRows: [] };
      }
      source.problems.push(...read.problems);
      const rows = read.rows;
      for (let start = 0; start < rows.length; start += SHEET_BATCH_ROWS) {
        const end = Math.min(rows.length, start + SHEET_BATCH_ROWS);
        if (!onBatch(rows.slice(start, end), end / rows.length)) break;
      }
      return { cellProblems: read.cellProblems, quoteRows: [] };
    },
  };
  return { ok: true, source };
}
