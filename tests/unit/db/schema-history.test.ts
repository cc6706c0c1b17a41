// Tables and columns are logged like rows: 'table' and 'column' entries, undone and redone as whole batches.

import { afterEach, describe, expect, it } from 'vitest';
import {
  addColumn,
  addRows,
  beginImportBatch,
  canUndo,
  cancelImportBatch,
  createTable,
  entriesOfBatch,
  getColumns,
  listTables,
  redo,
  saveView,
  deleteView,
  listViews,
  undo,
  updateColumn,
  updateColumns,
} from '../../../src/lib/db/repository.ts';
import { EMPTY_QUERY, NO_ROW } from '../../../src/lib/domain/types.ts';
import { customerFixture, type Fixture } from './test-db.ts';
import { rowsOfTable } from './stored-rows.ts';

let fx: Fixture;
afterEach(() => fx?.db.close());

const tableNames = async () => (await listTables(fx.db, fx.workspaceId)).map((t) => t.name);

describe('schema history', () => {
  it('logs a new table and its columns in one batch, with who, when, before and after', async () => {
    fx = await customerFixture();
    const { table, columns } = await createTable(
      fx.db,
      { workspaceId: fx.workspaceId, name: '订单', columns: [{ name: '单号', type: 'text' }, { name: '金额', type: 'money' }] },
      { actor: 'li' },
    );
    const batch = (await fx.db.batches.toArray()).at(-1)!;
    expect(batch).toMatchObject({ kind: 'schema', actor: 'li', status: 'done', committed: true, entryCount: 3 });
    const entries = await entriesOfBatch(fx.db, batch.id);
    expect(entries.map((e) => [e.op, e.tableId, e.rowId, e.columnId, e.before, e.after, e.actor])).toEqual([
      ['table', table.id, NO_ROW, null, null, table, 'li'],
      ['column', table.id, NO_ROW, columns[0]!.id, null, columns[0], 'li'],
      ['column', table.id, NO_ROW, columns[1]!.id, null, columns[1], 'li'],
    ]);
    expect(entries.every((e) => e.time === batch.time)).toBe(true);
  });

  it('undoes and redoes the creation of a table as one batch', async () => {
    fx = await customerFixture();
    const { table, columns } = await createTable(fx.db, { workspaceId: fx.workspaceId, name: '订单', columns: [{ name: '单号', type: 'text' }] }, { actor: 'li' });

    const undone = await undo(fx.db, fx.workspaceId, 'wang');
    expect(undone?.touched).toEqual([{ tableId: table.id, rowIds: [], schemaChanged: true }]);
    expect(await tableNames()).toEqual(['客户']);
    expect(await getColumns(fx.db, table.id)).toEqual([]);

    await redo(fx.db, fx.workspaceId, 'wang');
    expect(await tableNames()).toEqual(['客户', '订单']);
    expect(await getColumns(fx.db, table.id)).toEqual(columns);
    // The undo and the redo are logged too, as system batches by the one who did them.
    const system = (await fx.db.batches.toArray()).filter((b) => b.kind === 'system' && b.actor === 'wang');
    expect(system.map((b) => b.entryCount)).toEqual([2, 2]);
  });

  it('undoes a resize, a hide and a reorder, each its own batch, newest first', async () => {
    fx = await customerFixture();
    const [name, phone, tags] = fx.columns;
    await updateColumn(fx.db, name!.id, { width: 240 }, { actor: 'li' });
    await updateColumn(fx.db, phone!.id, { hidden: true }, { actor: 'li' });
    await updateColumns(fx.db, [tags!, name!, phone!].map((c, order) => ({ columnId: c.id, patch: { order } })), { actor: 'li' });
    const names = async () => (await getColumns(fx.db, fx.tableId)).map((c) => c.name);
    expect(await names()).toEqual(['标签', '姓名', '电话']);

    await undo(fx.db, fx.workspaceId, 'li');
    expect(await names()).toEqual(['姓名', '电话', '标签']);
    await undo(fx.db, fx.workspaceId, 'li');
    expect((await fx.db.columns.get(phone!.id))?.hidden).toBeUndefined();
    await undo(fx.db, fx.workspaceId, 'li');
    expect(await getColumns(fx.db, fx.tableId)).toEqual(fx.columns);
    expect(await canUndo(fx.db, fx.workspaceId)).toBe(false);
  });

  it('stores no batch for a patch that changes nothing, and keeps the redo stack', async () => {
    fx = await customerFixture();
    await updateColumn(fx.db, fx.cols.name, { width: 200 }, { actor: 'li' });
    await undo(fx.db, fx.workspaceId, 'li');
    const batches = await fx.db.batches.count();

    await updateColumns(fx.db, fx.columns.map((c) => ({ columnId: c.id, patch: { order: c.order } })), { actor: 'li' });

    expect(await fx.db.batches.count()).toBe(batches);
    expect(await redo(fx.db, fx.workspaceId, 'li')).not.toBeNull();
    expect((await fx.db.columns.get(fx.cols.name))?.width).toBe(200);
  });

  it('records system schema changes (the demo, the bench) without putting them on the undo stack', async () => {
    fx = await customerFixture();
    await createTable(fx.db, { workspaceId: fx.workspaceId, name: '演示', columns: [{ name: '名称', type: 'text' }] });
    expect(await canUndo(fx.db, fx.workspaceId)).toBe(false);
    expect((await fx.db.history.toArray()).filter((e) => e.op === 'table').map((e) => e.actor)).toEqual(['kedang', 'kedang']);
  });

  it('keeps a table whose creation is undone while rows from outside that batch are in it', async () => {
    fx = await customerFixture();
    const { table, columns } = await createTable(fx.db, { workspaceId: fx.workspaceId, name: '订单', columns: [{ name: '单号', type: 'text' }] }, { actor: 'li' });
    // A system batch (as the demo writes) is never undone, so its rows are still there when the table's creation is.
    await addRows(fx.db, { workspaceId: fx.workspaceId, actor: 'kedang', tableId: table.id, rows: [{ [columns[0]!.id]: 'A-1' }], kind: 'system' });

    await undo(fx.db, fx.workspaceId, 'li');

    expect(await tableNames()).toEqual(['客户', '订单']);
    expect(await rowsOfTable(fx.db, table.id)).toHaveLength(1);
  });

  it('takes back the columns an open import batch added when the import is cancelled', async () => {
    fx = await customerFixture();
    const batchId = await beginImportBatch(fx.db, { workspaceId: fx.workspaceId, actor: 'li', tableId: fx.tableId });
    await addColumn(fx.db, fx.tableId, { name: '金额', type: 'money' }, { actor: 'li', batchId });
    expect(await getColumns(fx.db, fx.tableId)).toHaveLength(4);

    await cancelImportBatch(fx.db, batchId);

    expect(await getColumns(fx.db, fx.tableId)).toEqual(fx.columns);
    expect(await fx.db.history.where('batchId').equals(batchId).count()).toBe(0);
  });

  it('refuses to log into a batch that is not open, writing nothing', async () => {
    fx = await customerFixture();
    await updateColumn(fx.db, fx.cols.name, { width: 200 }, { actor: 'li' });
    const done = (await fx.db.batches.toArray()).at(-1)!;
    await expect(addColumn(fx.db, fx.tableId, { name: '金额', type: 'money' }, { actor: 'li', batchId: done.id })).rejects.toMatchObject({ code: 'batch-not-open' });
    await expect(addColumn(fx.db, fx.tableId, { name: '金额', type: 'money' }, { actor: 'li', batchId: 'nope' })).rejects.toMatchObject({ code: 'batch-not-found' });
    expect(await getColumns(fx.db, fx.tableId)).toHaveLength(3);
  });

  it('logs saved views, and undoes a save, a change and a delete of one', async () => {
    fx = await customerFixture();
    const li = { actor: 'li' };
    const view = await saveView(fx.db, { tableId: fx.tableId, name: '北京客户', query: { ...EMPTY_QUERY, search: '北京' } }, li);
    const renamed = await saveView(fx.db, { ...view, name: '北京的客户' }, li);
    await deleteView(fx.db, view.id, li);
    expect((await fx.db.history.toArray()).filter((e) => e.op === 'view').map((e) => [e.before, e.after])).toEqual([
      [null, view],
      [view, renamed],
      [renamed, null],
    ]);

    await undo(fx.db, fx.workspaceId, 'li');
    expect(await listViews(fx.db, fx.tableId)).toEqual([renamed]);
    await undo(fx.db, fx.workspaceId, 'li');
    expect(await listViews(fx.db, fx.tableId)).toEqual([view]);
    await undo(fx.db, fx.workspaceId, 'li');
    expect(await listViews(fx.db, fx.tableId)).toEqual([]);
    await redo(fx.db, fx.workspaceId, 'li');
    expect(await listViews(fx.db, fx.tableId)).toEqual([view]);
  });
});
