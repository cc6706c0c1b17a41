import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { delimitedBatches } from '../../../../src/lib/domain/import/csv-reader.ts';
import { TableReader } from '../../../../src/lib/domain/import/table-reader.ts';

const text = Array.from({ length: 400 }, (_, i) => (i % 50 === 7 ? `客户${i},"多行\n备注 ""${i}"""` : `客户${i},备注${i}`)).join('\r\n');

describe('reading a delimited text in batches', () => {
  it('yields the same rows as one whole parse, quoted line breaks across chunk edges included', () => {
    const batches = [...delimitedBatches(text, ',', 256)];

    expect(batches.length).toBeGreaterThan(10);
    expect(batches.flatMap((b) => b.rows)).toEqual(Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: 'greedy' }).data);
    expect(batches.at(-1)!.charsDone).toBe(text.length);
  });

  it('parses the next chunk only when asked for it', () => {
    const parsed = delimitedBatches(text, ',', 256);
    const first = parsed.next();

    expect(first.done).toBe(false);
    if (!first.done) expect(first.value.charsDone).toBeLessThan(300);
  });

  it('hands the data rows of a file past one parse chunk out batch by batch with their row numbers, and stops when told', () => {
    const csv = ['姓名,电话', ...Array.from({ length: 250_000 }, (_, i) => `客户${i},139${String(i).padStart(8, '0')}`)].join('\n');
    const bytes = new TextEncoder().encode(csv);
    const reader = new TableReader(bytes, 'k.csv');

    const first = reader.next();
    expect(reader.headers).toEqual(['姓名', '电话']);
    expect(first?.firstRow).toBe(1);
    expect(first?.rows[0]).toEqual(['客户0', '13900000000']);
    const second = reader.next();
    expect(second?.firstRow).toBe(1 + first!.rows.length);

    const stopped = new TableReader(bytes, 'k.csv');
    stopped.next();
    stopped.stop();
    expect(stopped.next()).toBeNull();
    expect(stopped.info().rowCount).toBeLessThan(250_000);
  });
});
