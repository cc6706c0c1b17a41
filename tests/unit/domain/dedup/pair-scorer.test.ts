import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparableColumns } from '../../../../src/lib/domain/dedup/column-fields.ts';
import { jaroWinkler, jaroWinklerCodes } from '../../../../src/lib/domain/dedup/jaro-winkler.ts';
import { pickMatchFields } from '../../../../src/lib/domain/dedup/match-fields.ts';
import { createPairScorer } from '../../../../src/lib/domain/dedup/pair-scorer.ts';
import { RowPreparer } from '../../../../src/lib/domain/dedup/prepared-rows.ts';
import { buildRankedCandidates, buildRowCandidates } from '../../../../src/lib/domain/dedup/row-candidates.ts';
import { buildScoringModel, pairWeight } from '../../../../src/lib/domain/dedup/scoring.ts';
import { DEFAULT_BLOCKING } from '../../../../src/lib/domain/dedup/blocking.ts';
import { CUSTOMER_COLUMNS, generateCustomerRows } from '../../../../src/lib/domain/demo/index.ts';
import { generateMessySheet, SHEET_HEADERS } from './messy-customer-sheet.ts';

function customers(count: number): RowPreparer {
  const fields = pickMatchFields(comparableColumns(CUSTOMER_COLUMNS.map((c) => ({ ...c, tableId: 't', order: 0 }))));
  const preparer = new RowPreparer(fields);
  [...generateCustomerRows(count, 7)].forEach((cells, i) => preparer.add({ id: i + 1, cells }));
  return preparer;
}

function messySheet(): RowPreparer {
  const sheet = generateMessySheet({ seed: 5, customers: 600 });
  const preparer = new RowPreparer(pickMatchFields(SHEET_HEADERS.map((name) => ({ id: name, name, type: 'text' }))));
  for (const row of sheet.rows) preparer.add(row);
  return preparer;
}

function candidatePairs(preparer: RowPreparer): [number, number][] {
  const index = buildRowCandidates(preparer, DEFAULT_BLOCKING);
  const pairs: [number, number][] = [];
  for (let i = 0; i < preparer.size; i++) index.forEachCandidate(i, (j) => pairs.push([i, j]));
  return pairs;
}

describe('createPairScorer', () => {
  it.each([
    ['generated customers', customers(3000)],
    ['the messy Chinese sheet', messySheet()],
  ])('weighs every candidate pair of %s exactly as the row-by-row pairWeight does', (_name, preparer) => {
    const model = buildScoringModel(preparer.fields);
    const scorer = createPairScorer(model, preparer);
    const pairs = candidatePairs(preparer);
    expect(pairs.length).toBeGreaterThan(1000);
    const differing = pairs.filter(([i, j]) => scorer.weight(i, j) !== pairWeight(model, preparer.row(i), preparer.row(j)));
    expect(differing).toEqual([]);
  });
});

describe('buildRankedCandidates', () => {
  it('proposes the same pairs in rank layout as in row order', () => {
    const preparer = customers(3000);
    const inRowOrder = candidatePairs(preparer).map(([i, j]) => `${i}-${j}`);
    const { rowAt, index } = buildRankedCandidates(preparer, DEFAULT_BLOCKING);
    const ranked: string[] = [];
    for (let r = 0; r < preparer.size; r++) {
      index.forEachCandidate(r, (s) => ranked.push(`${Math.min(rowAt[r]!, rowAt[s]!)}-${Math.max(rowAt[r]!, rowAt[s]!)}`));
    }
    expect(ranked.sort()).toEqual(inRowOrder.sort());
  });
});

describe('jaroWinklerCodes', () => {
  it('rates two runs of a code-unit pool exactly as jaroWinkler rates the strings', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '张', '伟', '玮', '科'), maxLength: 40 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const pool = new Uint16Array([...a, ...b].map((c) => c.charCodeAt(0)));
        return Object.is(jaroWinklerCodes(pool, 0, a.length, a.length, b.length), jaroWinkler(a, b));
      }),
      { numRuns: 3000 },
    );
  });
});
