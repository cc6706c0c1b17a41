import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CUSTOMER_COLUMNS, generateCustomerChunks, generateCustomerRows } from '../../../../src/lib/domain/demo/index.ts';
import type { CellValue } from '../../../../src/lib/domain/types.ts';

const hashOf = (rows: Iterable<Record<string, CellValue>>): string => {
  const hash = createHash('sha256');
  for (const row of rows) hash.update(JSON.stringify(row));
  return hash.digest('hex');
};

describe('the benchmark customer stream', () => {
  it('yields exactly as many rows as asked, with the demo customer columns only', () => {
    const ids = new Set(CUSTOMER_COLUMNS.map((c) => c.id));
    const rows = [...generateCustomerRows(5000, 1)];
    expect(rows).toHaveLength(5000);
    for (const row of rows) {
      expect(typeof row.c_company).toBe('string');
      for (const [id, value] of Object.entries(row)) {
        expect(ids.has(id), id).toBe(true);
        expect(value === '' || value === null || (Array.isArray(value) && value.length === 0)).toBe(false);
      }
    }
  });

  it('carries the same kinds of mess: empty cells, aliases, retyped duplicates', () => {
    const rows = [...generateCustomerRows(5000, 1)];
    const cities = new Set(CUSTOMER_COLUMNS.find((c) => c.id === 'c_city')?.choices);
    expect(rows.filter((r) => !('c_email' in r)).length).toBeGreaterThan(100);
    expect(rows.filter((r) => !cities.has(r.c_city as string)).length).toBeGreaterThan(50);
    expect(rows.filter((r) => String(r.c_mobile).startsWith('+86')).length).toBeGreaterThan(5);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(hashOf(generateCustomerRows(2000, 5))).toBe(hashOf(generateCustomerRows(2000, 5)));
    expect(hashOf(generateCustomerRows(2000, 5))).not.toBe(hashOf(generateCustomerRows(2000, 6)));
  });

  it('creates customers roughly in date order across the three years', () => {
    const dates = [...generateCustomerRows(3000, 2)].map((r) => r.c_created as string);
    expect(dates[0]! < '2024-01-01').toBe(true);
    expect(dates.at(-1)! > '2026-10-01').toBe(true);
    expect(dates[1500]! > '2025-01-01' && dates[1500]! < '2025-12-31').toBe(true);
  });

  it('hands the same rows over in chunks, waiting for each chunk to be taken', async () => {
    const chunks: { size: number; first: number }[] = [];
    const collected: Record<string, CellValue>[] = [];
    let busy = false;
    await generateCustomerChunks(2500, 5, 1000, async (rows, first) => {
      expect(busy).toBe(false);
      busy = true;
      await new Promise((resolve) => setTimeout(resolve, 1));
      chunks.push({ size: rows.length, first });
      collected.push(...rows);
      busy = false;
    });
    expect(chunks).toEqual([
      { size: 1000, first: 0 },
      { size: 1000, first: 1000 },
      { size: 500, first: 2000 },
    ]);
    expect(hashOf(collected)).toBe(hashOf(generateCustomerRows(2500, 5)));
  });
});
