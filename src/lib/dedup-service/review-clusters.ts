// Turns the domain's clusters into what the review screen shows: rows attached, surest first, pairs never apart.

import type { DuplicateCluster } from '../domain/dedup/find-duplicates.ts';
import type { Row } from '../domain/types.ts';
import type { ReviewCluster } from '../workers/dedup.api.ts';

export function toReviewClusters(clusters: readonly DuplicateCluster[], rows: readonly Row[]): ReviewCluster[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return clusters
    // A row deleted since the search leaves its cluster out rather than showing a hole.
    .filter((cluster) => cluster.rowIds.length >= 2 && cluster.rowIds.every((id) => byId.has(id)))
    .map((cluster) => ({
      rowIds: cluster.rowIds,
      confidence: cluster.confidence,
      pairs: cluster.pairs,
      rows: cluster.rowIds.map((id) => {
        const row = byId.get(id)!;
        return { id, cells: row.cells, updatedAt: row.updatedAt };
      }),
    }))
    .sort((a, b) => b.confidence - a.confidence || a.rowIds[0]! - b.rowIds[0]!);
}
