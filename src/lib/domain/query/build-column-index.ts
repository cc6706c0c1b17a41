// Builds a ColumnIndex from a column's keys: numbers by a native sort, few distinct texts by hashing,
// many by the MSD radix sort of string-order.ts (also in steps, for building in the background).

import { COLLATED_DISTINCT_LIMIT, ColumnIndex, compareFor, EMPTY, textOrderFor, type KeyKind } from './column-index.ts';
import { orderStringsInSteps, runSteps } from './string-order.ts';

type Key = string | number;

/** Builds the index of `keys` (undefined: empty) for rows 0..n-1. */
export function buildColumnIndex(kind: KeyKind, keys: readonly (Key | undefined)[], n: number): ColumnIndex {
  if (kind === 'number') return buildNumberIndex(keys as (number | undefined)[], n);
  return buildTextIndex(kind, keys as (string | undefined)[], n);
}

function buildNumberIndex(keys: readonly (number | undefined)[], n: number): ColumnIndex {
  let present = 0;
  for (let i = 0; i < n; i++) if (keys[i] !== undefined) present++;
  const sorted = new Float64Array(present);
  present = 0;
  for (let i = 0; i < n; i++) if (keys[i] !== undefined) sorted[present++] = keys[i]!;
  sorted.sort();
  let distinct = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[distinct++] = sorted[k]!;
  const unique = sorted.subarray(0, distinct);
  const ranks = new Uint32Array(n).fill(EMPTY);
  const counts = new Uint32Array(distinct);
  for (let i = 0; i < n; i++) {
    const v = keys[i];
    if (v === undefined) continue;
    let lo = 0;
    let hi = distinct - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (unique[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    ranks[i] = lo;
    counts[lo]!++;
  }
  return new ColumnIndex('number', 'numeric', Array.from(unique), ranks, counts);
}

function buildTextIndex(kind: KeyKind, keys: readonly (string | undefined)[], n: number): ColumnIndex {
  return buildFewTextIndex(kind, keys, n) ?? runSteps(buildManyTextsInSteps(kind, keys, n));
}

/** buildColumnIndex in steps (pausing inside the long sorts), for building in the background. */
export function* buildColumnIndexInSteps(kind: KeyKind, keys: readonly (string | number | undefined)[], n: number): Generator<void, ColumnIndex> {
  if (kind === 'number') return buildNumberIndex(keys as (number | undefined)[], n);
  const few = buildFewTextIndex(kind, keys as (string | undefined)[], n);
  if (few) return few;
  yield;
  return yield* buildManyTextsInSteps(kind, keys as (string | undefined)[], n);
}

/**
 * Up to the collation limit of distinct texts: hash them, sort only the distinct ones. Cheap (one pass);
 * null, after hashing little more than the limit's worth of rows, when the column has more.
 */
export function buildFewTextIndex(kind: KeyKind, keys: readonly (string | undefined)[], n: number): ColumnIndex | null {
  const idOf = new Map<string, number>();
  const distinct: string[] = [];
  const ids = new Uint32Array(n).fill(EMPTY);
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    if (key === undefined || key === '') continue;
    let id = idOf.get(key);
    if (id === undefined) {
      if (distinct.length >= COLLATED_DISTINCT_LIMIT) return null;
      id = distinct.length;
      distinct.push(key);
      idOf.set(key, id);
    }
    ids[i] = id;
  }
  const order = textOrderFor(kind, distinct.length);
  const byRank = distinct.map((_, id) => id).sort((a, b) => (compareFor(order) as (x: string, y: string) => number)(distinct[a]!, distinct[b]!));
  const rankOfId = new Uint32Array(distinct.length);
  byRank.forEach((id, r) => (rankOfId[id] = r));
  const counts = new Uint32Array(distinct.length);
  for (let i = 0; i < n; i++) {
    if (ids[i] === EMPTY) continue;
    const r = rankOfId[ids[i]!]!;
    ids[i] = r;
    counts[r]!++;
  }
  return new ColumnIndex(kind, order, byRank.map((id) => distinct[id]!), ids, counts);
}

/** Many distinct texts: code-unit order of every cell (no hashing of a million strings), equal neighbours share a rank. */
function* buildManyTextsInSteps(kind: KeyKind, keys: readonly (string | undefined)[], n: number): Generator<void, ColumnIndex> {
  const texts = new Array<string>(n);
  for (let i = 0; i < n; i++) texts[i] = keys[i] ?? '';
  const order = yield* orderStringsInSteps(texts);
  yield;
  const ranks = new Uint32Array(n).fill(EMPTY);
  const values: string[] = [];
  const counts: number[] = [];
  for (let p = 0; p < n; p++) {
    const i = order[p]!;
    const text = texts[i]!;
    if (text === '') continue;
    if (values.length === 0 || values[values.length - 1] !== text) {
      values.push(text);
      counts.push(0);
    }
    ranks[i] = values.length - 1;
    counts[values.length - 1]!++;
  }
  return new ColumnIndex(kind, 'code-units', values, ranks, Uint32Array.from(counts));
}
