import { afterEach, describe, expect, it } from 'vitest';
import { addRows, listTables, undo } from '../../../src/lib/db/repository.ts';
import type { ImportProgress } from '../../../src/lib/workers/import.api.ts';
import { customerFixture, type Fixture } from '../db/test-db.ts';
import { keyText } from '../../../src/lib/import-pipeline/upsert-index.ts';
import { csvBytes, customerRows, newColumnsMapping, planFor, serviceFor, snapshot, suggestedMapping } from './pipeline-harness.ts';
import { rowById, rowsOfTable } from '../db/stored-rows.ts';

let fx: Fixture;
afterEach(() => fx?.db.close());

const rowsOf = (tableId: string) => rowsOfTable(fx.db, tableId);

describe('importing a file into a new table', () => {
  it('creates the table with typed columns and stores every row as one committed import batch', async () => {
    fx = await customerFixture();
    const { service, messages } = serviceFor(fx);
    const preview = await service.preview(csvBytes(['姓名', '电话', '金额'], customerRows(12_345)), 'kunden.csv', { dbName: fx.name });
    expect(preview.columnTypes).toEqual(['text', 'phone', 'money']);

    const result = await service.run(planFor(fx, preview, { kind: 'new', tableName: '新客户' }, newColumnsMapping(preview)), () => {});

    expect(result).toMatchObject({ ok: true, rowsImported: 12_345, rowsUpdated: 0, rowsRejected: 0 });
    if (!result.ok) return;
    const table = (await listTables(fx.db, fx.workspaceId)).find((t) => t.id === result.tableId);
    expect(table?.name).toBe('新客户');
    const rows = await rowsOf(result.tableId);
    expect(rows).toHaveLength(12_345);
    expect(Object.values(rows[7]!.cells)).toEqual(['客户7', '13900000007', 7.5]);
    const batches = await fx.db.batches.where('id').equals(result.batchId).toArray();
    expect(batches).toMatchObject([{ kind: 'import', committed: true }]);
    expect(messages).toEqual([{ workspaces: true }, { workspaceId: fx.workspaceId, touched: [{ tableId: result.tableId, rowIds: [] }], schema: true }]);
  });
});

describe('importing into an existing table', () => {
  it('appends rows to the matched columns, leaving the rows already there', async () => {
    fx = await customerFixture();
    await addRows(fx.db, { workspaceId: fx.workspaceId, actor: 'li', tableId: fx.tableId, rows: [{ [fx.cols.name]: '张三' }] });
    const { service } = serviceFor(fx);
    const preview = await service.preview(csvBytes(['姓名', '电话'], customerRows(30).map((r) => r.slice(0, 2))), 'a.csv', { dbName: fx.name, tableId: fx.tableId });
    expect(preview.mapping.map((m) => m.columnId)).toEqual([fx.cols.name, fx.cols.phone]);

    const result = await service.run(planFor(fx, preview, { kind: 'append', tableId: fx.tableId }, suggestedMapping(preview)), () => {});

    expect(result).toMatchObject({ ok: true, rowsImported: 30 });
    const rows = await rowsOf(fx.tableId);
    expect(rows).toHaveLength(31);
    expect(rows[30]!.cells).toEqual({ [fx.cols.name]: '客户29', [fx.cols.phone]: '13900000029' });
  });

  it('upserts by phone: a matching row is updated, an identical one left alone, an unknown one added', async () => {
    fx = await customerFixture();
    const { rowIds } = await addRows(fx.db, {
      workspaceId: fx.workspaceId, actor: 'li', tableId: fx.tableId,
      rows: [{ [fx.cols.name]: '张三', [fx.cols.phone]: '13800000001' }, { [fx.cols.name]: '李四', [fx.cols.phone]: '13800000002' }],
    });
    const { service } = serviceFor(fx);
    const file = csvBytes(['姓名', '手机'], [['张三丰', '138-0000-0001'], ['李四', ' 13800000002 '], ['王五', '13800000003']]);
    const preview = await service.preview(file, 'u.csv', { dbName: fx.name, tableId: fx.tableId });
    const plan = planFor(fx, preview, { kind: 'upsert', tableId: fx.tableId, keyColumnId: fx.cols.phone }, suggestedMapping(preview));

    await expect(service.dryRun(plan)).resolves.toMatchObject({ ok: true, new: 1, updated: 1, unchanged: 1, rejected: 0 });
    const result = await service.run(plan, () => {});

    expect(result).toMatchObject({ ok: true, rowsImported: 1, rowsUpdated: 1 });
    expect((await rowById(fx.db, rowIds[0]!))?.cells[fx.cols.name]).toBe('张三丰');
    expect(await fx.db.history.filter((e) => e.rowId === rowIds[1]).count()).toBe(1); // its row-add only
    expect((await rowsOf(fx.tableId)).map((r) => r.cells[fx.cols.name])).toEqual(['张三丰', '李四', '王五']);
  });

  it('refuses an upsert whose key column gets no source column', async () => {
    fx = await customerFixture();
    const { service } = serviceFor(fx);
    const preview = await service.preview(csvBytes(['姓名'], [['甲']]), 'k.csv', { dbName: fx.name, tableId: fx.tableId });
    const plan = planFor(fx, preview, { kind: 'upsert', tableId: fx.tableId, keyColumnId: fx.cols.phone }, suggestedMapping(preview));
    await expect(service.run(plan, () => {})).resolves.toMatchObject({ ok: false, problems: [{ code: 'key-missing' }] });
  });
});

describe('rows with cells that do not convert', () => {
  const file = () => csvBytes(['姓名', '电话'], [['甲', '13800000001'], ['乙', '打电话问'], ['丙', '13800000003']]);

  it('are left out when importing valid rows only, each named in the problems', async () => {
    fx = await customerFixture();
    const { service } = serviceFor(fx);
    const preview = await service.preview(file(), 'v.csv', { dbName: fx.name, tableId: fx.tableId });
    const plan = planFor(fx, preview, { kind: 'append', tableId: fx.tableId }, suggestedMapping(preview), true);
    const dry = await service.dryRun(plan);
    expect(dry).toMatchObject({ new: 2, rejected: 1, problemCount: 1 });
    expect(dry.problems).toEqual([{ code: 'invalid-phone', severity: 'error', row: 2, column: '电话', value: '打电话问' }]);
    await expect(service.run(plan, () => {})).resolves.toMatchObject({ ok: true, rowsImported: 2, rowsRejected: 1 });
    expect((await rowsOf(fx.tableId)).map((r) => r.cells[fx.cols.name])).toEqual(['甲', '丙']);
  });

  it('are kept with their raw text when importing everything flagged', async () => {
    fx = await customerFixture();
    const { service } = serviceFor(fx);
    const preview = await service.preview(file(), 'v.csv', { dbName: fx.name, tableId: fx.tableId });
    const plan = planFor(fx, preview, { kind: 'append', tableId: fx.tableId }, suggestedMapping(preview), false);
    const result = await service.run(plan, () => {});
    expect(result).toMatchObject({ ok: true, rowsImported: 3, rowsRejected: 0 });
    expect((await rowsOf(fx.tableId))[1]!.cells[fx.cols.phone]).toBe('打电话问');
  });
});

describe('cancelling and undoing', () => {
  it('leaves the database exactly as before when cancelled mid-import, new columns and all', async () => {
    fx = await customerFixture();
    await addRows(fx.db, { workspaceId: fx.workspaceId, actor: 'li', tableId: fx.tableId, rows: [{ [fx.cols.name]: '张三' }] });
    const before = await snapshot(fx.db);
    const { service, messages } = serviceFor(fx);
    const preview = await service.preview(csvBytes(['姓名', '电话', '金额'], customerRows(20_000)), 'c.csv', { dbName: fx.name, tableId: fx.tableId });
    const mapping = suggestedMapping(preview);
    mapping[2] = { kind: 'new', name: '金额', type: 'money' };
    const seen: ImportProgress[] = [];
    const result = await service.run(planFor(fx, preview, { kind: 'append', tableId: fx.tableId }, mapping), (p) => {
      seen.push(p);
      if (p.phase === 'writing' && p.rowsDone >= 10_000) service.cancel();
    });

    expect(result).toEqual({ ok: false, cancelled: true, problems: [] });
    expect(seen.filter((p) => p.phase === 'writing').map((p) => p.rowsDone)).toEqual([5000, 10_000]);
    expect(await snapshot(fx.db)).toEqual(before);
    expect(messages).toHaveLength(1);
  });

  it('drops the table it created when an import into a new table is cancelled', async () => {
    fx = await customerFixture();
    const before = await snapshot(fx.db);
    const { service } = serviceFor(fx);
    const preview = await service.preview(csvBytes(['姓名'], customerRows(6000).map((r) => r.slice(0, 1))), 'n.csv', { dbName: fx.name });
    const result = await service.run(planFor(fx, preview, { kind: 'new', tableName: '临时' }, newColumnsMapping(preview)), (p) => {
      if (p.phase === 'writing') service.cancel();
    });
    expect(result).toMatchObject({ ok: false, cancelled: true });
    expect(await snapshot(fx.db)).toEqual(before);
  });

  it('takes a whole import of many chunks away with one undo', async () => {
    fx = await customerFixture();
    const { service } = serviceFor(fx);
    const preview = await service.preview(csvBytes(['姓名', '电话'], customerRows(12_001).map((r) => r.slice(0, 2))), 'u.csv', { dbName: fx.name, tableId: fx.tableId });
    const result = await service.run(planFor(fx, preview, { kind: 'append', tableId: fx.tableId }, suggestedMapping(preview)), () => {});
    expect(result).toMatchObject({ ok: true, rowsImported: 12_001 });
    expect(await rowsOf(fx.tableId)).toHaveLength(12_001);

    const undone = await undo(fx.db, fx.workspaceId, 'li');

    expect(undone?.batchId).toBe(result.ok ? result.batchId : null);
    expect(await rowsOf(fx.tableId)).toHaveLength(0);
  });
});

describe('files that cannot be imported', () => {
  it.each([
    ['an empty file', new ArrayBuffer(0), 'empty-file'],
    ['binary garbage', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256).buffer as ArrayBuffer, 'binary-file'],
  ])('report %s in the preview and store nothing', async (_name, bytes, code) => {
    fx = await customerFixture();
    const before = await snapshot(fx.db);
    const { service } = serviceFor(fx);
    const preview = await service.preview(bytes, 'bad.csv', { dbName: fx.name });
    expect(preview.ok).toBe(false);
    expect(preview.problems.map((p) => p.code)).toContain(code);
    expect(await snapshot(fx.db)).toEqual(before);
  });
});

describe('upsert keys', () => {
  it.each([
    ['138-0000-0001', 'phone', '13800000001'],
    ['+86 138 0000 0001', 'phone', '13800000001'],
    ['010-6552 8888', 'phone', '01065528888'],
    ['  Acme Ltd ', 'text', 'acme ltd'],
    ['   ', 'text', null],
  ] as const)('normalises %j in a %s column to %j', (value, type, key) => {
    expect(keyText(value, type)).toBe(key);
  });
});
