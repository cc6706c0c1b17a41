// What the import wizard shows before anything is written: shape, encoding, first rows, guessed types and mapping.

import type { Column, ColumnType } from '../types.ts';
import { detectColumnTypes } from './detect-types.ts';
import { mapHeadersToColumns, type HeaderMapping } from './header-synonyms.ts';
import { scanTable, type ReadTableOptions, type TableInfo } from './read-table.ts';

export const PREVIEW_ROWS = 100;
const SAMPLE_HEAD_ROWS = 1000;
const SAMPLE_EXTRA_ROWS = 2000;
const SAMPLE_STRIDE = 97;

export interface PreviewOptions extends ReadTableOptions {
  /** Existing columns to map onto; an empty table when absent. */
  columns?: readonly Column[];
}

export interface ImportPreview extends TableInfo {
  /** The first 100 data rows. */
  rows: string[][];
  /** Per header, the type guessed from a sample of values (a known header's type wins when the data agrees). */
  columnTypes: ColumnType[];
  mapping: HeaderMapping[];
}

export function previewImport(bytes: Uint8Array, fileName: string, options: PreviewOptions = {}): ImportPreview {
  const head: string[][] = [];
  const sample: string[][] = [];
  let seen = 0;
  const info = scanTable(bytes, fileName, { ...options, onRows: undefined }, (rows) => {
    for (const row of rows) {
      if (head.length < PREVIEW_ROWS) head.push(row);
      // The first rows, then every 97th: types are judged on more than the top of the file.
      if (seen < SAMPLE_HEAD_ROWS || (seen % SAMPLE_STRIDE === 0 && sample.length < SAMPLE_HEAD_ROWS + SAMPLE_EXTRA_ROWS)) sample.push(row);
      seen++;
    }
    return true;
  });
  const mapping = mapHeadersToColumns(info.headers, options.columns ?? []);
  const detected = detectColumnTypes(sample, info.headers.length, sample.length);
  const columnTypes = detected.map((type, i) => preferHeaderType(type, mapping[i]?.suggestedType ?? null));
  return { ...info, rows: head, columnTypes, mapping };
}

/**
 * The data decides, except where a known header names a kind of text the data alone cannot tell:
 * a 手机 column of landlines, a 等级 column with few rows.
 */
function preferHeaderType(detected: ColumnType, fromHeader: ColumnType | null): ColumnType {
  if (fromHeader === null || detected === fromHeader) return detected;
  if (detected === 'text' || detected === 'select') {
    if (fromHeader === 'phone' || fromHeader === 'select' || fromHeader === 'multiSelect') return fromHeader;
  }
  if (detected === 'number' && (fromHeader === 'money' || fromHeader === 'phone')) return fromHeader;
  return detected;
}
