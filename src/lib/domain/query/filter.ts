// Compiles the grid's column filters and quick search into one 0/1 mask over a ColumnarTable's rows.
// Text tests run once per distinct value of an indexed column (its ColumnIndex), then spread to rows.

import type { CellValue, Column, ColumnFilter, FilterCondition } from '../types.ts';
import type { ColumnarTable } from './columnar-table.ts';
import { EMPTY } from './column-index.ts';
import { foldJoined, joinTexts, markMatching, type JoinedTexts, type TextMatch } from './joined-texts.ts';
import { cellDisplayText, type LinkLabels } from './display-text.ts';

type Test = (index: number) => boolean;
type TextTest = (lowerText: string) => boolean;
type TextCondition = Extract<FilterCondition, { kind: 'text' }>;

export interface FilterContext {
  table: ColumnarTable;
  columns: Column[];
  linkLabels: (column: Column) => LinkLabels | undefined;
}

function isBlank(value: CellValue | undefined): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** A text condition as a test of a cell's lower-case display text. */
function textTest(condition: TextCondition): TextTest {
  const wanted = (condition.value ?? '').toLowerCase();
  switch (condition.op) {
    case 'contains': return (t) => t.includes(wanted);
    case 'notContains': return (t) => !t.includes(wanted);
    case 'equals': return (t) => t === wanted;
    case 'notEqual': return (t) => t !== wanted;
    case 'startsWith': return (t) => t.startsWith(wanted);
    case 'endsWith': return (t) => t.endsWith(wanted);
    case 'blank': return (t) => t === '';
    case 'notBlank': return (t) => t !== '';
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

const POSITIVE: Partial<Record<TextCondition['op'], { match: TextMatch; negate: boolean }>> = {
  contains: { match: 'contains', negate: false },
  notContains: { match: 'contains', negate: true },
  equals: { match: 'equals', negate: false },
  notEqual: { match: 'equals', negate: true },
  startsWith: { match: 'startsWith', negate: false },
  endsWith: { match: 'endsWith', negate: false },
};

/**
 * The condition's answer for each of the joined texts; `blankAt` says which of them are empty.
 * Substring conditions are found with markMatching over the joined string, blank ones by looking.
 */
function answersFor(texts: JoinedTexts, condition: TextCondition, foldCase: boolean, blankAt: (k: number) => boolean): Uint8Array {
  const count = texts.count;
  const answers = new Uint8Array(count + 1);
  const positive = POSITIVE[condition.op];
  if (positive) {
    const wanted = foldCase ? (condition.value ?? '').toLowerCase() : (condition.value ?? '');
    markMatching(texts, positive.match, wanted, answers);
    if (positive.negate) for (let k = 0; k < count; k++) answers[k]! ^= 1;
  } else {
    const blank = condition.op === 'blank' ? 1 : 0;
    for (let k = 0; k < count; k++) answers[k] = blankAt(k) ? blank : blank ^ 1;
  }
  return answers;
}

/** Sets mask[i] to 1 where row i passes the text condition. */
function markText(column: Column, ctx: FilterContext, condition: TextCondition, mask: Uint8Array, foldCase = true): void {
  const n = ctx.table.size;
  const index = ctx.table.indexes.getCheap(column);
  if (index && index.kind !== 'number') {
    // Once per distinct value (never empty), then the empty text's answer, spread to rows by rank.
    const { texts, rankOf } = index.joinedTexts(foldCase);
    const byText = answersFor(texts, condition, foldCase, () => false);
    const empty = index.values.length;
    const answers = new Uint8Array(empty + 1);
    for (let k = 0; k < rankOf.length; k++) answers[rankOf[k]!] = byText[k]!;
    answers[empty] = textTest(condition)('') ? 1 : 0;
    if (!answers.includes(1)) return;
    const ranks = index.ranks;
    for (let i = 0; i < n; i++) {
      const r = ranks[i]!;
      if (answers[r === EMPTY ? empty : r]) mask[i] = 1;
    }
    return;
  }
  // Many distinct texts, numbers (whose text is not their key) and links (another table's text): row by row,
  // still one joined string, so no sorted index is needed first.
  const values = ctx.table.columnValues(column.id);
  const labels = ctx.linkLabels(column);
  const texts = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    texts[i] = typeof v === 'string' && column.type !== 'link' ? v : cellDisplayText(v, column.type, labels);
  }
  const joined = joinTexts(texts);
  const answers = answersFor(foldCase ? foldJoined(joined) : joined, condition, foldCase, (k) => texts[k] === '');
  for (let i = 0; i < n; i++) if (answers[i]) mask[i] = 1;
}

function conditionMask(condition: FilterCondition, column: Column, ctx: FilterContext): Uint8Array {
  const n = ctx.table.size;
  const mask = new Uint8Array(n);
  if (condition.kind === 'text') {
    markText(column, ctx, condition, mask);
    return mask;
  }
  const values = ctx.table.columnValues(column.id);
  const test = condition.kind === 'number' ? numberTest(condition, values) : dateTest(condition, values);
  for (let i = 0; i < n; i++) if (test(i)) mask[i] = 1;
  return mask;
}

function columnFilterMask(filter: ColumnFilter, ctx: FilterContext): Uint8Array | null {
  const column = ctx.columns.find((c) => c.id === filter.colId);
  if (!column || filter.conditions.length === 0) return null;
  const masks = filter.conditions.map((c) => conditionMask(c, column, ctx));
  const [first, ...rest] = masks;
  for (const other of rest) {
    if (filter.join === 'OR') for (let i = 0; i < first!.length; i++) first![i]! |= other[i]!;
    else for (let i = 0; i < first!.length; i++) first![i]! &= other[i]!;
  }
  return first!;
}

/** Column types whose cells never hold Han characters: a Han search term skips them. */
export const LATIN_ONLY: ReadonlySet<string> = new Set(['phone', 'email', 'number', 'money', 'date', 'checkbox']);

/** Marks the rows where some visible cell holds `term` (lower case), column by column. */
function markTerm(term: string, ctx: FilterContext, hit: Uint8Array): void {
  const folds = /[a-z]/.test(term);
  const han = /\p{Script=Han}/u.test(term);
  for (const column of ctx.columns) {
    if (column.hidden || column.sensitive || (han && LATIN_ONLY.has(column.type))) continue;
    // Without a letter in the term, case cannot matter: skip lower-casing every text.
    markText(column, ctx, { kind: 'text', op: 'contains', value: term }, hit, folds);
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

/** The rows passing every filter and the search, as a 0/1 mask; null when nothing filters. */
export function matchMask(filters: ColumnFilter[], search: string, ctx: FilterContext): Uint8Array | null {
  const masks = filters.map((f) => columnFilterMask(f, ctx)).filter((m): m is Uint8Array => m !== null);
  const searched = searchMask(search, ctx);
  if (searched) masks.push(searched);
  if (masks.length === 0) return null;
  const [first, ...rest] = masks;
  for (const other of rest) for (let i = 0; i < first!.length; i++) first![i]! &= other[i]!;
  return first!;
}
