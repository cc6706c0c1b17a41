// Rows normalised for matching, page by page: each field holds its distinct prepared values once, and each row
// the indexes of its values side by side in one typed array, so a million rows build no per-row arrays and
// a compared row's fields sit in one cache line.
import { prepareFieldValue, type FieldValue } from './field-values.ts';
import type { MatchField, MatchKind } from './match-fields.ts';
import type { PreparedRow } from './scoring.ts';
import { ValueFeatures } from './value-features.ts';
import { FieldKeys } from './value-keys.ts';

export interface DedupRow {
  id: number;
  cells: Readonly<Record<string, unknown>>;
}

/** What comparing needs of prepared rows: per field, the distinct values and each row's value index. */
export interface PreparedColumns {
  readonly fields: readonly MatchField[];
  /** values[f][v]: a distinct prepared value of field f. */
  readonly values: readonly (readonly FieldValue[])[];
  /** cells[i * fields.length + f]: row i's index into values[f], -1 when the cell is empty. */
  readonly cells: Int32Array;
  readonly size: number;
  /** Per field, the values' keys as ids. */
  readonly keys: readonly FieldKeys[];
  /** Per field, what the pair weighers read of each value. */
  readonly features: readonly ValueFeatures[];
}

// A memo pays while values repeat (cities, owners, names); for phones or addresses, nearly all distinct,
// it would only hold every raw cell alive. After this many rows a field keeps its memo only if values repeat.
const MEMO_TRIAL = 4096;
// The kinds whose pair weighers compare key ids (field-weighers.ts); others' keys are never numbered.
const KEYED_KINDS: ReadonlySet<MatchKind> = new Set(['phone', 'email', 'company', 'person', 'givenName', 'surname']);
const MEMO_KEEP_RATIO = 0.75;

export class RowPreparer implements PreparedColumns {
  readonly ids: number[] = [];
  readonly values: FieldValue[][];
  // Numbered as each value is made, while its key is fresh in memory: later passes touch only integers.
  readonly keys: FieldKeys[];
  readonly features: ValueFeatures[];
  private slots: Int32Array;
  private count = 0;
  private readonly memos: (Map<unknown, number> | null)[];

  constructor(readonly fields: readonly MatchField[]) {
    this.values = fields.map(() => []);
    this.keys = fields.map((field) => new FieldKeys(KEYED_KINDS.has(field.kind)));
    this.features = fields.map((field) => new ValueFeatures(field.kind));
    this.slots = new Int32Array(1024 * Math.max(1, fields.length));
    this.memos = fields.map(() => new Map());
  }

  add(row: DedupRow): void {
    const i = this.count;
    const width = this.fields.length;
    if ((i + 1) * width > this.slots.length) this.slots = grow(this.slots);
    for (let f = 0; f < width; f++) this.slots[i * width + f] = this.valueIdOf(f, row.cells[this.fields[f]!.columnId]);
    this.ids.push(row.id);
    this.count = i + 1;
    if (this.count === MEMO_TRIAL) this.dropUnrepeatedMemos();
  }

  get size(): number {
    return this.count;
  }

  get cells(): Int32Array {
    return this.slots.subarray(0, this.count * this.fields.length);
  }

  /** Row i's prepared values, one per field (null when empty): the shape explanations work on. */
  row(i: number): PreparedRow {
    return this.fields.map((_, f) => {
      const v = this.slots[i * this.fields.length + f]!;
      return v < 0 ? null : this.values[f]![v]!;
    });
  }

  /** Every row as an array of values; for tests and small tables only. */
  get rows(): PreparedRow[] {
    return Array.from({ length: this.count }, (_, i) => this.row(i));
  }

  private valueIdOf(f: number, raw: unknown): number {
    if (raw === null || raw === undefined || raw === '') return -1;
    const memo = this.memos[f];
    const known = memo?.get(raw);
    if (known !== undefined) return known;
    const value = prepareFieldValue(this.fields[f]!.kind, raw);
    let id = -1;
    if (value) {
      id = this.values[f]!.push(value) - 1;
      this.keys[f]!.add(value.key);
      this.features[f]!.add(value);
    }
    if (memo && typeof raw !== 'object') memo.set(raw, id);
    return id;
  }

  private dropUnrepeatedMemos(): void {
    for (let f = 0; f < this.fields.length; f++) {
      if ((this.memos[f]?.size ?? 0) > MEMO_TRIAL * MEMO_KEEP_RATIO) this.memos[f] = null;
    }
  }
}

function grow(column: Int32Array): Int32Array {
  const bigger = new Int32Array(column.length * 2);
  bigger.set(column);
  return bigger;
}
