// Finds the existing row an imported row updates, by the key column's normalised value, and what would change.

import { rowPages } from '../db/row-pages.ts';
import type { KedangDb } from '../db/schema.ts';
import type { CellValue, Column, RowId } from '../domain/types.ts';

const PAGE = 20_000;

export type UpsertMatch =
  | { kind: 'new' }
  | { kind: 'unchanged'; rowId: RowId }
  | { kind: 'update'; rowId: RowId; cells: Record<string, CellValue> };

/** Decides, row by row, whether an imported row is new or updates an existing one. */
export interface RowMatcher {
  match(cells: Record<string, CellValue>): UpsertMatch;
}

/** Keys compare trimmed and case-folded; phone numbers by their digits, so '138-0000-0001' finds '13800000001'. */
export function keyText(value: CellValue | undefined, type: Column['type']): string | null {
  if (value === null || value === undefined) return null;
  const text = (Array.isArray(value) ? value.join(',') : String(value)).trim();
  const key = type === 'phone' ? phoneDigits(text) : text.toLowerCase();
  return key === '' ? null : key;
}

/** A mainland number with or without its +86 is the same number. */
function phoneDigits(text: string): string {
  const digits = text.replace(/\D/g, '');
  return digits.length === 13 && digits.startsWith('861') ? digits.slice(2) : digits;
}

export function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

export class UpsertIndex implements RowMatcher {
  private constructor(
    private readonly key: Column,
    private readonly rows: Map<string, { id: RowId; cells: Record<string, CellValue> }>,
  ) {}

  static async load(db: KedangDb, tableId: string, key: Column): Promise<UpsertIndex> {
    const rows = new Map<string, { id: RowId; cells: Record<string, CellValue> }>();
    for await (const page of rowPages(db, tableId, PAGE)) {
      for (const row of page) {
        const k = keyText(row.cells[key.id], key.type);
        // The first row with a key wins, as a person scanning the table from the top would pick it.
        if (k !== null && !rows.has(k)) rows.set(k, { id: row.id, cells: row.cells });
      }
    }
    return new UpsertIndex(key, rows);
  }

  /** Empty imported cells leave the stored value alone: a shorter sheet never wipes data. */
  match(cells: Record<string, CellValue>): UpsertMatch {
    const k = keyText(cells[this.key.id], this.key.type);
    const existing = k === null ? undefined : this.rows.get(k);
    if (!existing) return { kind: 'new' };
    const changed: Record<string, CellValue> = {};
    let any = false;
    for (const columnId of Object.keys(cells)) {
      if (columnId === this.key.id || sameValue(cells[columnId], existing.cells[columnId])) continue;
      changed[columnId] = cells[columnId]!;
      any = true;
    }
    return any ? { kind: 'update', rowId: existing.id, cells: changed } : { kind: 'unchanged', rowId: existing.id };
  }
}
