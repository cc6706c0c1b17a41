import { afterEach, describe, expect, it } from 'vitest';
import {
  addRows,
  applyCellChanges,
  beginImportBatch,
  cancelImportBatch,
  commitImportBatch,
  entriesOfBatch,
  historyOfRow,
  redo,
  rollbackUncommittedImports,
  undo,
  writeImportChunk,
} from '../../../src/lib/db/repository.ts';
import type { StoredRow } from '../../../src/lib/db/records.ts';
import type { CellValue } from '../../../src/lib/domain/types.ts';
import { customerFixture, openTestDb, type Fixture } from './test-db.ts';
import { allRows, rowsOfTable } from './stored-rows.ts';

let fx: Fixture;
afterEach(() => fx?.db.close());

const customers = (from: number, count: number): Record<string, CellValue>[] =>
  Array.from({ length: count }, (_, i) => ({
    [fx.cols.name]: `客户${from + i}`,
    [fx.cols.phone]: `139${String(from + i).padStart(8, '0')}`,
    ...(i % 3 === 0 && { [fx.cols.tags]: ['VIP', '新客'] }),
  }));

async function importChunks(sizes: number[], updates: { rowId: number; cells: Record<string, CellValue> }[] = []) {
  const batchId = await beginImportBatch(fx.db, { workspaceId: fx.workspaceId, actor: 'li', tableId: fx.tableId });
  let from = 0;
  for (const [c, size] of sizes.entries()) {
    await writeImportChunk(fx.db, batchId, { tableId: fx.tableId, rows: customers(from, size), updates: c === 0 ? updates : [], clean: true });
    from += size;
  }
  return batchId;
}

/** Replaying a cell edit stamps the row's updatedAt with the replay's time; everything else must match exactly. */
const sansUpdatedAt = (rows: StoredRow[], rowId: number) => rows.map((r) => (r.id === rowId ? { ...r, updatedAt: 0 } : r));

const tableRows = async (): Promise<StoredRow[]> => (await rowsOfTable(fx.db, fx.tableId)).sort((a, b) => a.id - b.id);

describe('import history kept compact', () => {
  it('records one rows-add entry per chunk, listing the new row ids instead of copying each row', async () => {
    fx = await customerFixture();
    const batchId = await importChunks([40, 25]);
    const entries = await entriesOfBatch(fx.db, batchId);
    const rows = await tableRows();

    expect(entries.map((e) => [e.op, e.rowIds?.length, e.before, e.after])).toEqual([
      ['rows-add', 40, null, null],
      ['rows-add', 25, null, null],
    ]);
    expect(entries.flatMap((e) => e.rowIds)).toEqual(rows.map((r) => r.id));
    expect(entries[0]!.rowId).toBe(rows[0]!.id);
  });

  it('undoes a committed compact import row for row and redoes it to exactly the rows stored before', async () => {
    fx = await customerFixture();
    const [kept] = (await addRows(fx.db, { workspaceId: fx.workspaceId, actor: 'li', tableId: fx.tableId, rows: customers(900, 1) })).rowIds;
    const batchId = await importChunks([30, 30, 7], [{ rowId: kept!, cells: { [fx.cols.name]: '改名' } }]);
    await commitImportBatch(fx.db, batchId);
    const imported = await tableRows();

    await undo(fx.db, fx.workspaceId, 'wang');
    expect((await tableRows()).map((r) => [r.id, r.cells[fx.cols.name]])).toEqual([[kept, '客户900']]);

    await redo(fx.db, fx.workspaceId, 'wang');
    expect(sansUpdatedAt(await tableRows(), kept!)).toEqual(sansUpdatedAt(imported, kept!));

    // A second round trip restores from the second undo's own record, not a stale one.
    await undo(fx.db, fx.workspaceId, 'wang');
    await redo(fx.db, fx.workspaceId, 'wang');
    expect(sansUpdatedAt(await tableRows(), kept!)).toEqual(sansUpdatedAt(imported, kept!));
  });

  it('keeps every removed row in one undo entry per chunk so the log still says what the import added', async () => {
    fx = await customerFixture();
    const batchId = await importChunks([12, 5]);
    await commitImportBatch(fx.db, batchId);
    const imported = await tableRows();

    await undo(fx.db, fx.workspaceId, 'wang');
    const system = await fx.db.batches.filter((b) => b.revertsBatchId === batchId).first();
    const removals = await entriesOfBatch(fx.db, system!.id);

    expect(removals.map((e) => [e.op, e.actor, e.rowIds?.length])).toEqual([
      ['rows-delete', 'wang', 5],
      ['rows-delete', 'wang', 12],
    ]);
    expect(removals.flatMap((e) => e.removedRows ?? []).sort((a, b) => a.id - b.id)).toEqual(imported);
  });

  it('lets an edit made after a redo survive, and shows the import in the history of an imported row', async () => {
    fx = await customerFixture();
    const batchId = await importChunks([5]);
    await commitImportBatch(fx.db, batchId);
    await undo(fx.db, fx.workspaceId, 'li');
    await redo(fx.db, fx.workspaceId, 'li');
    const rowId = (await tableRows())[2]!.id;
    await applyCellChanges(fx.db, { workspaceId: fx.workspaceId, actor: 'li', kind: 'edit', changes: [{ tableId: fx.tableId, rowId, columnId: fx.cols.name, value: '王五' }] });

    const log = await historyOfRow(fx.db, fx.tableId, rowId);

    expect(log.map((e) => e.op)).toEqual(['cell', 'rows-add', 'rows-delete', 'rows-add']);
    expect(log[0]).toMatchObject({ before: '客户2', after: '王五' });
  });

  it('rolls back a half compact import exactly, updated cells included, after the tab closed', async () => {
    fx = await customerFixture();
    const [kept] = (await addRows(fx.db, { workspaceId: fx.workspaceId, actor: 'li', tableId: fx.tableId, rows: customers(500, 1) })).rowIds;
    const before = { rows: sansUpdatedAt(await allRows(fx.db), kept!), history: await fx.db.history.toArray(), batches: await fx.db.batches.toArray() };
    await importChunks([20, 20], [{ rowId: kept!, cells: { [fx.cols.phone]: '13700000000' } }]);

    fx.db.close();
    fx.db = openTestDb(fx.name);
    await rollbackUncommittedImports(fx.db);

    const after = { rows: sansUpdatedAt(await allRows(fx.db), kept!), history: await fx.db.history.toArray(), batches: await fx.db.batches.toArray() };
    expect(after).toEqual(before);
  });

  it('cancels an open compact import without recording anything', async () => {
    fx = await customerFixture();
    const historyBefore = await fx.db.history.count();
    const batchId = await importChunks([10, 10]);

    await cancelImportBatch(fx.db, batchId);

    expect(await tableRows()).toEqual([]);
    expect(await fx.db.history.count()).toBe(historyBefore);
  });
});
