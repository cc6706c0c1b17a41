// The contract of the import worker: preview a file, dry-run a plan, run it as one undoable batch, cancel it.

import type { MatchReason } from '../domain/dedup/scoring.ts';
import type { ConvertCode } from '../domain/import/convert-cell.ts';
import type { DuplicateDecisions } from '../domain/import/duplicate-decisions.ts';
import type { ImportPreview } from '../domain/import/preview.ts';
import type { ImportProblemCode, ImportProblemSeverity } from '../domain/import/problems.ts';
import type { CellValue, ColumnType, RowId } from '../domain/types.ts';

export interface ReadChoices {
  /** An encoding the user picked over the detected one. */
  encoding?: string;
  sheet?: string;
  /** 0-based index of the header among the file's non-empty rows. */
  headerRow?: number;
}

export interface PreviewRequest extends ReadChoices {
  dbName: string;
  /** The table whose columns the headers are matched against; none for a new table. */
  tableId?: string | null;
}

export type ImportTarget =
  | { kind: 'new'; tableName: string }
  | { kind: 'append'; tableId: string }
  | { kind: 'upsert'; tableId: string; keyColumnId: string };

/** Where one source column goes. */
export type ColumnMapping =
  | { kind: 'existing'; columnId: string }
  | { kind: 'new'; name: string; type: ColumnType }
  | { kind: 'skip' };

export interface ImportPlan {
  dbName: string;
  workspaceId: string;
  /** Who the history names as the author of the import. */
  actor?: string;
  /** How the previewed file is read (the worker keeps the bytes it was given by `preview`). */
  read: ReadChoices;
  target: ImportTarget;
  /** The source headers the mapping was made for (from the preview). */
  headers: string[];
  /** One entry per source column, in the file's order. */
  mapping: ColumnMapping[];
  /** True: rows with a cell that does not convert are left out. False: they are kept, the cell holding its raw text. */
  onlyValid: boolean;
  /** Appends only: check incoming rows against the table and update the records they repeat as decided. Absent: no check. */
  duplicates?: DuplicateDecisions;
}

/** An incoming row that looks like an existing record, as the wizard shows it side by side. */
export interface IncomingDuplicate {
  /** 1-based data row of the file. */
  row: number;
  rowId: RowId;
  score: number;
  /** The converted incoming cells and the record as stored, both keyed by the table's column ids. */
  incoming: Record<string, CellValue>;
  existing: Record<string, CellValue>;
  reasons: MatchReason[];
}

export interface DuplicateCheck {
  /** Incoming rows that match an existing record. */
  matches: number;
  /** Of them, those sure enough to update without asking. */
  sure: number;
  /** The first matches in file order. */
  listed: IncomingDuplicate[];
}

export type PlanProblemCode = ImportProblemCode | ConvertCode | PlanOnlyCode;

/** Problems of the plan rather than the file: a mapping that no longer fits, a target gone, a failed write. */
export type PlanOnlyCode = 'mapping-invalid' | 'target-missing' | 'key-missing' | 'no-file' | 'write-failed';

export interface PlanProblem {
  code: PlanProblemCode;
  severity: ImportProblemSeverity;
  /** 1-based data row. */
  row?: number;
  column?: string;
  value?: string;
  limit?: number;
}

export interface DryRunResult {
  ok: boolean;
  new: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** The first problems found (at most MAX_LISTED_PROBLEMS); `problemCount` counts them all. */
  problems: PlanProblem[];
  problemCount: number;
  /** For a plan with `duplicates`: what the check against the table found. */
  duplicates?: DuplicateCheck;
}

export interface ImportProgress {
  phase: 'reading' | 'writing';
  rowsDone: number;
  rowsTotal: number;
  rowsPerSecond: number;
  /** Null until there is a rate to judge by. */
  secondsLeft: number | null;
}

export type RunResult =
  | { ok: true; batchId: string; tableId: string; rowsImported: number; rowsUpdated: number; rowsRejected: number }
  | { ok: false; cancelled: boolean; problems: PlanProblem[] };

export interface ImportApi {
  /** Reads the file's shape and first rows; the worker keeps the bytes for dryRun and run. */
  preview(bytes: ArrayBuffer, fileName: string, request: PreviewRequest): Promise<ImportPreview>;
  dryRun(plan: ImportPlan): Promise<DryRunResult>;
  run(plan: ImportPlan, onProgress: (progress: ImportProgress) => void): Promise<RunResult>;
  /** Stops a running import; everything it wrote is removed. */
  cancel(): void;
}
