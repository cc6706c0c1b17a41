// Rows normalised for matching, page by page: each distinct cell value of a field is prepared once.
import { prepareFieldValue, type FieldValue } from './field-values.ts';
import type { MatchField } from './match-fields.ts';
import type { PreparedRow } from './scoring.ts';

export interface DedupRow {
  id: number;
  cells: Readonly<Record<string, unknown>>;
}

export class RowPreparer {
  /** ids[i] and rows[i]: a row's id and its prepared values, one per field (null when empty). */
  readonly ids: number[] = [];
  readonly rows: PreparedRow[] = [];
  // Values repeat (cities, owners, common names, one company's many contacts): a memo per field.
  private readonly memos: Map<unknown, FieldValue | null>[];

  constructor(readonly fields: readonly MatchField[]) {
    this.memos = fields.map(() => new Map());
  }

  add(row: DedupRow): void {
    const prepared: (FieldValue | null)[] = new Array(this.fields.length);
    for (let f = 0; f < this.fields.length; f++) {
      const field = this.fields[f]!;
      const raw = row.cells[field.columnId];
      const memo = this.memos[f]!;
      let value = memo.get(raw);
      if (value === undefined) {
        value = prepareFieldValue(field.kind, raw);
        if (typeof raw !== 'object') memo.set(raw, value);
      }
      prepared[f] = value;
    }
    this.ids.push(row.id);
    this.rows.push(prepared);
  }

  get size(): number {
    return this.rows.length;
  }
}
