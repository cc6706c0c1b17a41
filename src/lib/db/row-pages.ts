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

/**
 * Every row of the table, page by page in id order. The next page is asked for before this one is handed
 * over, so IndexedDB reads while the caller works on the page.
 */
export async function* rowPages(db: KedangDb, tableId: string, pageSize: number): AsyncGenerator<Row[]> {
  let next = readRowsAfter(db, tableId, null, pageSize);
  for (;;) {
    const page = await next;
    if (page.length === 0) return;
    const full = page.length === pageSize;
    if (full) next = readRowsAfter(db, tableId, page[page.length - 1]!.id, pageSize);
    yield page;
    if (!full) return;
  }
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
