// An in-memory, column-oriented copy of one table's rows: what the query engine sorts and filters.

import type { CellValue, Row, RowId } from '../types.ts';
import { ColumnIndexes } from './column-indexes.ts';

export class ColumnarTable {
  ids: RowId[] = [];
  readonly columns = new Map<string, (CellValue | undefined)[]>();
  private readonly indexById = new Map<RowId, number>();
  /** Bumped on every change so cached query results know they are stale. */
  version = 0;
  /** Sorted dictionaries of the columns, patched below on every change. */
  readonly indexes: ColumnIndexes = new ColumnIndexes(this);

  get size(): number {
    return this.ids.length;
  }

  columnValues(colId: string): (CellValue | undefined)[] {
    let values = this.columns.get(colId);
    if (!values) {
      values = new Array(this.ids.length);
      this.columns.set(colId, values);
    }
    return values;
  }

  /** Adds or replaces rows, keeping storage order by id for new rows appended at the end. */
  upsert(rows: Iterable<Pick<Row, 'id' | 'cells'>>): void {
    let outOfOrder = false;
    const touched: number[] = [];
    for (const row of rows) {
      let index = this.indexById.get(row.id);
      if (index === undefined) {
        index = this.ids.length;
        if (index > 0 && row.id < this.ids[index - 1]!) outOfOrder = true;
        this.ids.push(row.id);
        this.indexById.set(row.id, index);
      }
      for (const [colId, values] of this.columns) {
        if (!(colId in row.cells)) values[index] = undefined;
      }
      for (const colId in row.cells) this.columnValues(colId)[index] = row.cells[colId];
      touched.push(index);
    }
    this.indexes.rowsChanged(touched);
    if (outOfOrder) this.sortById();
    this.bumpVersion();
  }

  private bumpVersion(): void {
    this.version++;
    this.indexes.follow(this.version - 1);
  }

  /** Restores id order after a row came back with an old id (undo of a delete). */
  private sortById(): void {
    const order = this.ids.map((_, i) => i).sort((a, b) => this.ids[a]! - this.ids[b]!);
    this.ids = order.map((i) => this.ids[i]!);
    for (const [colId, values] of this.columns) this.columns.set(colId, order.map((i) => values[i]));
    this.indexById.clear();
    this.ids.forEach((id, i) => this.indexById.set(id, i));
    this.indexes.rowsReordered(order);
  }

  remove(rowIds: Iterable<RowId>): void {
    const gone = new Set<number>();
    for (const id of rowIds) {
      const index = this.indexById.get(id);
      if (index !== undefined) gone.add(index);
    }
    if (gone.size === 0) return;
    this.indexes.rowsRemoved(gone, this.ids.length);
    // Not Array#filter: it skips the holes of a column first filled after its earlier rows, shifting cells.
    const kept: number[] = [];
    for (let i = 0; i < this.ids.length; i++) if (!gone.has(i)) kept.push(i);
    this.ids = kept.map((i) => this.ids[i]!);
    for (const [colId, values] of this.columns) this.columns.set(colId, kept.map((i) => values[i]));
    this.indexById.clear();
    this.ids.forEach((id, i) => this.indexById.set(id, i));
    this.bumpVersion();
  }

  indexOf(rowId: RowId): number | undefined {
    return this.indexById.get(rowId);
  }

  cellsAt(index: number, colIds: Iterable<string>): Record<string, CellValue> {
    const cells: Record<string, CellValue> = {};
    for (const colId of colIds) {
      const value = this.columns.get(colId)?.[index];
      if (value !== undefined && value !== null) cells[colId] = value;
    }
    return cells;
  }
}
