import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { previewImport } from '../../../../src/lib/domain/import/index.ts';

function wellFormed(p: ReturnType<typeof previewImport>): void {
  expect(Array.isArray(p.problems)).toBe(true);
  for (const problem of p.problems) expect(typeof problem.code).toBe('string');
  if (p.ok) {
    for (const row of p.rows) expect(row).toHaveLength(p.headers.length);
    expect(p.columnTypes).toHaveLength(p.headers.length);
  } else {
    expect(p.problems.some((x) => x.severity === 'error')).toBe(true);
  }
}

describe('previewImport on arbitrary input', () => {
  it('never throws on arbitrary bytes and always answers with a table or coded problems', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom('a.csv', 'a.xlsx', 'a.xls', 'a.txt', 'a.ods'), (bytes, name) => {
        wellFormed(previewImport(bytes, name));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on CSV-ish text', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('"', '""', '"a,b"', '__proto__', '13800138000', '¥1,234', '2024年3月5日', '', '\ufeff', '=1+2', '\r', '客户'),
    );
    const csv = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 30 }).chain((rows) =>
      fc.constantFrom(',', '\t', ';', '|').map((d) => rows.map((r) => r.join(d)).join(fc.sample(fc.constantFrom('\n', '\r\n'), 1)[0])),
    );
    fc.assert(
      fc.property(csv, (text) => {
        wellFormed(previewImport(new TextEncoder().encode(text), 'a.csv'));
      }),
      { numRuns: 300 },
    );
  });
});
