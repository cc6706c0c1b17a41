// The one entry of duplicate detection: rows in, explained clusters out. Pure; runs in a worker or Node.
import { DEFAULT_BLOCKING, type BlockingOptions } from './blocking.ts';
import { clusterEdges, type ScoredEdge } from './clustering.ts';
import type { MatchField } from './match-fields.ts';
import { RowPreparer, type DedupRow } from './prepared-rows.ts';
import { buildRankedCandidates } from './row-candidates.ts';
import { createPairScorer } from './pair-scorer.ts';
import {
  buildScoringModel,
  DEFAULT_PIVOT,
  explainPair,
  scoreFromWeight,
  type MatchReason,
  weightForScore,
} from './scoring.ts';

export { RowPreparer, type DedupRow } from './prepared-rows.ts';

export interface DedupProgress {
  phase: 'normalise' | 'compare' | 'cluster';
  done: number;
  total: number;
}

export interface DedupOptions {
  /** 0..1: pairs scoring at least this are duplicates. Higher trades recall for precision. */
  threshold: number;
  /** Row-id pairs a user marked as not duplicates: never proposed, never in one cluster. */
  notDuplicates?: readonly (readonly [number, number])[];
  onProgress?: (progress: DedupProgress) => void;
  isCancelled?: () => boolean;
  blocking?: Partial<BlockingOptions>;
  /** Bits of evidence at which a pair scores 0.5. */
  pivot?: number;
  maxClusterSize?: number;
}

export interface DuplicatePair {
  a: number;
  b: number;
  score: number;
  reasons: MatchReason[];
}

export interface DuplicateCluster {
  rowIds: number[];
  confidence: number;
  pairs: DuplicatePair[];
}

export interface DedupResult {
  clusters: DuplicateCluster[];
  /** How many pairs blocking proposed (all pairs would be n(n-1)/2). */
  candidatePairs: number;
  cancelled?: true;
}

const PROGRESS_EVERY = 2000;

export function findDuplicates(
  rows: readonly DedupRow[],
  fields: readonly MatchField[],
  options: DedupOptions,
): DedupResult {
  const prepared = new RowPreparer(fields);
  for (let i = 0; i < rows.length; i++) {
    if (i % PROGRESS_EVERY === 0) {
      if (options.isCancelled?.()) return cancelledResult();
      options.onProgress?.({ phase: 'normalise', done: i, total: rows.length });
    }
    prepared.add(rows[i]!);
  }
  return findPreparedDuplicates(prepared, options);
}

/** Like findDuplicates, for rows already prepared (a worker prepares each page while the next one loads). */
export function findPreparedDuplicates(prepared: RowPreparer, options: DedupOptions): DedupResult {
  const { ids } = prepared;
  const n = prepared.size;
  const model = buildScoringModel(prepared.fields, {}, options.pivot ?? DEFAULT_PIVOT);
  // Compared in rank order for memory's sake; edges and everything after use the given row numbers.
  const ranked = buildRankedCandidates(prepared, { ...DEFAULT_BLOCKING, ...options.blocking });
  const { rowAt, index } = ranked;
  const placeOf = new Int32Array(n);
  for (let r = 0; r < n; r++) placeOf[rowAt[r]!] = r;
  const scorer = createPairScorer(model, ranked.table);
  const notDuplicates = indexPairs(ids, options.notDuplicates ?? []);
  const needed = weightForScore(model, options.threshold);
  const edges: ScoredEdge[] = [];
  let candidatePairs = 0;
  for (let r = 0; r < n; r++) {
    if (r % PROGRESS_EVERY === 0) {
      if (options.isCancelled?.()) return cancelledResult();
      options.onProgress?.({ phase: 'compare', done: r, total: n });
    }
    const { rows: candidates, count } = index.candidatesOf(r);
    candidatePairs += count;
    for (let c = 0; c < count; c++) {
      const s = candidates[c]!;
      // Each pair is weighed as (lower row, higher row), whatever their places.
      const forward = rowAt[r]! < rowAt[s]!;
      const i = forward ? rowAt[r]! : rowAt[s]!;
      const j = forward ? rowAt[s]! : rowAt[r]!;
      const weight = forward ? scorer.weight(r, s, needed) : scorer.weight(s, r, needed);
      if (weight < needed || notDuplicates.get(i)?.includes(j)) continue;
      edges.push({ a: i, b: j, score: scoreFromWeight(model, weight) });
    }
  }
  options.onProgress?.({ phase: 'cluster', done: 0, total: edges.length });
  const scoreOf = (a: number, b: number) => scoreFromWeight(model, scorer.weight(placeOf[a]!, placeOf[b]!));
  const clusters = clusterEdges(n, edges, scoreOf, {
    cohesion: options.threshold,
    maxClusterSize: options.maxClusterSize ?? 50,
    cannotLink: notDuplicates,
  });
  options.onProgress?.({ phase: 'cluster', done: edges.length, total: edges.length });
  const clusterOf = new Map<number, number>();
  clusters.forEach((cluster, c) => cluster.members.forEach((i) => clusterOf.set(i, c)));
  const pairs: DuplicatePair[][] = clusters.map(() => []);
  for (const edge of edges) {
    const c = clusterOf.get(edge.a);
    if (c === undefined || c !== clusterOf.get(edge.b)) continue;
    const reasons = explainPair(model, prepared.row(edge.a), prepared.row(edge.b));
    pairs[c]!.push({ a: ids[edge.a]!, b: ids[edge.b]!, score: edge.score, reasons });
  }
  const described = clusters.map((cluster, c) => ({
    rowIds: cluster.members.map((i) => ids[i]!),
    confidence: cluster.confidence,
    // In row order, whatever order the blocks proposed them in.
    pairs: pairs[c]!.sort((x, y) => x.a - y.a || x.b - y.b),
  }));
  return { clusters: described, candidatePairs };
}

function cancelledResult(): DedupResult {
  return { clusters: [], candidatePairs: 0, cancelled: true };
}

function indexPairs(ids: readonly number[], pairs: readonly (readonly [number, number])[]): Map<number, number[]> {
  const result = new Map<number, number[]>();
  if (pairs.length === 0) return result;
  const byId = new Map<number, number>();
  ids.forEach((id, i) => byId.set(id, i));
  for (const [idA, idB] of pairs) {
    const a = byId.get(idA);
    const b = byId.get(idB);
    if (a === undefined || b === undefined) continue;
    result.set(a, [...(result.get(a) ?? []), b]);
    result.set(b, [...(result.get(b) ?? []), a]);
  }
  return result;
}
