// Orders row indexes of a ColumnarTable by one or more columns; empty cells always sort last.
// Each column gives every row a rank (from the table's ColumnIndex, kept up to date across edits, or
// made on the fly for checkboxes and links); the order is then one stable counting sort per key,
// last sort key first, so ties keep the previous pass's order.

import type { Column, SortSpec } from '../types.ts';
import type { ColumnarTable } from './columnar-table.ts';
import { buildColumnIndex } from './build-column-index.ts';
import { EMPTY } from './column-index.ts';
import { cellDisplayText, type LinkLabels } from './display-text.ts';

/** Per row index a rank below `buckets`, or EMPTY. */
interface Ranked {
  ranks: Uint32Array;
  buckets: number;
}

function columnRanks(column: Column, table: ColumnarTable, labels: LinkLabels | undefined): Ranked {
  const index = table.indexes.get(column);
  if (index) return { ranks: index.ranks, buckets: index.values.length };
  const values = table.columnValues(column.id);
  const n = table.size;
  if (column.type === 'checkbox') {
    const ranks = new Uint32Array(n);
    for (let i = 0; i < n; i++) ranks[i] = values[i] === true ? 1 : 0;
    return { ranks, buckets: 2 };
  }
  // Links show another table's text, which changes without this table: ranked afresh each time.
  const keys = new Array<string | undefined>(n);
  for (let i = 0; i < n; i++) keys[i] = cellDisplayText(values[i], column.type, labels) || undefined;
  const made = buildColumnIndex('text', keys, n);
  return { ranks: made.ranks, buckets: made.values.length };
}

/** A stable sort of `order` by rank (reversed for desc, empty last either way). */
function sortByRank(order: Uint32Array, { ranks, buckets }: Ranked, desc: boolean): Uint32Array {
  const n = order.length;
  const keyOf = (r: number) => (r === EMPTY ? buckets : desc ? buckets - 1 - r : r);
  const out = new Uint32Array(n);
  if (n * 16 < buckets) {
    // Few rows (a filtered view) against many values: a packed numeric sort beats sweeping the buckets.
    const packed = new Float64Array(n);
    for (let p = 0; p < n; p++) packed[p] = keyOf(ranks[order[p]!]!) * n + p;
    packed.sort();
    for (let p = 0; p < n; p++) out[p] = order[packed[p]! % n]!;
    return out;
  }
  const keys = new Uint32Array(n);
  const starts = new Uint32Array(buckets + 2);
  for (let p = 0; p < n; p++) {
    const k = keyOf(ranks[order[p]!]!);
    keys[p] = k;
    starts[k + 1]!++;
  }
  for (let k = 1; k < starts.length; k++) starts[k]! += starts[k - 1]!;
  for (let p = 0; p < n; p++) out[starts[keys[p]!]!++] = order[p]!;
  return out;
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
  for (let k = specs.length - 1; k >= 0; k--) {
    const { s, column } = specs[k]!;
    order = sortByRank(order, columnRanks(column, table, linkLabels(column)), s.dir === 'desc');
  }
  return order;
}
