// The sorted dictionaries (ColumnIndex) of one ColumnarTable's columns, built on first use and patched
// by the table itself on every upsert, removal or reordering, so they can never describe stale rows.

import type { CellValue, Column } from '../types.ts';
import { buildColumnIndex, buildColumnIndexInSteps, buildFewTextIndex } from './build-column-index.ts';
import type { ColumnIndex, KeyKind } from './column-index.ts';
import { cellDisplayText } from './display-text.ts';

/** What the indexes need of their table (ColumnarTable implements it). */
export interface IndexedRows {
  readonly size: number;
  readonly version: number;
  columnValues(colId: string): (CellValue | undefined)[];
}

/**
 * How a column's cells are keyed, or null for columns that are not indexed: checkboxes (two values,
 * cheaper to rank on the fly) and links (their text is another table's, which changes without this one).
 */
export function keyKindOf(column: Column): KeyKind | null {
  switch (column.type) {
    case 'link':
    case 'checkbox': return null;
    case 'number':
    case 'money': return 'number';
    case 'date': return 'date';
    default: return 'text';
  }
}

/** A cell's index key: a number for numeric columns, its display text otherwise; undefined when empty. */
export function cellKey(value: CellValue | undefined, kind: KeyKind): string | number | undefined {
  if (kind === 'number') return typeof value === 'number' && !Number.isNaN(value) ? value : undefined;
  const text = typeof value === 'string' ? value : cellDisplayText(value, kind === 'date' ? 'date' : 'text');
  return text === '' ? undefined : text;
}

interface Entry {
  kind: KeyKind;
  index: ColumnIndex;
}

export class ColumnIndexes {
  private readonly entries = new Map<string, Entry>();
  /** Columns found to hold too many distinct texts for a cheap index. */
  private readonly many = new Set<string>();
  /** The table version the entries describe; a change that bypassed the hooks below drops them all. */
  private version = -1;

  constructor(private readonly rows: IndexedRows) {}

  /** The column's index, built now if missing or made for another column type; null if not indexed. */
  get(column: Column): ColumnIndex | null {
    const kind = keyKindOf(column);
    if (kind === null) return null;
    const existing = this.current(column, kind);
    if (existing) return existing;
    const index = buildColumnIndex(kind, this.keysOf(column, kind), this.rows.size);
    this.entries.set(column.id, { kind, index });
    return index;
  }

  /**
   * The column's index if it exists or is cheap to build (few distinct values, numbers); null for a
   * column of many distinct texts (a million company names take a second to sort), left to get() or a scan.
   */
  getCheap(column: Column): ColumnIndex | null {
    const kind = keyKindOf(column);
    if (kind === null) return null;
    const existing = this.current(column, kind);
    if (existing || this.many.has(column.id)) return existing;
    const keys = this.keysOf(column, kind);
    const n = this.rows.size;
    const index = kind === 'number' ? buildColumnIndex(kind, keys, n) : buildFewTextIndex(kind, keys as (string | undefined)[], n);
    if (index) this.entries.set(column.id, { kind, index });
    else this.many.add(column.id);
    return index;
  }

  /**
   * Builds the column's index in steps (yielding between them) for a background warm-up; a request
   * in between may build or patch indexes meanwhile. If the table changed before the end, the result
   * describes old rows and is dropped: the next get() builds afresh.
   */
  *buildInSteps(column: Column): Generator<void, void> {
    const kind = keyKindOf(column);
    if (kind === null || this.current(column, kind)) return;
    const version = this.rows.version;
    const keys = this.keysOf(column, kind);
    yield;
    const index = yield* buildColumnIndexInSteps(kind, keys, keys.length);
    if (this.rows.version === version && !this.current(column, kind)) this.entries.set(column.id, { kind, index });
  }

  /** The column's index if it is built and still fits the column; null otherwise. */
  private current(column: Column, kind: KeyKind): ColumnIndex | null {
    if (this.version !== this.rows.version) {
      this.entries.clear();
      this.many.clear();
    }
    this.version = this.rows.version;
    const entry = this.entries.get(column.id);
    if (!entry || entry.kind !== kind) return null;
    return entry.index.order === entry.index.wantedOrder() && !entry.index.isBloated() ? entry.index : null;
  }

  private keysOf(column: Column, kind: KeyKind): (string | number | undefined)[] {
    const values = this.rows.columnValues(column.id);
    const n = this.rows.size;
    const keys = new Array<string | number | undefined>(n);
    for (let i = 0; i < n; i++) keys[i] = cellKey(values[i], kind);
    return keys;
  }

  has(colId: string): boolean {
    return this.version === this.rows.version && this.entries.has(colId);
  }

  /** The table wrote these row indexes (new rows included); called before it bumps its version. */
  rowsChanged(rowIndexes: Iterable<number>): void {
    if (!this.inStep()) return;
    const touched = [...new Set(rowIndexes)];
    for (const [colId, { kind, index }] of this.entries) {
      const values = this.rows.columnValues(colId);
      index.patch(touched, (i) => cellKey(values[i], kind), this.rows.size);
    }
  }

  /** The table dropped these row indexes and closed the gaps. */
  rowsRemoved(gone: ReadonlySet<number>, oldSize: number): void {
    if (this.inStep()) for (const { index } of this.entries.values()) index.removeRows(gone, oldSize);
  }

  /** The table reordered its rows: new row i is old row order[i]. */
  rowsReordered(order: readonly number[]): void {
    if (this.inStep()) for (const { index } of this.entries.values()) index.reorderRows(order);
  }

  /** The table bumped its version from `before` after telling the indexes what changed. */
  follow(before: number): void {
    if (this.version === before) this.version = this.rows.version;
    else {
      this.entries.clear();
      this.many.clear();
    }
  }

  /** False (and the entries dropped) when the table changed without telling the indexes. */
  private inStep(): boolean {
    if (this.entries.size > 0 && this.version !== this.rows.version) {
      this.entries.clear();
      this.many.clear();
    }
    return this.entries.size > 0;
  }
}
