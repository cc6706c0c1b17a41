// Reads a whole file into headers and string rows, in batches, with progress and cancellation.

import { problem, hasError, type ImportProblem, type ImportProblemCode } from './problems.ts';
import { TableAssembler, type DataBatchHandler } from './table-assembler.ts';
import { openTable, DEFAULT_MAX_ROWS, type SourceOptions } from './table-source.ts';
import type { FileFormat } from './file-format.ts';
import type { TextEncodingName } from './decode.ts';

export interface ReadTableOptions extends SourceOptions {
  /** 0-based index of the header among the file's non-empty rows; detected when absent. */
  headerRow?: number;
  /** Called after each batch with data rows done and (approximately) bytes consumed. */
  onProgress?: (rowsDone: number, bytesDone: number) => void;
  /** Polled between batches; true stops reading with a 'cancelled' problem. */
  isCancelled?: () => boolean;
  /** Receive data rows batch by batch instead of collecting them all in `rows`. Return false to stop. */
  onRows?: DataBatchHandler;
}

export interface TableInfo {
  format: FileFormat | null;
  encoding: TextEncodingName | null;
  confidence: number | null;
  delimiter: string | null;
  sheets: string[];
  sheet: string | null;
  /** 0-based index of the header row among the file's non-empty rows; -1 when unread. */
  headerRowIndex: number;
  headers: string[];
  rowCount: number;
  problems: ImportProblem[];
  problemCounts: Partial<Record<ImportProblemCode, number>>;
  /** False when an error problem prevents importing the file. */
  ok: boolean;
}

export interface ReadTableResult extends TableInfo {
  /** Every data row, each as wide as `headers` (empty when `onRows` was given). */
  rows: string[][];
}

/** The shared pass behind readTable and previewImport: every data row goes to `onData`. */
export function scanTable(bytes: Uint8Array, fileName: string, options: ReadTableOptions, onData: DataBatchHandler): TableInfo {
  const opened = openTable(bytes, fileName, options);
  if (!opened.ok) return failed(opened.format, opened.problems);
  const source = opened.source;
  const assembler = new TableAssembler(
    { headerRow: options.headerRow, warnShortRows: source.sheet === null, maxRows: options.maxRows ?? DEFAULT_MAX_ROWS },
    onData,
  );
  let cancelled = false;
  const extra = source.read((rows, progress) => {
    if (options.isCancelled?.()) {
      cancelled = true;
      return false;
    }
    const goOn = assembler.push(rows);
    options.onProgress?.(assembler.rowCount, Math.round(progress * bytes.length));
    return goOn;
  });
  if (!cancelled) assembler.finish();
  const problems = assembler.problems;
  problems.addAll(source.problems);
  if (cancelled) problems.add(problem('cancelled'));
  for (const c of extra.cellProblems) {
    const row = assembler.dataRowOf(c.rawRow);
    problems.add(problem(c.code, { ...(row !== null && { row }), column: assembler.headers[c.col] ?? `${c.col + 1}`, value: c.value }));
  }
  for (const rawRow of extra.quoteRows) {
    const row = assembler.dataRowOf(rawRow);
    problems.add(problem('malformed-quotes', row === null ? {} : { row }));
  }
  if (assembler.headers.length === 0 && !hasError(problems.items)) problems.add(problem('no-rows'));
  return {
    format: source.format,
    encoding: source.encoding,
    confidence: source.confidence,
    delimiter: source.delimiter,
    sheets: source.sheets,
    sheet: source.sheet,
    headerRowIndex: assembler.headerRowIndex,
    headers: assembler.headers,
    rowCount: assembler.rowCount,
    problems: problems.items,
    problemCounts: problems.counts,
    ok: !hasError(problems.items),
  };
}

export function readTable(bytes: Uint8Array, fileName: string, options: ReadTableOptions = {}): ReadTableResult {
  const rows: string[][] = [];
  const collect: DataBatchHandler =
    options.onRows ??
    ((batch) => {
      for (const r of batch) rows.push(r);
      return true;
    });
  const info = scanTable(bytes, fileName, options, collect);
  return { ...info, rows };
}

/** For the CLI and other whole-file callers: headers and data rows, or the problems that stopped reading. */
export function readTableFile(
  bytes: Uint8Array,
  fileName: string,
  options: ReadTableOptions = {},
): { headers: string[]; rows: string[][]; problems: ImportProblem[]; ok: boolean } {
  const { headers, rows, problems, ok } = readTable(bytes, fileName, { ...options, onRows: undefined });
  return { headers, rows, problems, ok };
}

function failed(format: FileFormat | null, list: ImportProblem[]): TableInfo {
  const counts: Partial<Record<ImportProblemCode, number>> = {};
  for (const p of list) counts[p.code] = (counts[p.code] ?? 0) + 1;
  return {
    format,
    encoding: null,
    confidence: null,
    delimiter: null,
    sheets: [],
    sheet: null,
    headerRowIndex: -1,
    headers: [],
    rowCount: 0,
    problems: list,
    problemCounts: counts,
    ok: false,
  };
}
