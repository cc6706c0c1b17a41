// How a stored cell value is written as text in an export.

import type { CellValue } from '../types.ts';

export interface CellTextOptions {
  /** Joins the items of a multiSelect cell. */
  listSeparator?: string;
  /** How checkbox cells are written. */
  booleanText?: readonly [string, string];
}

export const DEFAULT_LIST_SEPARATOR = '、';
const DEFAULT_BOOLEAN_TEXT: readonly [string, string] = ['TRUE', 'FALSE'];

export function cellValueText(value: CellValue | undefined, options: CellTextOptions = {}): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(Number(value.toPrecision(15))) : '';
  if (typeof value === 'boolean') {
    const [yes, no] = options.booleanText ?? DEFAULT_BOOLEAN_TEXT;
    return value ? yes : no;
  }
  return value.join(options.listSeparator ?? DEFAULT_LIST_SEPARATOR);
}
