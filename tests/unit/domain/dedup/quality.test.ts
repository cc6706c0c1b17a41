// Duplicate-detection quality on FEBRL and on a generated messy Chinese sheet: pairwise P/R/F1, printed
// for the README, with a floor just under what the model reaches.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../../../src/lib/domain/dedup/find-duplicates.ts';
import { pickMatchFields } from '../../../../src/lib/domain/dedup/match-fields.ts';
import { FEBRL_DIR, readFebrl } from './febrl-data.ts';
import { generateMessySheet, SHEET_HEADERS } from './messy-customer-sheet.ts';
import { formatQuality, pairwiseQuality } from './pairwise-quality.ts';

const THRESHOLD = 0.5;
const F1_FLOOR = 0.99;
const febrlFiles = ['dataset1.csv', 'dataset2.csv', 'dataset3.csv'];
const febrlF1: number[] = [];

describe('duplicate detection quality', () => {
  it.each(febrlFiles)('finds the duplicates of FEBRL %s with F1 of at least 0.99', (file) => {
    expect(existsSync(path.join(FEBRL_DIR, file)), `missing ${FEBRL_DIR}/${file}`).toBe(true);
    const data = readFebrl(file);
    const fields = pickMatchFields(data.headers.map((name, i) => ({ id: String(i), name, type: 'text' })));
    expect(fields.map((f) => f.columnId)).not.toContain('0');
    const { clusters } = findDuplicates(data.rows, fields, { threshold: THRESHOLD });
    const quality = pairwiseQuality(clusters.map((c) => c.rowIds), data.entityOf);
    console.log(formatQuality(`FEBRL ${file}`, quality));
    febrlF1.push(quality.f1);
    expect(quality.f1).toBeGreaterThanOrEqual(F1_FLOOR);
  });

  it('finds the duplicates of a messy Chinese customer sheet at least as well as FEBRL', () => {
    const sheet = generateMessySheet({ seed: 20240611, customers: 3000 });
    const fields = pickMatchFields(SHEET_HEADERS.map((name) => ({ id: name, name, type: 'text' })));
    const { clusters } = findDuplicates(sheet.rows, fields, { threshold: THRESHOLD });
    const quality = pairwiseQuality(clusters.map((c) => c.rowIds), sheet.entityOf);
    console.log(formatQuality(`messy Chinese sheet (${sheet.rows.length} rows)`, quality));
    expect(quality.truePairs).toBeGreaterThan(1000);
    expect(quality.f1).toBeGreaterThanOrEqual(Math.min(F1_FLOOR, ...febrlF1));
  });
});
