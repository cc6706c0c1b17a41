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

/** The textbook Jaro–Winkler, written plainly, as the reference both fast paths must equal. */
function referenceJaroWinkler(a: string, b: string): number {
  if (a === b) return a === '' ? 0 : 1;
  if (a === '' || b === '') return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const usedA: boolean[] = [];
  const usedB: boolean[] = [];
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j <= Math.min(b.length - 1, i + window); j++) {
      if (!usedB[j] && a[i] === b[j]) {
        usedA[i] = usedB[j] = true;
        m++;
        break;
      }
    }
  }
  if (m === 0) return 0;
  const matchedA = [...a].filter((_, i) => usedA[i]);
  const matchedB = [...b].filter((_, j) => usedB[j]);
  const t = matchedA.filter((c, k) => c !== matchedB[k]).length / 2;
  const jaro = (m / a.length + m / b.length + (m - t) / m) / 3;
  let prefix = 0;
  while (prefix < Math.min(4, a.length, b.length) && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

describe('jaroWinkler and jaroWinklerCodes', () => {
  it('rate strings short and long (both paths) exactly as the textbook definition', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '张', '伟', '玮', '科'), maxLength: 60 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const pool = new Uint16Array([...'xy', ...a, ...b].map((c) => c.charCodeAt(0)));
        const expected = referenceJaroWinkler(a, b);
        return Math.abs(jaroWinkler(a, b) - expected) < 1e-12 && Math.abs(jaroWinklerCodes(pool, 2, a.length, 2 + a.length, b.length) - expected) < 1e-12;
      }),
      { numRuns: 3000 },
    );
  });
});
