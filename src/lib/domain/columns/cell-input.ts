// Turns text typed or pasted into a cell into the value its column type stores: the importer's
// conversion (one place for each format), keeping text that does not fit as typed, to be flagged.

import { convertCell } from '../import/convert-cell.ts';
import type { CellValue, Column } from '../types.ts';

/** null means an empty cell. Link cells take a row id here; names are resolved by the caller. */
export function parseCellInput(text: string, column: Pick<Column, 'type'>): CellValue {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (column.type === 'link') {
    const id = Number(trimmed);
    return Number.isInteger(id) ? id : trimmed;
  }
  const converted = convertCell(trimmed, column.type);
  return converted.ok ? converted.value : trimmed;
}
