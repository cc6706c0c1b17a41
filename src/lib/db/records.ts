// What the database stores beyond the shared contract: row tags, batch links, meta pairs and change notices.

import type { Batch, Row, RowId } from '../domain/types.ts';

/** A stored row; rows written by a chunked import keep the id of their import batch (a sparse index). */
export interface StoredRow extends Row {
  importBatch?: string;
}

/** A stored batch; undo/redo record themselves as 'system' batches pointing back at the batch they replayed. */
export interface BatchRecord extends Batch {
  revertsBatchId?: string;
  /** The table an import writes into. */
  tableId?: string;
  /** An import's rows all have ids from here on (the id counter when it began). */
  firstRowId?: RowId;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

/** A pair of rows the dedup review declared distinct; always a < b. */
export interface NotDuplicateRecord {
  tableId: string;
  a: RowId;
  b: RowId;
  time: number;
}

/** What a write changed, so the worker can refresh caches and tell other tabs. */
export interface TouchedTable {
  tableId: string;
  rowIds: RowId[];
  /** Columns (or the table itself) were created, changed or removed. */
  schemaChanged?: boolean;
}

export type RepositoryProblemCode =
  | 'workspace-not-found'
  | 'table-not-found'
  | 'column-not-found'
  | 'row-not-found'
  | 'row-in-other-table'
  | 'batch-not-found'
  | 'batch-not-open'
  | 'database-not-open';

/** A write that cannot be done; thrown inside the transaction so nothing of it is stored. */
export class RepositoryProblem extends Error {
  constructor(
    readonly code: RepositoryProblemCode,
    readonly detail: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = 'RepositoryProblem';
  }
}
