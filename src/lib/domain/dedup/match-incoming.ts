// For rows about to be imported: the existing row each one most likely repeats, with its score. Pure.
import { DEFAULT_BLOCKING } from './blocking.ts';
import type { MatchField } from './match-fields.ts';
import { RowPreparer, type DedupRow } from './prepared-rows.ts';
import { buildRowCandidates } from './row-candidates.ts';
import { createPairScorer } from './pair-scorer.ts';
import { buildScoringModel, DEFAULT_PIVOT, scoreFromWeight, weightForScore } from './scoring.ts';

export interface IncomingMatch {
  rowId: number;
  score: number;
}

export interface MatchIncomingOptions {
  /** 0..1: an existing row must score at least this to count as the incoming row's match. */
  threshold: number;
  isCancelled?: () => boolean;
}

const CHECK_EVERY = 2000;

/**
 * result[k]: the best existing row for incoming[k], or null. Existing and incoming rows are blocked
 * together exactly as findDuplicates blocks one table, and only existing–incoming pairs are scored.
 * Returns null when cancelled.
 */
export function matchIncoming(
  existing: readonly DedupRow[],
  incoming: readonly Readonly<Record<string, unknown>>[],
  fields: readonly MatchField[],
  options: MatchIncomingOptions,
): (IncomingMatch | null)[] | null {
  const model = buildScoringModel(fields, {}, DEFAULT_PIVOT);
  const preparer = new RowPreparer(fields);
  for (const row of existing) preparer.add(row);
  incoming.forEach((cells, k) => preparer.add({ id: -1 - k, cells }));
  const index = buildRowCandidates(preparer, DEFAULT_BLOCKING);
  const scorer = createPairScorer(model, preparer);
  const needed = weightForScore(model, options.threshold);
  const best: (IncomingMatch | null)[] = incoming.map(() => null);
  const firstIncoming = existing.length;
  // j > i always: a pair is existing–incoming exactly when i is existing and j incoming.
  for (let i = 0; i < firstIncoming; i++) {
    if (i % CHECK_EVERY === 0 && options.isCancelled?.()) return null;
    const { rows: candidates, count } = index.candidatesOf(i);
    for (let c = 0; c < count; c++) {
      const j = candidates[c]!;
      if (j < firstIncoming) continue;
      const weight = scorer.weight(i, j, needed);
      if (weight < needed) continue;
      const score = scoreFromWeight(model, weight);
      const k = j - firstIncoming;
      if (!best[k] || score > best[k].score) best[k] = { rowId: existing[i]!.id, score };
    }
  }
  return best;
}
