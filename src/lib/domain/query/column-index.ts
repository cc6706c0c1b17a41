// One column's sorted dictionary: its distinct values in sort order and, per row, the position of the
// row's value there (its rank). Sorting becomes a counting sort of ranks; search and text filters test
// each distinct value once instead of each row. Kept up to date by patches, so an edit costs O(rows),
// not a re-sort. Hand-written: no kept library keeps an order-preserving dictionary over typed arrays.

import { appendTexts, foldJoined, joinTexts, type JoinedTexts } from './joined-texts.ts';

/** The rank of a row whose cell is empty (no value, or text ''); such rows sort last. */
export const EMPTY = 0xffffffff;
/** Up to this many distinct values, text sorts by the zh-CN collator (pinyin); beyond, by code units. */
export const COLLATED_DISTINCT_LIMIT = 50_000;

export type IndexOrder = 'numeric' | 'collated' | 'code-units';
/** How a column's cells become index keys: numbers, or display texts ('' for empty). */
export type KeyKind = 'number' | 'text' | 'date';

const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
// Collator-equal texts ('ACME', 'acme') still get their own, fixed places, so that an order
// never depends on which of them a row happened to show first.
const byCollator = (a: string, b: string): number => collator.compare(a, b) || byCodeUnits(a, b);
const byNumber = (a: number, b: number): number => a - b;

type Key = string | number;

export function compareFor(order: IndexOrder): (a: Key, b: Key) => number {
  if (order === 'numeric') return byNumber as (a: Key, b: Key) => number;
  return (order === 'collated' ? byCollator : byCodeUnits) as (a: Key, b: Key) => number;
}

/** The order a text column takes for this many distinct values (dates always by code units: ISO order). */
export function textOrderFor(kind: KeyKind, distinct: number): IndexOrder {
  if (kind === 'number') return 'numeric';
  return kind === 'date' || distinct > COLLATED_DISTINCT_LIMIT ? 'code-units' : 'collated';
}

/** Joined texts of the values in the order they came (not rank order), so an insert appends instead of re-joining. */
interface SearchTexts {
  raw: JoinedTexts;
  folded?: JoinedTexts;
  /** The rank of each joined text. */
  rankOf: Uint32Array;
}

function appendSearchTexts(search: SearchTexts, shift: Uint32Array, fresh: Key[], rankOfFresh: Map<Key, number>): SearchTexts {
  const rankOf = new Uint32Array(search.rankOf.length + fresh.length);
  for (let k = 0; k < search.rankOf.length; k++) rankOf[k] = shift[search.rankOf[k]!]!;
  fresh.forEach((key, j) => (rankOf[search.rankOf.length + j] = rankOfFresh.get(key)!));
  const texts = fresh.map(String);
  return {
    raw: appendTexts(search.raw, texts),
    folded: search.folded && appendTexts(search.folded, texts.map((t) => t.toLowerCase())),
    rankOf,
  };
}

export class ColumnIndex {
  /** Distinct values in ascending order; some may no longer be held by any row (count 0). */
  values: Key[];
  /** Per row index: position in `values`, or EMPTY. Longer than the table (spare capacity). */
  ranks: Uint32Array;
  /** Rows holding each value. */
  counts: Uint32Array;
  /** Values held by at least one row. */
  live: number;
  /** The values' texts joined for search, made on first search; kept across inserts (see insert). */
  private searchTexts: SearchTexts | null = null;

  constructor(
    readonly kind: KeyKind,
    readonly order: IndexOrder,
    values: Key[],
    ranks: Uint32Array,
    counts: Uint32Array,
  ) {
    this.values = values;
    this.ranks = ranks;
    this.counts = counts;
    let live = 0;
    for (let r = 0; r < counts.length; r++) if (counts[r]! > 0) live++;
    this.live = live;
  }

  /** The distinct values' display texts joined for substring search (lower-cased when `fold`), and the rank of each. */
  joinedTexts(fold: boolean): { texts: JoinedTexts; rankOf: Uint32Array } {
    if (!this.searchTexts) {
      const rankOf = new Uint32Array(this.values.length);
      for (let r = 0; r < rankOf.length; r++) rankOf[r] = r;
      this.searchTexts = { raw: joinTexts(this.kind === 'number' ? this.values.map(String) : (this.values as string[])), rankOf };
    }
    if (fold) this.searchTexts.folded ??= foldJoined(this.searchTexts.raw);
    return { texts: fold ? this.searchTexts.folded! : this.searchTexts.raw, rankOf: this.searchTexts.rankOf };
  }

  /** The order a fresh build would pick now; when it differs from this index's, the index must be rebuilt. */
  wantedOrder(): IndexOrder {
    return textOrderFor(this.kind, this.live);
  }

  /** Too many values no row holds any more: cheaper to rebuild than to carry. */
  isBloated(): boolean {
    return this.values.length > 2 * this.live + 4096;
  }

  /** Re-keys the given rows from their current keys (undefined: empty). */
  patch(rowIndexes: readonly number[], keyOf: (row: number) => Key | undefined, size: number): void {
    this.ensureCapacity(size);
    const compare = compareFor(this.order);
    const pending: number[] = [];
    const pendingKeys: Key[] = [];
    for (const i of rowIndexes) {
      this.release(i);
      const key = keyOf(i);
      if (key === undefined) continue;
      const at = this.search(key, compare);
      if (at >= 0) this.hold(i, at);
      else {
        pending.push(i);
        pendingKeys.push(key);
      }
    }
    if (pending.length > 0) this.insert(pending, pendingKeys, compare);
  }

  /** Keeps the rows not in `gone`, closing the gaps as the table does. */
  removeRows(gone: ReadonlySet<number>, oldSize: number): void {
    const sorted = Uint32Array.from(gone).sort();
    for (const g of sorted) this.release(g);
    let w = sorted[0]!;
    for (let k = 0; k < sorted.length; k++) {
      const next = k + 1 < sorted.length ? sorted[k + 1]! : oldSize;
      this.ranks.copyWithin(w, sorted[k]! + 1, next);
      w += next - sorted[k]! - 1;
    }
    this.ranks.fill(EMPTY, w, oldSize);
  }

  /** Follows the table's reordering: new row i is old row order[i]. */
  reorderRows(order: readonly number[]): void {
    const next = new Uint32Array(this.ranks.length);
    for (let i = 0; i < order.length; i++) next[i] = this.ranks[order[i]!]!;
    this.ranks = next;
  }

  private release(i: number): void {
    const r = this.ranks[i]!;
    if (r === EMPTY) return;
    if (--this.counts[r]! === 0) this.live--;
    this.ranks[i] = EMPTY;
  }

  private hold(i: number, r: number): void {
    this.ranks[i] = r;
    if (this.counts[r]!++ === 0) this.live++;
  }

  private ensureCapacity(size: number): void {
    if (size <= this.ranks.length) return;
    const grown = new Uint32Array(Math.max(size, this.ranks.length * 2)).fill(EMPTY);
    grown.set(this.ranks);
    this.ranks = grown;
  }

  /** Position of `key` in `values`, or -1. */
  private search(key: Key, compare: (a: Key, b: Key) => number): number {
    let lo = 0;
    let hi = this.values.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = compare(this.values[mid]!, key);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Merges new distinct keys into `values` and shifts every row's rank to match. */
  private insert(rows: number[], keys: Key[], compare: (a: Key, b: Key) => number): void {
    const fresh = [...new Set(keys)].sort(compare);
    const old = this.values;
    const merged: Key[] = new Array(old.length + fresh.length);
    const shift = new Uint32Array(old.length);
    const rankOfFresh = new Map<Key, number>();
    let a = 0;
    let b = 0;
    for (let w = 0; w < merged.length; w++) {
      if (b >= fresh.length || (a < old.length && compare(old[a]!, fresh[b]!) < 0)) {
        shift[a] = w;
        merged[w] = old[a++]!;
      } else {
        rankOfFresh.set(fresh[b]!, w);
        merged[w] = fresh[b++]!;
      }
    }
    for (let i = 0; i < this.ranks.length; i++) {
      const r = this.ranks[i]!;
      if (r !== EMPTY) this.ranks[i] = shift[r]!;
    }
    const counts = new Uint32Array(merged.length);
    for (let r = 0; r < old.length; r++) counts[shift[r]!] = this.counts[r]!;
    this.values = merged;
    this.counts = counts;
    if (this.searchTexts) this.searchTexts = appendSearchTexts(this.searchTexts, shift, fresh, rankOfFresh);
    for (let k = 0; k < rows.length; k++) this.hold(rows[k]!, rankOfFresh.get(keys[k]!)!);
  }
}
