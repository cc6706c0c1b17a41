// Turns the raw strings of one source row into the cells of the target table, per the plan's column types.

import { convertCell, type ConvertResult } from '../domain/import/convert-cell.ts';
import type { CellValue, ColumnType } from '../domain/types.ts';
import { isEmptyCell } from '../db/repository/cell-values.ts';
import type { ProblemLog } from './problem-log.ts';

/** The target column of one source column. */
export interface TargetColumn {
  id: string;
  name: string;
  type: ColumnType;
}

export interface ConvertedRow {
  cells: Record<string, CellValue>;
  /** At least one cell did not convert. */
  flawed: boolean;
}

/** Distinct raw values remembered per column; past this, a column that rarely repeats stops being remembered. */
const MEMO_PROBE = 4096;

/**
 * Conversions already done in one column, by raw text: sheets repeat cities, levels, dates and owners on most rows,
 * so most cells of such columns convert by one Map lookup. A column whose values rarely repeat (phones, e-mails)
 * turns its memo off after MEMO_PROBE distinct values, so memory stays bounded.
 */
class ColumnMemo {
  private readonly seen = new Map<string, ConvertResult>();
  private hits = 0;
  private on = true;

  get(text: string): ConvertResult | undefined {
    if (!this.on) return undefined;
    const found = this.seen.get(text);
    if (found) this.hits++;
    return found;
  }

  set(text: string, result: ConvertResult): void {
    if (!this.on) return;
    this.seen.set(text, result);
    if (this.seen.size >= MEMO_PROBE && this.hits < this.seen.size) {
      this.on = false;
      this.seen.clear();
    }
  }
}

export class RowConverter {
  /** Distinct values seen per select column, to offer as choices of a new column. */
  readonly choices = new Map<string, Set<string>>();
  private readonly memos: ColumnMemo[];

  constructor(
    private readonly targets: readonly (TargetColumn | null)[],
    private readonly headers: readonly string[],
    private readonly problems: ProblemLog,
    private readonly onlyValid: boolean,
  ) {
    for (const t of targets) if (t && (t.type === 'select' || t.type === 'multiSelect')) this.choices.set(t.id, new Set());
    this.memos = targets.map(() => new ColumnMemo());
  }

  /** `rowNumber` is the 1-based data row, as problems name it. */
  convert(raw: readonly string[], rowNumber: number): ConvertedRow {
    // A plain object with empty values left out, as the rows store keeps cells: written as it is, never copied again.
    const cells: Record<string, CellValue> = {};
    let flawed = false;
    for (let c = 0; c < this.targets.length; c++) {
      const target = this.targets[c];
      if (!target) continue;
      const text = raw[c] ?? '';
      const memo = this.memos[c]!;
      const known = memo.get(text);
      const result = known ?? convertCell(text, target.type);
      if (!known) memo.set(text, result);
      if (result.ok) {
        if (isEmptyCell(result.value)) continue;
        // Lists are copied: every row owns its cell values.
        setCell(cells, target.id, known && Array.isArray(result.value) ? result.value.slice() : result.value);
        if (!known) this.noteChoice(target.id, result.value);
      } else {
        flawed = true;
        const severity = this.onlyValid ? 'error' : 'warning';
        this.problems.add({ code: result.code, severity, row: rowNumber, column: this.headers[c] ?? target.name, value: text });
        // Kept rows hold what the file said, so nothing typed in the source is lost.
        if (!this.onlyValid) setCell(cells, target.id, text.trim());
      }
    }
    return { cells, flawed };
  }

  private noteChoice(columnId: string, value: CellValue): void {
    const seen = this.choices.get(columnId);
    if (!seen) return;
    if (Array.isArray(value)) value.forEach((v) => seen.add(v));
    else if (typeof value === 'string') seen.add(value);
  }
}

/** An assignment to '__proto__' would change the prototype instead of storing the value. */
function setCell(cells: Record<string, CellValue>, columnId: string, value: CellValue): void {
  if (columnId === '__proto__') Object.defineProperty(cells, columnId, { value, writable: true, enumerable: true, configurable: true });
  else cells[columnId] = value;
}
