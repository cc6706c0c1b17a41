// Reads a table for duplicate search and prepares it as it goes: each page is normalised while the next loads,
// and only the compared cells are kept, so memory holds prepared values rather than whole rows.

import { countRows, rowPages } from '../db/row-pages.ts';
import type { KedangDb } from '../db/schema.ts';
import { RowPreparer } from '../domain/dedup/prepared-rows.ts';
import type { MatchField } from '../domain/dedup/match-fields.ts';
import type { DedupRunProgress } from '../workers/dedup.api.ts';

// Small pages (8 blocks): preparing starts after the first few blocks rather than after 20k rows, and the wait for
// each next page, read ahead by rowPages, stays short.
const PAGE = 4096;

/** The table's rows prepared for matching, in id order, or null when `isCancelled` says stop between pages. */
export async function readPreparedTable(
  db: KedangDb,
  tableId: string,
  fields: readonly MatchField[],
  onProgress?: (progress: DedupRunProgress) => void,
  isCancelled?: () => boolean,
): Promise<RowPreparer | null> {
  const preparer = new RowPreparer(fields);
  const total = await countRows(db, tableId);
  onProgress?.({ phase: 'read', done: 0, total });
  // rowPages asks for the next page before handing over this one: IndexedDB reads while this thread normalises.
  for await (const page of rowPages(db, tableId, PAGE)) {
    if (isCancelled?.()) return null;
    for (const row of page) preparer.add(row);
    onProgress?.({ phase: 'normalise', done: preparer.size, total: Math.max(total, preparer.size) });
  }
  return preparer;
}
