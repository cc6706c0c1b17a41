import { afterEach, describe, expect, it } from 'vitest';
import {
  addRows,
  canUndo,
  createTable,
  entriesOfBatch,
  listNotDuplicates,
  markNotDuplicates,
  mergeRows,
  recentBatches,
  redo,
  undo,
} from '../../../src/lib/db/repository.ts';
import { mergeRecords } from '../../../src/lib/domain/dedup/survivorship.ts';
import type { Row } from '../../../src/lib/domain/types.ts';
import { customerFixture, openTestDb, type Fixture } from './test-db.ts';
import { allRows, rowById, rowsById } from './stored-rows.ts';

let fx: Fixture;
afterEach(() => fx?.db.close());

/** Three customers (two of them one person) and a purchases table linking to them. */
async function customersWithPurchases() {
  fx = await customerFixture();
  const { cols } = fx;
  const { rowIds } = await addRows(fx.db, {
    workspaceId: fx.workspaceId, actor: 'li', tableId: fx.tableId,
    rows: [
      { [cols.name]: '张伟', [cols.phone]: '13800000001', [cols.tags]: ['VIP'] },
      { [cols.name]: '张玮', [cols.phone]: '13800000001', [cols.tags]: ['新客'] },
      { [cols.name]: '李四' },
    ],
  });
  const [keep, gone, other] = rowIds as [number, number, number];
  const { table, columns } = await createTable(fx.db, {
    workspaceId: fx.workspaceId,
    name: '购买记录',
    columns: [{ name: '商品', type: 'text' }, { name: '客户', type: 'link', linkTableId: fx.tableId }],
  });
  const [item, customer] = columns.map((c) => c.id) as [string, string];
  const purchases = await addRows(fx.db, {
    workspaceId: fx.workspaceId, actor: 'li', tableId: table.id,
    rows: [
      { [item]: '茶叶', [customer]: gone },
      { [item]: '瓷器', [customer]: keep },
      { [item]: '丝绸', [customer]: other },
    ],
  });
  return { keep, gone, other, purchasesTable: table.id, customer, purchaseIds: purchases.rowIds as [number, number, number] };
}

async function snapshot(): Promise<Row[]> {
  return (await allRows(fx.db)).sort((a, b) => a.id - b.id);
}

async function mergeZhangs(keep: number, gone: number) {
  const records = await rowsById(fx.db, [keep, gone]);
  const cells = mergeRecords(records.map((r) => r!), { default: 'chosen', chosenId: keep, columns: { [fx.cols.tags]: 'union' } });
  return mergeRows(fx.db, { workspaceId: fx.workspaceId, actor: 'wang', tableId: fx.tableId, survivorId: keep, mergedIds: [gone], cells });
}

describe('merging duplicate rows', () => {
  it('keeps one row with the united tags and deletes the other', async () => {
    const { keep, gone } = await customersWithPurchases();
    await mergeZhangs(keep, gone);
    expect(await rowById(fx.db, gone)).toBeUndefined();
    expect((await rowById(fx.db, keep))?.cells).toEqual({
      [fx.cols.name]: '张伟', [fx.cols.phone]: '13800000001', [fx.cols.tags]: ['VIP', '新客'],
    });
  });

  it('moves the links of other tables from the merged row to the survivor, and leaves other links alone', async () => {
    const { keep, gone, other, customer, purchaseIds, purchasesTable } = await customersWithPurchases();
    const result = await mergeZhangs(keep, gone);
    const purchases = await rowsById(fx.db, purchaseIds);
    expect(purchases.map((p) => p?.cells[customer])).toEqual([keep, keep, other]);
    expect(result.touched.map((t) => t.tableId).sort()).toEqual([fx.tableId, purchasesTable].sort());
  });

  it('is one merge batch whose history keeps the whole merged-away row', async () => {
    const { keep, gone } = await customersWithPurchases();
    const before = await rowById(fx.db, gone);
    const { batchId } = await mergeZhangs(keep, gone);
    const [latest] = await recentBatches(fx.db, fx.workspaceId, 1);
    expect(latest?.kind).toBe('merge');
    const entries = await entriesOfBatch(fx.db, batchId!);
    expect(entries.find((e) => e.op === 'row-delete')?.before).toEqual(before);
    expect(entries.filter((e) => e.op === 'cell').map((e) => e.rowId)).toContain(keep);
  });

  it('is undone exactly by one undo, and redone by one redo', async () => {
    const { keep, gone, customer, purchaseIds } = await customersWithPurchases();
    const before = await snapshot();
    await mergeZhangs(keep, gone);
    const after = await snapshot();
    expect(after).toHaveLength(before.length - 1);

    await undo(fx.db, fx.workspaceId, 'wang');
    const undone = await snapshot();
    expect(undone.map((r) => [r.id, r.cells])).toEqual(before.map((r) => [r.id, r.cells]));
    expect((await rowById(fx.db, purchaseIds[0]))?.cells[customer]).toBe(gone);

    await redo(fx.db, fx.workspaceId, 'wang');
    expect((await snapshot()).map((r) => [r.id, r.cells])).toEqual(after.map((r) => [r.id, r.cells]));
    expect(await canUndo(fx.db, fx.workspaceId)).toBe(true);
  });

  it('refuses a row of another table and stores nothing', async () => {
    const { keep, purchaseIds } = await customersWithPurchases();
    const before = await snapshot();
    await expect(
      mergeRows(fx.db, { workspaceId: fx.workspaceId, actor: 'wang', tableId: fx.tableId, survivorId: keep, mergedIds: [purchaseIds[0]], cells: {} }),
    ).rejects.toMatchObject({ code: 'row-in-other-table' });
    expect(await snapshot()).toEqual(before);
  });
});

describe('pairs marked as not duplicates', () => {
  it('are remembered after the database is closed and opened again, each pair once and in order', async () => {
    const { keep, gone, other } = await customersWithPurchases();
    await markNotDuplicates(fx.db, { tableId: fx.tableId, pairs: [[gone, keep], [keep, gone], [other, keep]] });
    fx.db.close();
    fx.db = openTestDb(fx.name);
    expect((await listNotDuplicates(fx.db, fx.tableId)).sort()).toEqual([[keep, gone], [keep, other]].sort());
    expect(await listNotDuplicates(fx.db, 'another-table')).toEqual([]);
  });
});
