import { afterEach, describe, expect, it } from 'vitest';
import {
  addRows,
  applyCellChanges,
  canRedo,
  canUndo,
  deleteRows,
  entriesOfBatch,
  pasteBlock,
  recentBatches,
  redo,
  undo,
} from '../../../src/lib/db/repository.ts';
import { openTestDb, customerFixture, type Fixture } from './test-db.ts';
import { rowById, rowCount, rowsById } from './stored-rows.ts';

let fx: Fixture;
afterEach(() => fx?.db.close());

async function twoRows() {
  const { rowIds } = await addRows(fx.db, {
    workspaceId: fx.workspaceId, actor: 'li', tableId: fx.tableId,
    rows: [{ [fx.cols.name]: '张三', [fx.cols.phone]: '13800000001' }, { [fx.cols.name]: '李四' }],
  });
  return rowIds as [number, number];
}

const cellsOf = async (id: number) => (await rowById(fx.db, id))?.cells;

describe('undo and redo', () => {
  it('undoes and redoes a multi-cell paste as one step, rows added by it included', async () => {
    fx = await customerFixture();
    const [a, b] = await twoRows();
    const paste = await pasteBlock(fx.db, {
      workspaceId: fx.workspaceId, actor: 'wang', tableId: fx.tableId,
      changes: [
        { tableId: fx.tableId, rowId: a, columnId: fx.cols.name, value: '张三丰' },
        { tableId: fx.tableId, rowId: a, columnId: fx.cols.phone, value: '' },
        { tableId: fx.tableId, rowId: b, columnId: fx.cols.tags, value: ['VIP'] },
      ],
      newRows: [{ [fx.cols.name]: '王五' }],
    });
    const added = paste.rowIds[0]!;
    expect(await entriesOfBatch(fx.db, paste.batchId!)).toHaveLength(4);

    const undone = await undo(fx.db, fx.workspaceId, 'wang');
    expect(undone?.batchId).toBe(paste.batchId);
    expect(await cellsOf(a)).toEqual({ [fx.cols.name]: '张三', [fx.cols.phone]: '13800000001' });
    expect(await cellsOf(b)).toEqual({ [fx.cols.name]: '李四' });
    expect(await rowById(fx.db, added)).toBeUndefined();
    expect(await canRedo(fx.db, fx.workspaceId)).toBe(true);

    await redo(fx.db, fx.workspaceId, 'wang');
    expect(await cellsOf(a)).toEqual({ [fx.cols.name]: '张三丰' });
    expect(await cellsOf(b)).toEqual({ [fx.cols.name]: '李四', [fx.cols.tags]: ['VIP'] });
    expect(await cellsOf(added)).toEqual({ [fx.cols.name]: '王五' });
    expect(await canRedo(fx.db, fx.workspaceId)).toBe(false);
  });

  it('undoes batches latest first and redoes them in the order they were undone', async () => {
    fx = await customerFixture();
    const [a] = await twoRows();
    for (const value of ['B', 'C', 'D']) {
      await applyCellChanges(fx.db, {
        workspaceId: fx.workspaceId, actor: 'li', kind: 'edit',
        changes: [{ tableId: fx.tableId, rowId: a, columnId: fx.cols.name, value }],
      });
    }
    await undo(fx.db, fx.workspaceId, 'li');
    await undo(fx.db, fx.workspaceId, 'li');
    expect((await cellsOf(a))?.[fx.cols.name]).toBe('B');
    await redo(fx.db, fx.workspaceId, 'li');
    expect((await cellsOf(a))?.[fx.cols.name]).toBe('C');
    await redo(fx.db, fx.workspaceId, 'li');
    expect((await cellsOf(a))?.[fx.cols.name]).toBe('D');
  });

  it('still undoes and redoes after the database is closed and opened again', async () => {
    fx = await customerFixture();
    const [a] = await twoRows();
    await applyCellChanges(fx.db, {
      workspaceId: fx.workspaceId, actor: 'li', kind: 'edit',
      changes: [{ tableId: fx.tableId, rowId: a, columnId: fx.cols.name, value: '改名' }],
    });
    fx.db.close();
    fx.db = openTestDb(fx.name);
    expect(await canUndo(fx.db, fx.workspaceId)).toBe(true);
    await undo(fx.db, fx.workspaceId, 'li');
    expect((await cellsOf(a))?.[fx.cols.name]).toBe('张三');

    fx.db.close();
    fx.db = openTestDb(fx.name);
    await redo(fx.db, fx.workspaceId, 'li');
    expect((await cellsOf(a))?.[fx.cols.name]).toBe('改名');
  });

  it('clears the redo stack when a new edit follows an undo', async () => {
    fx = await customerFixture();
    const [a, b] = await twoRows();
    const first = await applyCellChanges(fx.db, {
      workspaceId: fx.workspaceId, actor: 'li', kind: 'edit',
      changes: [{ tableId: fx.tableId, rowId: a, columnId: fx.cols.name, value: 'X' }],
    });
    await undo(fx.db, fx.workspaceId, 'li');
    await applyCellChanges(fx.db, {
      workspaceId: fx.workspaceId, actor: 'li', kind: 'edit',
      changes: [{ tableId: fx.tableId, rowId: b, columnId: fx.cols.name, value: 'Y' }],
    });
    expect(await canRedo(fx.db, fx.workspaceId)).toBe(false);
    expect(await redo(fx.db, fx.workspaceId, 'li')).toBeNull();
    expect((await fx.db.batches.where('id').equals(first.batchId!).first())?.status).toBe('dropped');
    expect((await cellsOf(a))?.[fx.cols.name]).toBe('张三');
  });

  it('restores deleted rows with the same ids and cells', async () => {
    fx = await customerFixture();
    const [a, b] = await twoRows();
    const before = await rowsById(fx.db, [a, b]);
    await deleteRows(fx.db, { workspaceId: fx.workspaceId, actor: 'li', tableId: fx.tableId, rowIds: [a, b] });
    expect(await rowCount(fx.db)).toBe(0);
    const undone = await undo(fx.db, fx.workspaceId, 'li');
    expect(await rowsById(fx.db, [a, b])).toEqual(before);
    expect(undone?.touched.map((t) => t.tableId)).toEqual([fx.tableId]);
    expect(undone?.touched[0]?.rowIds.sort((x, y) => x - y)).toEqual([a, b]);
  });

  it('logs who undid what as a system batch that undo itself never picks', async () => {
    fx = await customerFixture();
    const [a] = await twoRows();
    const edit = await applyCellChanges(fx.db, {
      workspaceId: fx.workspaceId, actor: 'li', kind: 'edit',
      changes: [{ tableId: fx.tableId, rowId: a, columnId: fx.cols.name, value: 'X' }],
    });
    await undo(fx.db, fx.workspaceId, 'wang');
    const [system] = await recentBatches(fx.db, fx.workspaceId, 1);
    expect(system).toMatchObject({ kind: 'system', actor: 'wang', revertsBatchId: edit.batchId, entryCount: 1 });
    expect(await entriesOfBatch(fx.db, system!.id)).toMatchObject([{ op: 'cell', before: 'X', after: '张三', actor: 'wang' }]);

    // The next undo reverts the row-add batch under it, not the system batch.
    await undo(fx.db, fx.workspaceId, 'wang');
    expect(await rowCount(fx.db)).toBe(0);
    expect(await canUndo(fx.db, fx.workspaceId)).toBe(false);
    expect(await undo(fx.db, fx.workspaceId, 'wang')).toBeNull();
  });
});
