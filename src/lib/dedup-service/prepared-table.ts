// Reads a table for duplicate search and prepares it as it goes: each page is normalised while the next loads,
// and only the compared cells are kept, so memory holds prepared values rather than whole rows.

import { countRows, readRowsAfter } from '../db/row-pages.ts';
import type { KedangDb } from '../db/schema.ts';
import { RowPreparer } from '../domain/dedup/prepared-rows.ts';
import type { MatchField } from '../domain/dedup/match-fields.ts';
import type { RowId } from '../domain/types.ts';
import type { DedupRunProgress } from '../workers/dedup.api.ts';

const PAGE = 20_000;

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
  let next = readRowsAfter(db, tableId, null, PAGE);
  for (;;) {
    const page = await next;
    if (isCancelled?.()) return null;
    // Ask for the next page before preparing this one: IndexedDB reads while this thread normalises.
    if (page.length === PAGE) next = readRowsAfter(db, tableId, page[page.length - 1]!.id as RowId, PAGE);
    for (const row of page) preparer.add(row);
    onProgress?.({ phase: 'normalise', done: preparer.size, total: Math.max(total, preparer.size) });
    if (page.length < PAGE) return preparer;
  }
}
