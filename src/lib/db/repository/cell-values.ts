// Cell values as stored: empty values are absent, never '' or [] or null.

import type { CellValue } from '../../domain/types.ts';

export function isEmptyCell(value: CellValue | undefined): value is null | undefined {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'number' && Number.isNaN(value);
}

export function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (isEmptyCell(a) || isEmptyCell(b)) return isEmptyCell(a) && isEmptyCell(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/** The value as it is stored (a copy for arrays), or null when the cell is empty. */
export function storedCell(value: CellValue | undefined): CellValue {
  if (isEmptyCell(value)) return null;
  return Array.isArray(value) ? [...value] : value;
}

/**
 * Cells from user input with empty values left out. Built without a prototype so a column id such as
 * '__proto__' stays data, then copied into a plain object that IndexedDB stores like any other.
 */
export function sanitiseCells(input: Record<string, CellValue | undefined>): Record<string, CellValue> {
  const clean = Object.create(null) as Record<string, CellValue>;
  for (const key of Object.keys(input)) {
    const value = storedCell(input[key]);
    if (value !== null) clean[key] = value;
  }
  return { ...clean };
}

/** Writes `value` into `cells` in place: deletes the key for an empty value. */
export function writeCell(cells: Record<string, CellValue>, columnId: string, value: CellValue | undefined): void {
  const stored = storedCell(value);
  if (stored === null) delete cells[columnId];
  // An assignment to '__proto__' would change the prototype instead of storing the value.
  else if (columnId === '__proto__') Object.defineProperty(cells, columnId, { value: stored, writable: true, enumerable: true, configurable: true });
  else cells[columnId] = stored;
}
