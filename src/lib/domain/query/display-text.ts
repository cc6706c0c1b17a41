// How a stored cell reads as text: for search, text filters, sorting text and copying to the clipboard.

import type { CellValue, ColumnType } from '../types.ts';

export type LinkLabels = (rowId: number) => string | undefined;

export function cellDisplayText(value: CellValue | undefined, type: ColumnType, linkLabel?: LinkLabels): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (type === 'link' && typeof value === 'number') return linkLabel?.(value) ?? '';
  if (type === 'checkbox') return value ? '✓' : '';
  return String(value);
}
