// Turns the domain's clusters into what the review screen lists, surest first; rows are fetched per page shown.

import type { DuplicateCluster } from '../domain/dedup/find-duplicates.ts';
import type { RowId } from '../domain/types.ts';
import { readRowsById } from '../db/row-pages.ts';
import type { KedangDb } from '../db/schema.ts';
import type { ReviewCluster, RowSnapshot } from '../workers/dedup.api.ts';

export function toReviewClusters(clusters: readonly DuplicateCluster[]): ReviewCluster[] {
  return clusters
    .filter((cluster) => cluster.rowIds.length >= 2)
    .map((cluster) => ({ rowIds: cluster.rowIds, confidence: cluster.confidence, pairs: cluster.pairs }))
    .sort((a, b) => b.confidence - a.confidence || a.rowIds[0]! - b.rowIds[0]!);
}

/** The rows as they stand now, null where one was deleted since the search. */
export async function readRowSnapshots(db: KedangDb, tableId: string, rowIds: RowId[]): Promise<(RowSnapshot | null)[]> {
  const rows = await readRowsById(db, rowIds, tableId);
  return rows.map((row) => (row ? { id: row.id, cells: row.cells, updatedAt: row.updatedAt } : null));
}
