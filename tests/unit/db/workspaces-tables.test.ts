import { afterEach, describe, expect, it } from 'vitest';
import {
  addColumn,
  addRows,
  applyCellChanges,
  createTable,
  createWorkspace,
  deleteView,
  deleteWorkspace,
  getColumns,
  getMeta,
  listTables,
  listViews,
  listWorkspaces,
  saveView,
  setMeta,
  updateColumn,
} from '../../../src/lib/db/repository.ts';
import { EMPTY_QUERY } from '../../../src/lib/domain/types.ts';
import { customerFixture, type Fixture } from './test-db.ts';
import { rowCount } from './stored-rows.ts';

let fx: Fixture;
afterEach(() => fx?.db.close());

describe('workspaces and tables', () => {
  it('creates a table whose first column names its rows, with columns in order', async () => {
    fx = await customerFixture();
    const [table] = await listTables(fx.db, fx.workspaceId);
    expect(table?.primaryColumnId).toBe(fx.cols.name);
    expect((await getColumns(fx.db, fx.tableId)).map((c) => [c.name, c.order])).toEqual([['姓名', 0], ['电话', 1], ['标签', 2]]);
  });

  it('adds and updates columns, reporting a schema change', async () => {
    fx = await customerFixture();
    const { column, touched } = await addColumn(fx.db, fx.tableId, { name: '城市', type: 'text' });
    expect(column.order).toBe(3);
    expect(touched).toEqual([{ tableId: fx.tableId, rowIds: [], schemaChanged: true }]);
    await updateColumn(fx.db, column.id, { width: 180, hidden: true, name: '所在城市' });
    expect((await getColumns(fx.db, fx.tableId))[3]).toMatchObject({ name: '所在城市', width: 180, hidden: true, tableId: fx.tableId });
    await expect(updateColumn(fx.db, 'missing', { width: 1 })).rejects.toMatchObject({ code: 'column-not-found' });
  });

  it('refuses a table in a workspace that does not exist', async () => {
    fx = await customerFixture();
    await expect(createTable(fx.db, { workspaceId: 'nope', name: 'x', columns: [{ name: 'a', type: 'text' }] }))
      .rejects.toMatchObject({ code: 'workspace-not-found' });
  });

  it('deletes a workspace with its tables, columns, rows, views, history and batches, leaving others alone', async () => {
    fx = await customerFixture();
    const other = await createWorkspace(fx.db, { name: '另一个', kind: 'demo' });
    const otherTable = await createTable(fx.db, { workspaceId: other.id, name: '订单', columns: [{ name: '单号', type: 'text' }] });
    await addRows(fx.db, { workspaceId: other.id, actor: 'li', tableId: otherTable.table.id, rows: [{ [otherTable.columns[0]!.id]: 'A1' }] });
    const { rowIds } = await addRows(fx.db, { workspaceId: fx.workspaceId, actor: 'li', tableId: fx.tableId, rows: [{ [fx.cols.name]: '张三' }] });
    await applyCellChanges(fx.db, {
      workspaceId: fx.workspaceId, actor: 'li', kind: 'edit',
      changes: [{ tableId: fx.tableId, rowId: rowIds[0]!, columnId: fx.cols.name, value: '李四' }],
    });
    await saveView(fx.db, { tableId: fx.tableId, name: 'VIP', query: EMPTY_QUERY });

    await deleteWorkspace(fx.db, fx.workspaceId);

    expect((await listWorkspaces(fx.db)).map((w) => w.id)).toEqual([other.id]);
    expect(await fx.db.tableMetas.count()).toBe(1);
    expect(await fx.db.columns.count()).toBe(1);
    expect(await rowCount(fx.db)).toBe(1);
    // The other workspace's table and column (one 'system' batch) and its row (one batch) are left.
    expect((await fx.db.history.toArray()).map((e) => e.op)).toEqual(['table', 'column', 'row-add']);
    expect(await fx.db.batches.count()).toBe(2);
    expect(await fx.db.views.count()).toBe(0);
  });
});

describe('views and settings', () => {
  it('saves, lists and deletes views, and keeps key/value settings', async () => {
    fx = await customerFixture();
    const view = await saveView(fx.db, { tableId: fx.tableId, name: '北京客户', query: { ...EMPTY_QUERY, search: '北京' } });
    expect(await listViews(fx.db, fx.tableId)).toEqual([view]);
    await deleteView(fx.db, view.id);
    expect(await listViews(fx.db, fx.tableId)).toEqual([]);

    expect(await getMeta(fx.db, 'locale')).toBeUndefined();
    await setMeta(fx.db, 'locale', 'zh-CN');
    expect(await getMeta<string>(fx.db, 'locale')).toBe('zh-CN');
  });
});
