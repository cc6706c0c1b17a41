import { afterEach, describe, expect, it } from 'vitest';
import { entriesOfBatch, getColumns, redo, undo } from '../../../src/lib/db/repository.ts';
import { ProgressClock } from '../../../src/lib/import-pipeline/progress-clock.ts';
import type { ImportProgress } from '../../../src/lib/workers/import.api.ts';
import { customerFixture, type Fixture } from '../db/test-db.ts';
import { csvBytes, customerRows, newColumnsMapping, planFor, serviceFor } from './pipeline-harness.ts';
import { rowsOfTable } from '../db/stored-rows.ts';

let fx: Fixture;
afterEach(() => fx?.db.close());

const rowsOf = async (tableId: string) => (await rowsOfTable(fx.db, tableId)).sort((a, b) => a.id - b.id);

/** Customers with a 等级 column of three grades, so the new column becomes a select. */
const gradedRows = (count: number) => customerRows(count).map((r, i) => [...r, ['A', 'B', 'C'][i % 3]!]);

describe('a streamed import', () => {
  it('writes a file of several chunks as one batch with one rows-add entry per chunk, choices set once read', async () => {
    fx = await customerFixture();
    const { service } = serviceFor(fx);
    const preview = await service.preview(csvBytes(['姓名', '电话', '金额', '等级'], gradedRows(12_001)), 'g.csv', { dbName: fx.name });
    expect(preview.columnTypes[3]).toBe('select');

    const result = await service.run(planFor(fx, preview, { kind: 'new', tableName: '分级' }, newColumnsMapping(preview)), () => {});

    expect(result).toMatchObject({ ok: true, rowsImported: 12_001 });
    if (!result.ok) return;
    const entries = await entriesOfBatch(fx.db, result.batchId);
    // The new table and its four columns, the rows a chunk at a time, then the choices of the new select column.
    expect(entries.map((e) => [e.op, e.rowIds?.length])).toEqual([
      ['table', undefined], ['column', undefined], ['column', undefined], ['column', undefined], ['column', undefined],
      ['rows-add', 5000], ['rows-add', 5000], ['rows-add', 2001], ['column', undefined],
    ]);
    const rows = await rowsOf(result.tableId);
    expect(entries.flatMap((e) => e.rowIds ?? [])).toEqual(rows.map((r) => r.id));
    const grade = (await getColumns(fx.db, result.tableId))[3]!;
    expect(grade).toMatchObject({ name: '等级', type: 'select', choices: ['A', 'B', 'C'] });
    expect(Object.getPrototypeOf(rows[0]!.cells)).toBe(Object.prototype);
  });

  it('is undone and redone to exactly the rows it stored, the table it created going and coming back with them', async () => {
    fx = await customerFixture();
    const { service } = serviceFor(fx);
    const preview = await service.preview(csvBytes(['姓名', '电话', '金额'], customerRows(7000)), 'r.csv', { dbName: fx.name });
    const result = await service.run(planFor(fx, preview, { kind: 'new', tableName: '往返' }, newColumnsMapping(preview)), () => {});
    if (!result.ok) throw new Error('import failed');
    const stored = await rowsOf(result.tableId);
    const columns = await getColumns(fx.db, result.tableId);
    const table = await fx.db.tableMetas.get(result.tableId);

    await undo(fx.db, fx.workspaceId, 'li');
    expect(await rowsOf(result.tableId)).toEqual([]);
    expect(await fx.db.tableMetas.get(result.tableId)).toBeUndefined();
    expect(await getColumns(fx.db, result.tableId)).toEqual([]);
    await redo(fx.db, fx.workspaceId, 'li');

    expect(await rowsOf(result.tableId)).toEqual(stored);
    expect(await fx.db.tableMetas.get(result.tableId)).toEqual(table);
    expect(await getColumns(fx.db, result.tableId)).toEqual(columns);
  });

  it('reports the rows stored, chunk by chunk, ending with the whole count', async () => {
    fx = await customerFixture();
    const { service } = serviceFor(fx);
    const preview = await service.preview(csvBytes(['姓名', '电话', '金额'], customerRows(11_000)), 'p.csv', { dbName: fx.name });
    const seen: ImportProgress[] = [];

    await service.run(planFor(fx, preview, { kind: 'new', tableName: '进度' }, newColumnsMapping(preview)), (p) => seen.push(p));

    expect(seen.filter((p) => p.phase === 'writing').map((p) => p.rowsDone)).toEqual([5000, 10_000, 11_000]);
    expect(seen.at(-1)).toMatchObject({ rowsDone: 11_000, rowsTotal: 11_000 });
  });
});

describe('progress reports', () => {
  it('are held back within the interval, except the first of a phase and the final one', () => {
    const seen: number[] = [];
    const clock = new ProgressClock((p) => seen.push(p.rowsDone), 60_000);

    clock.writing(1, 10);
    clock.writing(2, 10);
    clock.writing(3, 10);
    clock.writing(10, 10, true);

    expect(seen).toEqual([1, 10]);
  });
});
