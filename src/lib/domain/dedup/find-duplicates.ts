// The one entry of duplicate detection: rows in, explained clusters out. Pure; runs in a worker or Node.
import { buildCandidateIndex, DEFAULT_BLOCKING, type BlockingOptions } from './blocking.ts';
import { clusterEdges, type ScoredEdge } from './clustering.ts';
import { prepareFieldValue, type FieldValue } from './field-values.ts';
import type { MatchField, MatchKind } from './match-fields.ts';
import {
  buildScoringModel,
  DEFAULT_PIVOT,
  explainPair,
  pairWeight,
  scoreFromWeight,
  type MatchReason,
  type PreparedRow,
  weightForScore,
} from './scoring.ts';

export interface DedupRow {
  id: number;
  cells: Record<string, unknown>;
}

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
// Kinds whose sorted order brings typo'd twins together (a sorted-neighbourhood pass each).
// Chinese names and addresses already block on their sound and their most distinctive token.
const SORTED_KINDS: ReadonlySet<MatchKind> = new Set(['company', 'surname', 'givenName']);

export function findDuplicates(
  rows: readonly DedupRow[],
  fields: readonly MatchField[],
  options: DedupOptions,
): DedupResult {
  const cancelled = (): DedupResult => ({ clusters: [], candidatePairs: 0, cancelled: true });
  const model = buildScoringModel(fields, {}, options.pivot ?? DEFAULT_PIVOT);
  const prepared = prepareRows(rows, fields, options);
  if (!prepared) return cancelled();
  const index = buildCandidateIndex(
    prepared.map((row) => blockKeysOf(row)),
    prepared.map((row) => row.map((v) => v?.key ?? '').join('\u0001')),
    fields.flatMap((field, f) => (SORTED_KINDS.has(field.kind) ? [prepared.map((row) => row[f]?.key || null)] : [])),
    { ...DEFAULT_BLOCKING, ...options.blocking },
  );
  const notDuplicates = indexPairs(rows, options.notDuplicates ?? []);
  const needed = weightForScore(model, options.threshold);
  const edges: ScoredEdge[] = [];
  let candidatePairs = 0;
  for (let i = 0; i < prepared.length; i++) {
    if (i % PROGRESS_EVERY === 0) {
      if (options.isCancelled?.()) return cancelled();
      options.onProgress?.({ phase: 'compare', done: i, total: prepared.length });
    }
    const row = prepared[i] as PreparedRow;
    index.forEachCandidate(i, (j) => {
      candidatePairs++;
      const weight = pairWeight(model, row, prepared[j] as PreparedRow, needed);
      if (weight < needed || notDuplicates.get(i)?.includes(j)) return;
      edges.push({ a: i, b: j, score: scoreFromWeight(model, weight) });
    });
  }
  options.onProgress?.({ phase: 'cluster', done: 0, total: edges.length });
  const scoreOf = (a: number, b: number) => scoreFromWeight(model, pairWeight(model, prepared[a]!, prepared[b]!));
  const clusters = clusterEdges(prepared.length, edges, scoreOf, {
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
    const reasons = explainPair(model, prepared[edge.a]!, prepared[edge.b]!);
    pairs[c]!.push({ a: rows[edge.a]!.id, b: rows[edge.b]!.id, score: edge.score, reasons });
  }
  const described = clusters.map((cluster, c) => ({
    rowIds: cluster.members.map((i) => rows[i]!.id),
    confidence: cluster.confidence,
    pairs: pairs[c]!,
  }));
  return { clusters: described, candidatePairs };
}

function prepareRows(rows: readonly DedupRow[], fields: readonly MatchField[], options: DedupOptions): FieldValue[][] | null {
  // Values repeat (cities, common names, one company's many contacts): normalise each distinct value once.
  const memos = fields.map(() => new Map<unknown, FieldValue | null>());
  const prepared: (FieldValue | null)[][] = [];
  for (let i = 0; i < rows.length; i++) {
    if (i % PROGRESS_EVERY === 0) {
      if (options.isCancelled?.()) return null;
      options.onProgress?.({ phase: 'normalise', done: i, total: rows.length });
    }
    const cells = rows[i]!.cells;
    prepared.push(
      fields.map((field, f) => {
        const raw = cells[field.columnId];
        const memo = memos[f]!;
        let value = memo.get(raw);
        if (value === undefined) {
          value = prepareFieldValue(field.kind, raw);
          if (typeof raw !== 'object') memo.set(raw, value);
        }
        return value;
      }),
    );
  }
  return prepared as FieldValue[][];
}

function blockKeysOf(row: PreparedRow): string[] {
  const keys: string[] = [];
  row.forEach((value, f) => {
    for (const key of value?.blockKeys ?? []) keys.push(`${f}\u0001${key}`);
  });
  return keys;
}

function indexPairs(rows: readonly DedupRow[], pairs: readonly (readonly [number, number])[]): Map<number, number[]> {
  const byId = new Map<number, number>();
  rows.forEach((row, i) => byId.set(row.id, i));
  const result = new Map<number, number[]>();
  for (const [idA, idB] of pairs) {
    const a = byId.get(idA);
    const b = byId.get(idB);
    if (a === undefined || b === undefined) continue;
    result.set(a, [...(result.get(a) ?? []), b]);
    result.set(b, [...(result.get(b) ?? []), a]);
  }
  return result;
}
