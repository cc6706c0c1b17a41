// Guesses each column's type from a sample of its values: 90 % must parse, else text (Grist's rule).

import type { ColumnType } from '../types.ts';
import { parseCheckbox } from './convert-checkbox.ts';
import { parseDate } from './convert-date.ts';
import { parseEmail } from './convert-email.ts';
import { hasListSeparator, splitList } from './convert-list.ts';
import { parseMoney } from './convert-money.ts';
import { isFaithfulNumber } from './convert-number.ts';
import { looksLikePhone } from './convert-phone.ts';

export const PARSE_THRESHOLD = 0.9;
export const DEFAULT_SAMPLE_SIZE = 1000;

const SELECT_MAX_DISTINCT = 20;
const SELECT_MAX_LENGTH = 30;
const LIST_MIN_SHARE = 0.3;
const LONG_TEXT_AVERAGE = 50;
const LONG_TEXT_MAX = 200;

/** The type whose parser accepts at least 90 % of the non-empty values; text when none does. */
export function detectColumnType(values: readonly string[]): ColumnType {
  const sample = values.map((v) => v.trim()).filter((v) => v !== '');
  const n = sample.length;
  if (n === 0) return 'text';
  const enough = (count: number) => count >= n * PARSE_THRESHOLD;

  // '1'/'0' alone is a number; a checkbox needs a yes/no word or mark.
  if (enough(count(sample, (v) => parseCheckbox(v) !== null)) && sample.some((v) => v !== '0' && v !== '1')) {
    return 'checkbox';
  }
  if (enough(count(sample, (v) => parseEmail(v) !== null))) return 'email';
  if (enough(count(sample, looksLikePhone))) return 'phone';
  if (enough(count(sample, (v) => parseDate(v) !== null))) return 'date';
  let marked = 0;
  const moneyOk = count(sample, (v) => {
    const m = parseMoney(v);
    if (m?.marked) marked++;
    return m !== null && (m.marked || isFaithfulNumber(v));
  });
  if (marked > 0 && enough(moneyOk)) return 'money';
  if (enough(count(sample, isFaithfulNumber))) return 'number';
  if (looksLikeList(sample)) return 'multiSelect';
  if (looksLikeChoice(sample)) return 'select';
  if (looksLong(sample)) return 'longText';
  return 'text';
}

/** Per column of a rows-by-columns table, from at most `sampleSize` rows spread over the table. */
export function detectColumnTypes(rows: readonly (readonly string[])[], width: number, sampleSize = DEFAULT_SAMPLE_SIZE): ColumnType[] {
  const step = Math.max(1, Math.ceil(rows.length / sampleSize));
  const columns: string[][] = Array.from({ length: width }, () => []);
  for (let r = 0; r < rows.length; r += step) {
    const row = rows[r] as readonly string[];
    for (let c = 0; c < width; c++) columns[c]?.push(row[c] ?? '');
  }
  return columns.map(detectColumnType);
}

function count(values: readonly string[], test: (v: string) => boolean): number {
  let k = 0;
  for (const v of values) if (test(v)) k++;
  return k;
}

/** Tags: a good share of cells hold several items, and the items repeat across cells. */
function looksLikeList(sample: readonly string[]): boolean {
  let withSeparator = 0;
  let items = 0;
  const distinct = new Set<string>();
  for (const v of sample) {
    if (!hasListSeparator(v)) {
      items++;
      distinct.add(v);
      continue;
    }
    withSeparator++;
    for (const item of splitList(v)) {
      if (item.length > SELECT_MAX_LENGTH) return false;
      items++;
      distinct.add(item);
    }
  }
  return withSeparator >= sample.length * LIST_MIN_SHARE && distinct.size * 2 <= items;
}

/** A few short values, each seen at least twice on average. */
function looksLikeChoice(sample: readonly string[]): boolean {
  const distinct = new Set<string>();
  for (const v of sample) {
    if (v.length > SELECT_MAX_LENGTH || v.includes('\n')) return false;
    distinct.add(v);
    if (distinct.size > SELECT_MAX_DISTINCT) return false;
  }
  return distinct.size * 2 <= sample.length && sample.length >= 4;
}

function looksLong(sample: readonly string[]): boolean {
  let total = 0;
  for (const v of sample) {
    if (v.includes('\n') || v.length > LONG_TEXT_MAX) return true;
    total += v.length;
  }
  return total / sample.length > LONG_TEXT_AVERAGE;
}
