// Orders row indexes of a ColumnarTable by one or more columns; empty cells always sort last.
// Each column becomes a dense integer rank per row; the order is then built by native numeric sorts
// of packed (rank, position) keys, last sort key first, so ties keep the previous pass's order.

import type { Column, SortSpec } from '../types.ts';
import type { ColumnarTable } from './columnar-table.ts';
import { cellDisplayText, type LinkLabels } from './display-text.ts';
import { orderStrings } from './string-order.ts';

const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });
/** Up to this many distinct values, text sorts by the zh-CN collator (pinyin); beyond, by code units. */
const COLLATED_DISTINCT_LIMIT = 50_000;
const POSITION = 2 ** 26;
const FEW_DISTINCT = 20_000;

/** A rank per row (equal values, equal ranks) and the rank given to empty cells (the largest). */
interface Ranks {
  ranks: Uint32Array;
  empty: number;
}

function numberRanks(values: (unknown)[], n: number): Ranks {
  const present: number[] = [];
  for (let i = 0; i < n; i++) if (typeof values[i] === 'number') present.push(values[i] as number);
  const sorted = Float64Array.from(present).sort();
  let distinct = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[distinct++] = sorted[k]!;
  const unique = sorted.subarray(0, distinct);
  const ranks = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (typeof v !== 'number') {
      ranks[i] = distinct;
      continue;
    }
    let lo = 0;
    let hi = distinct - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (unique[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    ranks[i] = lo;
  }
  return { ranks, empty: distinct };
}

/** Few distinct values (cities, dates, tiers): hash them and sort only the distinct ones. */
function fewTextRanks(texts: string[], n: number, collated: boolean): Ranks | null {
  const idOf = new Map<string, number>();
  const distinct: string[] = [];
  const ids = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const text = texts[i]!;
    let id = idOf.get(text);
    if (id === undefined) {
      if (distinct.length >= FEW_DISTINCT) return null;
      id = distinct.length;
      distinct.push(text);
      idOf.set(text, id);
    }
    ids[i] = id;
  }
  const present = distinct.map((_, i) => i).filter((i) => distinct[i] !== '');
  const compare = collated ? collator.compare : (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  present.sort((a, b) => compare(distinct[a]!, distinct[b]!));
  const empty = present.length;
  const rankOfId = new Uint32Array(distinct.length).fill(empty);
  present.forEach((id, r) => (rankOfId[id] = r));
  const ranks = new Uint32Array(n);
  for (let i = 0; i < n; i++) ranks[i] = rankOfId[ids[i]!]!;
  return { ranks, empty };
}

function textRanks(texts: string[], n: number, collated: boolean): Ranks {
  const few = fewTextRanks(texts, n, collated);
  if (few) return few;
  // Many distinct values: code-unit order of every cell (no hashing of a million strings), then equal
  // neighbours share a rank.
  const order = orderStrings(texts);
  const ranks = new Uint32Array(n);
  const distinct: string[] = [];
  for (let p = 0; p < n; p++) {
    const text = texts[order[p]!]!;
    if (text === '') continue;
    if (distinct.length === 0 || distinct[distinct.length - 1] !== text) distinct.push(text);
    ranks[order[p]!] = distinct.length - 1;
  }
  const empty = distinct.length;
  for (let i = 0; i < n; i++) if (texts[i] === '') ranks[i] = empty;
  if (collated && distinct.length <= COLLATED_DISTINCT_LIMIT) {
    const byCollator = distinct.map((_, i) => i).sort((a, b) => collator.compare(distinct[a]!, distinct[b]!));
    const collatedRank = new Uint32Array(distinct.length);
    byCollator.forEach((codeUnitRank, r) => (collatedRank[codeUnitRank] = r));
    for (let i = 0; i < n; i++) if (ranks[i] !== empty) ranks[i] = collatedRank[ranks[i]!]!;
  }
  return { ranks, empty };
}

function columnRanks(column: Column, table: ColumnarTable, labels: LinkLabels | undefined): Ranks {
  const values = table.columnValues(column.id);
  const n = table.size;
  if (column.type === 'number' || column.type === 'money') return numberRanks(values, n);
  if (column.type === 'checkbox') {
    const ranks = new Uint32Array(n);
    for (let i = 0; i < n; i++) ranks[i] = values[i] === true ? 1 : 0;
    return { ranks, empty: 2 };
  }
  const texts = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    texts[i] = typeof v === 'string' && column.type !== 'link' ? v : cellDisplayText(v, column.type, labels);
  }
  // ISO dates sort correctly by code units; everything else that people read sorts by pinyin when it can.
  return textRanks(texts, n, column.type !== 'date');
}

export function sortIndexes(
  indexes: Uint32Array,
  sort: SortSpec[],
  columns: Column[],
  table: ColumnarTable,
  linkLabels: (column: Column) => LinkLabels | undefined,
): Uint32Array {
  const specs = sort
    .map((s) => ({ s, column: columns.find((c) => c.id === s.colId) }))
    .filter((x): x is { s: SortSpec; column: Column } => x.column !== undefined);
  if (specs.length === 0 || indexes.length < 2) return indexes;
  let order = indexes;
  const keys = new Float64Array(order.length);
  for (let k = specs.length - 1; k >= 0; k--) {
    const { s, column } = specs[k]!;
    const { ranks, empty } = columnRanks(column, table, linkLabels(column));
    const desc = s.dir === 'desc';
    for (let p = 0; p < order.length; p++) {
      const r = ranks[order[p]!]!;
      const key = r === empty ? empty : desc ? empty - 1 - r : r;
      keys[p] = key * POSITION + p;
    }
    keys.sort();
    const next = new Uint32Array(order.length);
    for (let p = 0; p < order.length; p++) next[p] = order[keys[p]! % POSITION]!;
    order = next;
  }
  return order;
}
