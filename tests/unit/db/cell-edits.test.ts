import { afterEach, describe, expect, it } from 'vitest';
import {
  addRows,
  applyCellChanges,
  entriesOfBatch,
  historyOfRow,
  recentBatches,
} from '../../../src/lib/db/repository.ts';
import { customerFixture, type Fixture } from './test-db.ts';
import { rowById } from './stored-rows.ts';

let fx: Fixture;
afterEach(() => fx?.db.close());

async function oneRow(cells: Record<string, string>) {
  const { rowIds } = await addRows(fx.db, { workspaceId: fx.workspaceId, actor: 'li', tableId: fx.tableId, rows: [cells] });
  return rowIds[0]!;
}

describe('cell edits', () => {
  it('writes the change and one history entry in the same batch', async () => {
    fx = await customerFixture();
    const rowId = await oneRow({ [fx.cols.name]: '张三' });
    const result = await applyCellChanges(fx.db, {
      workspaceId: fx.workspaceId,
      actor: 'wang',
      kind: 'edit',
      changes: [{ tableId: fx.tableId, rowId, columnId: fx.cols.name, value: '张三丰' }],
    });

    expect((await rowById(fx.db, rowId))?.cells[fx.cols.name]).toBe('张三丰');
    const entries = await entriesOfBatch(fx.db, result.batchId!);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ op: 'cell', before: '张三', after: '张三丰', actor: 'wang', rowId, columnId: fx.cols.name });
    const [latest] = await recentBatches(fx.db, fx.workspaceId, 1);
    expect(latest).toMatchObject({ id: result.batchId, kind: 'edit', status: 'done', committed: true, entryCount: 1 });
    expect(result.touched).toEqual([{ tableId: fx.tableId, rowIds: [rowId] }]);
  });

  it('records nothing and stores no batch when the value is unchanged', async () => {
    fx = await customerFixture();
    const rowId = await oneRow({ [fx.cols.name]: '张三' });
    const before = await fx.db.batches.count();
    const result = await applyCellChanges(fx.db, {
      workspaceId: fx.workspaceId,
      actor: 'wang',
      kind: 'edit',
      changes: [{ tableId: fx.tableId, rowId, columnId: fx.cols.name, value: '张三' }],
    });
    expect(result.batchId).toBeNull();
    expect(await fx.db.batches.count()).toBe(before);
  });

  it('bumps updatedAt and lists a row history newest first', async () => {
    fx = await customerFixture();
    const rowId = await oneRow({ [fx.cols.name]: 'A' });
    const created = (await rowById(fx.db, rowId))!.updatedAt;
    await new Promise((r) => setTimeout(r, 5));
    for (const value of ['B', 'C']) {
      await applyCellChanges(fx.db, {
        workspaceId: fx.workspaceId, actor: 'li', kind: 'edit',
        changes: [{ tableId: fx.tableId, rowId, columnId: fx.cols.name, value }],
      });
    }
    expect((await rowById(fx.db, rowId))!.updatedAt).toBeGreaterThan(created);
    const log = await historyOfRow(fx.db, fx.tableId, rowId);
    expect(log.map((e) => (e.op === 'cell' ? e.after : e.op))).toEqual(['C', 'B', 'row-add']);
  });

  it('refuses a change to a row that does not exist, writing nothing', async () => {
    fx = await customerFixture();
    const rowId = await oneRow({ [fx.cols.name]: 'A' });
    const attempt = applyCellChanges(fx.db, {
      workspaceId: fx.workspaceId, actor: 'li', kind: 'paste',
      changes: [
        { tableId: fx.tableId, rowId, columnId: fx.cols.name, value: 'B' },
        { tableId: fx.tableId, rowId: 9999, columnId: fx.cols.name, value: 'X' },
      ],
    });
    await expect(attempt).rejects.toMatchObject({ code: 'row-not-found' });
    expect((await rowById(fx.db, rowId))!.cells[fx.cols.name]).toBe('A');
  });
});
