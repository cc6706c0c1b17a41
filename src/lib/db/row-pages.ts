// Reads of a table's rows in id order, page by page, for the worker's query engine, dedup and the import's upsert index.

import type { Row, RowId } from '../domain/types.ts';
import type { StoredRow } from './records.ts';
import { BLOCK_ROWS, blockCounts, blockOf, readBlocks, rowsByIdAnyTable, RowEditor } from './row-blocks.ts';
import type { KedangDb } from './schema.ts';

/** Rows after `afterId` (exclusive), at most `limit`, in id order: reads only the blocks it needs. */
export async function readRowsAfter(db: KedangDb, tableId: string, afterId: RowId | null, limit: number): Promise<Row[]> {
  const out: StoredRow[] = [];
  let from = afterId === null ? 0 : blockOf(afterId);
  while (out.length < limit) {
    const want = Math.ceil((limit - out.length) / BLOCK_ROWS) + 1;
    const blocks = await readBlocks(db, tableId, from, want);
    for (const block of blocks) {
      for (const row of block.rows) if (afterId === null || row.id > afterId) out.push(row);
    }
    if (blocks.length < want) break;
    from = blocks[blocks.length - 1]!.n + 1;
  }
  return out.length > limit ? out.slice(0, limit) : out;
}

/**
 * Every row of the table, page by page in id order (a page is about `pageSize` rows, whole blocks). The next page
 * is asked for before this one is handed over, so IndexedDB reads while the caller works on the page.
 */
export async function* rowPages(db: KedangDb, tableId: string, pageSize: number): AsyncGenerator<Row[]> {
  const per = Math.max(1, Math.round(pageSize / BLOCK_ROWS));
  let next = readBlocks(db, tableId, 0, per);
  for (;;) {
    const blocks = await next;
    if (blocks.length === 0) return;
    const full = blocks.length === per;
    if (full) next = readBlocks(db, tableId, blocks[blocks.length - 1]!.n + 1, per);
    yield blocks.length === 1 ? blocks[0]!.rows : blocks.flatMap((b) => b.rows);
    if (!full) return;
  }
}

/** The rows at positions [offset, offset+limit) in id order: for the first screen before the table is cached. */
export async function readRowsAt(db: KedangDb, tableId: string, offset: number, limit: number): Promise<Row[]> {
  const counts = await blockCounts(db, tableId);
  let first = 0;
  let skipped = 0;
  while (first < counts.length && skipped + counts[first]![1] <= offset) skipped += counts[first++]![1];
  let last = first;
  for (let seen = skipped; last < counts.length && seen < offset + limit; last++) seen += counts[last]![1];
  if (first >= counts.length) return [];
  const blocks = await readBlocks(db, tableId, counts[first]![0], last - first);
  return blocks.flatMap((b) => b.rows).slice(offset - skipped, offset - skipped + limit);
}

export async function countRows(db: KedangDb, tableId: string): Promise<number> {
  let total = 0;
  for (const [, count] of await blockCounts(db, tableId)) total += count;
  return total;
}

/** Rows by id (undefined where missing); with `tableId`, only that table's blocks are read. */
export async function readRowsById(db: KedangDb, ids: RowId[], tableId?: string): Promise<(Row | undefined)[]> {
  if (tableId === undefined) return rowsByIdAnyTable(db, ids);
  return new RowEditor(db).load(tableId, ids);
}
