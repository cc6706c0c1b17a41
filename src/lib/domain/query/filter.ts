// Compiles the grid's column filters and quick search into one row predicate over a ColumnarTable.

import type { CellValue, Column, ColumnFilter, FilterCondition } from '../types.ts';
import type { ColumnarTable } from './columnar-table.ts';
import { cellDisplayText, type LinkLabels } from './display-text.ts';

type Test = (index: number) => boolean;

export interface FilterContext {
  table: ColumnarTable;
  columns: Column[];
  linkLabels: (column: Column) => LinkLabels | undefined;
}

function isBlank(value: CellValue | undefined): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function textTest(condition: Extract<FilterCondition, { kind: 'text' }>, text: (i: number) => string): Test {
  const wanted = (condition.value ?? '').toLowerCase();
  switch (condition.op) {
    case 'contains': return (i) => text(i).toLowerCase().includes(wanted);
    case 'notContains': return (i) => !text(i).toLowerCase().includes(wanted);
    case 'equals': return (i) => text(i).toLowerCase() === wanted;
    case 'notEqual': return (i) => text(i).toLowerCase() !== wanted;
    case 'startsWith': return (i) => text(i).toLowerCase().startsWith(wanted);
    case 'endsWith': return (i) => text(i).toLowerCase().endsWith(wanted);
    case 'blank': return (i) => text(i) === '';
    case 'notBlank': return (i) => text(i) !== '';
  }
}

function numberTest(condition: Extract<FilterCondition, { kind: 'number' }>, values: (CellValue | undefined)[]): Test {
  const a = condition.value ?? 0;
  const b = condition.valueTo ?? a;
  const num = (i: number): number | null => (typeof values[i] === 'number' ? (values[i] as number) : null);
  switch (condition.op) {
    case 'equals': return (i) => num(i) === a;
    case 'notEqual': return (i) => num(i) !== a;
    case 'lessThan': return (i) => { const v = num(i); return v !== null && v < a; };
    case 'lessThanOrEqual': return (i) => { const v = num(i); return v !== null && v <= a; };
    case 'greaterThan': return (i) => { const v = num(i); return v !== null && v > a; };
    case 'greaterThanOrEqual': return (i) => { const v = num(i); return v !== null && v >= a; };
    case 'inRange': return (i) => { const v = num(i); return v !== null && v >= a && v <= b; };
    case 'blank': return (i) => isBlank(values[i]);
    case 'notBlank': return (i) => !isBlank(values[i]);
  }
}

function dateTest(condition: Extract<FilterCondition, { kind: 'date' }>, values: (CellValue | undefined)[]): Test {
  // ISO dates compare correctly as strings; the grid may send 'YYYY-MM-DD hh:mm:ss'.
  const a = (condition.value ?? '').slice(0, 10);
  const b = (condition.valueTo ?? a).slice(0, 10);
  const date = (i: number): string | null => (typeof values[i] === 'string' ? (values[i] as string) : null);
  switch (condition.op) {
    case 'equals': return (i) => date(i) === a;
    case 'notEqual': return (i) => date(i) !== a;
    case 'lessThan': return (i) => { const v = date(i); return v !== null && v < a; };
    case 'greaterThan': return (i) => { const v = date(i); return v !== null && v > a; };
    case 'inRange': return (i) => { const v = date(i); return v !== null && v >= a && v <= b; };
    case 'blank': return (i) => isBlank(values[i]);
    case 'notBlank': return (i) => !isBlank(values[i]);
  }
}

function columnFilterTest(filter: ColumnFilter, ctx: FilterContext): Test | null {
  const column = ctx.columns.find((c) => c.id === filter.colId);
  if (!column || filter.conditions.length === 0) return null;
  const values = ctx.table.columnValues(column.id);
  const labels = ctx.linkLabels(column);
  const text = (i: number) => cellDisplayText(values[i], column.type, labels);
  const tests = filter.conditions.map((condition): Test => {
    if (condition.kind === 'number') return numberTest(condition, values);
    if (condition.kind === 'date') return dateTest(condition, values);
    return textTest(condition, text);
  });
  if (tests.length === 1) return tests[0]!;
  return filter.join === 'OR' ? (i) => tests.some((t) => t(i)) : (i) => tests.every((t) => t(i));
}

/** Column types whose cells never hold Han characters: a Han search term skips them. */
const LATIN_ONLY = new Set(['phone', 'email', 'number', 'money', 'date', 'checkbox']);

/** Marks the rows where some visible cell holds `term` (lower case); column by column, no per-cell closures. */
function markTerm(term: string, ctx: FilterContext, hit: Uint8Array): void {
  const folds = /[a-z]/.test(term);
  const han = /\p{Script=Han}/u.test(term);
  const n = ctx.table.size;
  for (const column of ctx.columns) {
    if (column.hidden || column.sensitive || (han && LATIN_ONLY.has(column.type))) continue;
    const values = ctx.table.columnValues(column.id);
    const labels = ctx.linkLabels(column);
    const plain = column.type !== 'link';
    for (let i = 0; i < n; i++) {
      if (hit[i]) continue;
      const v = values[i];
      if (v === undefined || v === null) continue;
      const text = plain && typeof v === 'string' ? v : cellDisplayText(v, column.type, labels);
      if ((folds ? text.toLowerCase() : text).includes(term)) hit[i] = 1;
    }
  }
}

/** Rows whose visible cells hold every term of the search, as a 0/1 mask; null when there is no search. */
function searchMask(search: string, ctx: FilterContext): Uint8Array | null {
  const terms = search.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return null;
  let mask: Uint8Array | null = null;
  for (const term of terms) {
    const hit = new Uint8Array(ctx.table.size);
    markTerm(term, ctx, hit);
    if (mask) for (let i = 0; i < hit.length; i++) mask[i]! &= hit[i]!;
    else mask = hit;
  }
  return mask;
}

export function compileRowTest(filters: ColumnFilter[], search: string, ctx: FilterContext): Test | null {
  const tests = filters.map((f) => columnFilterTest(f, ctx)).filter((t): t is Test => t !== null);
  const mask = searchMask(search, ctx);
  if (mask) tests.push((i) => mask[i] === 1);
  if (tests.length === 0) return null;
  return (i) => tests.every((t) => t(i));
}
