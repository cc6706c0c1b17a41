// Orders of prepared rows by their values' keys, built from integer ranks of the distinct keys,
// so a million rows are placed by counting sorts rather than a million string comparisons each.
import { compareText, groupByKey } from './blocking.ts';
import type { PreparedColumns } from './prepared-rows.ts';
import { orderStrings } from '../query/string-order.ts';

/**
 * keyRank[f][i]: the place of row i's key for field f among the field's distinct keys in code-unit order;
 * 0 for an empty cell or an empty key (they sort first, as the empty text does), equal keys equal ranks.
 */
export function rowKeyRanks(table: PreparedColumns, f: number): { ranks: Int32Array; count: number } {
  const values = table.values[f]!;
  const order = orderStrings(values.map((value) => value.key));
  const valueRank = new Int32Array(values.length);
  let rank = 0;
  let previous = '';
  for (const v of order) {
    const key = values[v]!.key;
    if (key !== previous) rank++;
    valueRank[v] = rank;
    previous = key;
  }
  const { cells } = table;
  const width = table.fields.length;
  const ranks = new Int32Array(table.size);
  for (let i = 0; i < ranks.length; i++) {
    const v = cells[i * width + f]!;
    ranks[i] = v < 0 ? 0 : valueRank[v]!;
  }
  return { ranks, count: rank + 1 };
}

/**
 * The rank of each row when ordered by its fields' keys, field by field, ties broken by row index:
 * the order of the keys joined into one text, without building a million texts. The first field places
 * the rows by a counting sort; only rows tied on it are compared on the others.
 */
export function rankRowsByKeys(table: PreparedColumns, firstRanks?: { ranks: Int32Array; count: number }): Int32Array {
  const n = table.size;
  const rank = new Int32Array(n);
  if (table.fields.length === 0) return rank.map((_, i) => i);
  const first = firstRanks ?? rowKeyRanks(table, 0);
  const all = new Int32Array(n).map((_, i) => i);
  const { start, members } = groupByKey(all, first.count, (i) => first.ranks[i]!);
  const { cells } = table;
  const width = table.fields.length;
  const keyOf = (f: number, i: number) => {
    const v = cells[i * width + f]!;
    return v < 0 ? '' : table.values[f]![v]!.key;
  };
  const byLaterFields = (x: number, y: number) => {
    for (let f = 1; f < table.fields.length; f++) {
      const order = compareText(keyOf(f, x), keyOf(f, y));
      if (order !== 0) return order;
    }
    return x - y;
  };
  let next = 0;
  for (let g = 0; g < first.count; g++) {
    const tied = members.subarray(start[g]!, start[g + 1]!);
    if (tied.length > 1) tied.sort(byLaterFields);
    for (const i of tied) rank[i] = next++;
  }
  return rank;
}

/** The rows with a non-empty key for the field, ordered by that key and then by `rank`. */
export function sortedPass(keyRanks: { ranks: Int32Array; count: number }, rank: Int32Array): Int32Array {
  const n = rank.length;
  const rowAtRank = new Int32Array(n);
  for (let i = 0; i < n; i++) rowAtRank[rank[i]!] = i;
  // Stable: within a key, rows stay in rank order.
  const { members } = groupByKey(rowAtRank, keyRanks.count, (i) => (keyRanks.ranks[i] === 0 ? -1 : keyRanks.ranks[i]!));
  return members;
}

/**
 * The table with its rows laid out in the order `rowAt` lists them (row r is the old row rowAt[r]); values keep
 * their numbers. Laid out by rank, the rows a row is compared with sit next to it in memory.
 */
export function tableInOrder(table: PreparedColumns, rowAt: Int32Array): PreparedColumns {
  const width = table.fields.length;
  const cells = new Int32Array(table.size * width);
  for (let r = 0; r < rowAt.length; r++) cells.set(table.cells.subarray(rowAt[r]! * width, (rowAt[r]! + 1) * width), r * width);
  const { fields, values, keys, features, size } = table;
  return { fields, values, keys, features, cells, size };
}
