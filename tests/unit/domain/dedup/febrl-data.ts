// Reads a FEBRL CSV from the shared data folder beside the repository into rows and truth labels.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { DedupRow } from '../../../../src/lib/domain/dedup/find-duplicates.ts';

export const FEBRL_DIR = path.resolve(import.meta.dirname, '../../../../../shared/data/febrl');

export interface FebrlData {
  headers: string[];
  rows: DedupRow[];
  entityOf: Map<number, string>;
}

export function readFebrl(fileName: string): FebrlData {
  const text = readFileSync(path.join(FEBRL_DIR, fileName), 'utf8');
  const parsed = Papa.parse<string[]>(text.trim(), { header: false, dynamicTyping: false, skipEmptyLines: true });
  const [headerRow, ...dataRows] = parsed.data;
  const headers = (headerRow ?? []).map((h) => h.trim());
  const rows: DedupRow[] = [];
  const entityOf = new Map<number, string>();
  dataRows.forEach((values, index) => {
    const id = index + 1;
    const cells: Record<string, string> = {};
    values.forEach((value, column) => {
      const trimmed = value.trim();
      if (trimmed !== '') cells[String(column)] = trimmed;
    });
    rows.push({ id, cells });
    entityOf.set(id, /^rec-(\d+)-/.exec(cells['0'] ?? '')?.[1] ?? `unknown-${id}`);
  });
  return { headers, rows, entityOf };
}
