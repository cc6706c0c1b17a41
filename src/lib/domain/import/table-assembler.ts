// Turns raw rows into a table: finds the header, fixes one width, pads or cuts ragged rows, numbers problems.

import { problem } from './problems.ts';
import { ProblemList } from './problem-list.ts';
import { detectHeaderRow, uniqueHeaders, usedWidth } from './table-shape.ts';

/** Rows gathered before the header and width are decided. */
export const SHAPE_BUFFER_ROWS = 1000;

export interface AssemblerOptions {
  /** 0-based index of the header among the non-empty raw rows; detected when absent. */
  headerRow?: number;
  /** Warn about short rows too (text files); workbook rows simply end at their last cell. */
  warnShortRows: boolean;
  maxRows: number;
}

/** Receives data rows; `firstRow` is the 1-based data-row number of rows[0]. Returns false to stop. */
export type DataBatchHandler = (rows: string[][], firstRow: number) => boolean;

export class TableAssembler {
  readonly problems = new ProblemList();
  headerRowIndex = -1;
  headers: string[] = [];
  rowCount = 0;
  stopped = false;
  private buffer: string[][] = [];
  private width = 0;

  constructor(
    private readonly options: AssemblerOptions,
    private readonly onData: DataBatchHandler,
  ) {}

  /** Returns false once reading should stop. */
  push(rows: string[][]): boolean {
    if (this.stopped) return false;
    if (this.headerRowIndex < 0) {
      for (const r of rows) this.buffer.push(r);
      if (this.buffer.length < SHAPE_BUFFER_ROWS) return true;
      if (!this.decideShape()) return false;
      const buffered = this.buffer.slice(this.headerRowIndex + 1);
      this.buffer = [];
      return this.emit(buffered);
    }
    return this.emit(rows);
  }

  /** Call once after the last batch: a table shorter than the buffer is shaped here. */
  finish(): void {
    if (this.headerRowIndex >= 0 || this.stopped) return;
    if (!this.decideShape()) return;
    const buffered = this.buffer.slice(this.headerRowIndex + 1);
    this.buffer = [];
    this.emit(buffered);
  }

  /** The data-row number (1-based) of a raw row index, or null for rows at or above the header. */
  dataRowOf(rawRow: number): number | null {
    return rawRow > this.headerRowIndex ? rawRow - this.headerRowIndex : null;
  }

  private decideShape(): boolean {
    const index = this.options.headerRow ?? detectHeaderRow(this.buffer);
    if (index < 0 || (index > 0 && index >= this.buffer.length)) {
      this.problems.add(problem('header-row-out-of-range', { limit: this.buffer.length }));
      this.stopped = true;
      return false;
    }
    this.headerRowIndex = index;
    const header = this.buffer[index] ?? [];
    // Data reaching past the last named column gets generated headers rather than being cut off.
    let width = usedWidth(header);
    const end = Math.min(this.buffer.length, index + 1 + SHAPE_BUFFER_ROWS);
    for (let r = index + 1; r < end; r++) width = Math.max(width, usedWidth(this.buffer[r] as string[]));
    this.width = width;
    const named = uniqueHeaders(header, width);
    this.headers = named.headers;
    this.problems.addAll(named.problems);
    return true;
  }

  private emit(rows: string[][]): boolean {
    const first = this.rowCount + 1;
    const width = this.width;
    let kept = rows;
    if (this.rowCount + rows.length > this.options.maxRows) {
      kept = rows.slice(0, Math.max(0, this.options.maxRows - this.rowCount));
      this.problems.add(problem('too-many-rows', { limit: this.options.maxRows }));
      this.stopped = true;
    }
    for (let i = 0; i < kept.length; i++) {
      const row = kept[i] as string[];
      if (row.length !== width) kept[i] = this.fit(row, first + i);
    }
    this.rowCount += kept.length;
    const goOn = kept.length === 0 || this.onData(kept, first);
    if (!goOn) this.stopped = true;
    return !this.stopped;
  }

  private fit(row: string[], rowNumber: number): string[] {
    const width = this.width;
    if (row.length < width) {
      if (this.options.warnShortRows) this.problems.add(problem('ragged-row', { row: rowNumber, limit: row.length }));
      const padded = row.slice();
      for (let c = row.length; c < width; c++) padded.push('');
      return padded;
    }
    const extra = row.slice(width);
    if (extra.some((c) => c.trim() !== '')) {
      this.problems.add(problem('ragged-row', { row: rowNumber, limit: row.length, value: extra.join(',').slice(0, 200) }));
    }
    return row.slice(0, width);
  }
}
