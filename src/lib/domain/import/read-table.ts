// Reads a whole file into headers and string rows, in batches, with progress and cancellation.

import type { ImportProblem, ImportProblemCode } from './problems.ts';
import type { DataBatchHandler } from './table-assembler.ts';
import { TableReader } from './table-reader.ts';
import type { SourceOptions } from './table-source.ts';
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
  const reader = new TableReader(bytes, fileName, options);
  for (let batch = reader.next(); batch; batch = reader.next()) {
    if (!onData(batch.rows, batch.firstRow)) {
      reader.stop();
      break;
    }
  }
  return reader.info();
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
