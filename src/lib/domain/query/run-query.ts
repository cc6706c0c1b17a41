// Answers a RowQuery over a ColumnarTable: the ordered row indexes that pass its filters and search.

import type { Column, RowQuery } from '../types.ts';
import type { ColumnarTable } from './columnar-table.ts';
import type { LinkLabels } from './display-text.ts';
import { matchMask } from './filter.ts';
import { sortIndexes } from './sort.ts';

export function runQuery(
  table: ColumnarTable,
  columns: Column[],
  query: RowQuery,
  linkLabels: (column: Column) => LinkLabels | undefined = () => undefined,
): Uint32Array {
  const mask = matchMask(query.filters, query.search, { table, columns, linkLabels });
  const n = table.size;
  let indexes: Uint32Array;
  if (mask) {
    const kept = new Uint32Array(n);
    let count = 0;
    for (let i = 0; i < n; i++) if (mask[i]) kept[count++] = i;
    indexes = kept.slice(0, count);
  } else {
    indexes = new Uint32Array(n);
    for (let i = 0; i < n; i++) indexes[i] = i;
  }
  return sortIndexes(indexes, query.sort, columns, table, linkLabels);
}

/** A stable key for caching a query's answer. */
export function queryKey(query: RowQuery): string {
  return JSON.stringify([query.sort, query.filters, query.search.trim()]);
}
