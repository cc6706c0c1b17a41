// Orders row indexes of a ColumnarTable by one or more columns; empty cells always sort last.

import type { Column, SortSpec } from '../types.ts';
import type { ColumnarTable } from './columnar-table.ts';
import { cellDisplayText, type LinkLabels } from './display-text.ts';

const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });
/** Above this many distinct values, text sorts by code point: the collator would take seconds. */
const COLLATED_DISTINCT_LIMIT = 50_000;

/** A numeric key per row: numbers as themselves, text as the rank of its value; NaN means empty. */
function sortKeys(column: Column, table: ColumnarTable, labels: LinkLabels | undefined): Float64Array {
  const values = table.columnValues(column.id);
  const n = table.size;
  const keys = new Float64Array(n);
  if (column.type === 'number' || column.type === 'money') {
    for (let i = 0; i < n; i++) {
      const v = values[i];
      keys[i] = typeof v === 'number' ? v : NaN;
    }
    return keys;
  }
  if (column.type === 'checkbox') {
    for (let i = 0; i < n; i++) keys[i] = values[i] === true ? 1 : 0;
    return keys;
  }
  const texts: string[] = new Array(n);
  const distinct = new Set<string>();
  for (let i = 0; i < n; i++) {
    const text = cellDisplayText(values[i], column.type, labels);
    texts[i] = text;
    if (text !== '') distinct.add(text);
  }
  const ordered = [...distinct];
  if (ordered.length <= COLLATED_DISTINCT_LIMIT && column.type !== 'date') ordered.sort(collator.compare);
  else ordered.sort();
  const rank = new Map<string, number>();
  ordered.forEach((text, r) => rank.set(text, r));
  for (let i = 0; i < n; i++) {
    const text = texts[i]!;
    keys[i] = text === '' ? NaN : rank.get(text)!;
  }
  return keys;
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
    .filter((x): x is { s: SortSpec; column: Column } => x.column !== undefined)
    .map(({ s, column }) => ({ keys: sortKeys(column, table, linkLabels(column)), sign: s.dir === 'desc' ? -1 : 1 }));
  if (specs.length === 0) return indexes;
  return indexes.sort((a, b) => {
    for (const { keys, sign } of specs) {
      const ka = keys[a]!;
      const kb = keys[b]!;
      if (ka === kb) continue;
      if (Number.isNaN(ka)) return Number.isNaN(kb) ? 0 : 1;
      if (Number.isNaN(kb)) return -1;
      return ka < kb ? -sign : sign;
    }
    return a - b;
  });
}
