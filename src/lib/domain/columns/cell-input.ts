// Turns text typed or pasted into a cell into the value its column type stores.

import type { CellValue, Column } from '../types.ts';

const TAG_SEPARATORS = /[,，、;；|]/;

/** null means an empty cell. Text that does not fit the type is kept as typed, to be flagged, never lost. */
export function parseCellInput(text: string, column: Pick<Column, 'type'>): CellValue {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  switch (column.type) {
    case 'number':
    case 'money': {
      const n = Number(trimmed.replace(/[,，¥￥\s元]/g, ''));
      return Number.isFinite(n) ? n : trimmed;
    }
    case 'checkbox':
      return /^(true|1|yes|y|是|✓|√|x)$/i.test(trimmed);
    case 'multiSelect':
      return [...new Set(trimmed.split(TAG_SEPARATORS).map((t) => t.trim()).filter(Boolean))];
    case 'link': {
      const id = Number(trimmed);
      return Number.isInteger(id) ? id : trimmed;
    }
    case 'longText':
      return text;
    default:
      return trimmed;
  }
}
