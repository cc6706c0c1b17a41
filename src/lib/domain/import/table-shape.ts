// The shape of a raw table: which row is the header, unique header names, and one width for every row.

import { isFaithfulNumber } from './convert-number.ts';
import { parseDate } from './convert-date.ts';
import { problem, type ImportProblem } from './problems.ts';

export const HEADER_SCAN_ROWS = 20;
const HEADER_MIN_FILLED = 0.5;
const HEADER_MIN_TEXT = 0.7;

/** Index of the last non-empty cell + 1. */
export function usedWidth(row: readonly string[]): number {
  let w = row.length;
  while (w > 0 && (row[w - 1] ?? '').trim() === '') w--;
  return w;
}

/**
 * The first row that looks like a header: at least half as wide as the table, mostly text
 * (not numbers or dates) and without repeats. A title line above the header is skipped; 0 when none qualifies.
 */
export function detectHeaderRow(rows: readonly (readonly string[])[]): number {
  const scan = rows.slice(0, HEADER_SCAN_ROWS);
  const width = Math.max(0, ...scan.map(usedWidth));
  if (width === 0) return 0;
  for (let r = 0; r < scan.length; r++) if (looksLikeHeader(scan[r] as readonly string[], width)) return r;
  return 0;
}

function looksLikeHeader(row: readonly string[], width: number): boolean {
  const filled = row.slice(0, width).map((c) => c.trim()).filter((c) => c !== '');
  if (filled.length === 0 || filled.length < width * HEADER_MIN_FILLED) return false;
  const text = filled.filter((c) => !isFaithfulNumber(c) && parseDate(c) === null).length;
  return text >= filled.length * HEADER_MIN_TEXT && new Set(filled).size === filled.length;
}

/**
 * Empty headers become '列N' (N the 1-based column), repeats become 'name (2)', 'name (3)';
 * each rename is reported. Generated names never collide with names in the file.
 */
export function uniqueHeaders(raw: readonly string[], width: number): { headers: string[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const cleaned = Array.from({ length: width }, (_, i) => (raw[i] ?? '').replace(/^\ufeff/, '').trim());
  const taken = new Set(cleaned.filter((h) => h !== ''));
  const seen = new Set<string>();
  const headers = cleaned.map((h, i) => {
    if (h === '') {
      const name = freeName(`列${i + 1}`, taken);
      problems.push(problem('header-empty', { column: name, limit: i + 1 }));
      return name;
    }
    if (!seen.has(h)) {
      seen.add(h);
      return h;
    }
    let k = 2;
    while (taken.has(`${h} (${k})`)) k++;
    const name = `${h} (${k})`;
    taken.add(name);
    problems.push(problem('header-duplicate', { column: name, value: h, limit: i + 1 }));
    return name;
  });
  return { headers, problems };
}

function freeName(base: string, taken: Set<string>): string {
  let name = base;
  let k = 2;
  while (taken.has(name)) name = `${base} (${k++})`;
  taken.add(name);
  return name;
}
