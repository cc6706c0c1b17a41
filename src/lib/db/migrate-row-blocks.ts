// The v3 migration: every row of the one-record-per-row store is copied into its table's blocks, and the id
// counter starts past every id that the rows or the history ever used (deleted rows keep their ids for undo).

import type { Transaction } from 'dexie';
import type { HistoryEntry } from '../domain/types.ts';
import type { StoredRow } from './records.ts';
import { blockOf, setNextRowId, type RowBlock } from './row-blocks.ts';

const PAGE = 20_000;

export async function migrateRowsToBlocks(tx: Transaction): Promise<void> {
  const rows = tx.table<StoredRow, number>('rows');
  const blocks = tx.table<RowBlock>('rowBlocks');
  let maxId = 0;
  // Pages in primary-key order: all rows of one block arrive together unless a page boundary cuts it, so a
  // block is kept open across pages until a row of a later block (or another table at that block) shows up.
  const open = new Map<string, RowBlock>();
  for (let after = -Infinity; ; ) {
    const page = await rows.where(':id').above(after).limit(PAGE).toArray();
    for (const row of page) {
      const n = blockOf(row.id);
      const key = `${row.tableId}\u0000${n}`;
      let block = open.get(key);
      if (!block) open.set(key, (block = { tableId: row.tableId, n, count: 0, rows: [] }));
      block.rows.push(row);
      block.count++;
      maxId = Math.max(maxId, row.id);
    }
    const done = page.length < PAGE;
    const finished = [...open.entries()].filter(([, b]) => done || b.n < blockOf(maxId));
    if (finished.length > 0) await blocks.bulkPut(finished.map(([, b]) => b));
    finished.forEach(([key]) => open.delete(key));
    if (done) break;
    after = page[page.length - 1]!.id;
  }
  await tx.table<HistoryEntry, number>('history').each((entry) => {
    maxId = Math.max(maxId, entry.rowId ?? 0);
    for (const id of entry.rowIds ?? []) maxId = Math.max(maxId, id);
  });
  await setNextRowId(tx, Math.max(maxId + 1, 1));
}
