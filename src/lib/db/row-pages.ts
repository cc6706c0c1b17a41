// Reads of a table's rows in storage order, page by page, for the worker's query engine.

import Dexie from 'dexie';
import type { Row, RowId } from '../domain/types.ts';
import type { KedangDb } from './schema.ts';

function tableRange(db: KedangDb, tableId: string, afterId: RowId | null) {
  const lower = afterId === null ? [tableId, Dexie.minKey] : [tableId, afterId];
  return db.rows.where('[tableId+id]').between(lower, [tableId, Dexie.maxKey], afterId === null, true);
}

/** Rows after `afterId` (exclusive), at most `limit`, in id order: keyset paging stays fast at 1M rows. */
export function readRowsAfter(db: KedangDb, tableId: string, afterId: RowId | null, limit: number): Promise<Row[]> {
  return tableRange(db, tableId, afterId).limit(limit).toArray();
}

/** The rows at positions [offset, offset+limit) in id order: for the first screen before the table is cached. */
export function readRowsAt(db: KedangDb, tableId: string, offset: number, limit: number): Promise<Row[]> {
  return tableRange(db, tableId, null).offset(offset).limit(limit).toArray();
}

export function countRows(db: KedangDb, tableId: string): Promise<number> {
  return tableRange(db, tableId, null).count();
}

export async function readRowsById(db: KedangDb, ids: RowId[]): Promise<(Row | undefined)[]> {
  return db.rows.bulkGet(ids);
}
