import { afterEach, describe, expect, it } from 'vitest';
import {
  addRows,
  beginImportBatch,
  canUndo,
  commitImportBatch,
  rollbackUncommittedImports,
  redo,
  undo,
  writeImportChunk,
} from '../../../src/lib/db/repository.ts';
import type { CellValue } from '../../../src/lib/domain/types.ts';
import { customerFixture, openTestDb, type Fixture } from './test-db.ts';
import { importedRowCount, rowById, rowCount, rowsOfTable } from './stored-rows.ts';

let fx: Fixture;
afterEach(() => fx?.db.close());

const people = (from: number, count: number, nameCol: string) =>
  Array.from({ length: count }, (_, i) => ({ [nameCol]: `客户${from + i}` }));

async function existingRow() {
  const { rowIds } = await addRows(fx.db, {
    workspaceId: fx.workspaceId, actor: 'li', tableId: fx.tableId,
    rows: [{ [fx.cols.name]: '张三', [fx.cols.phone]: '13800000001' }],
  });
  return rowIds[0]!;
}

async function importInChunks(chunks: number, size: number, updates: { rowId: number; cells: Record<string, CellValue> }[] = []) {
  const batchId = await beginImportBatch(fx.db, { workspaceId: fx.workspaceId, actor: 'li', tableId: fx.tableId });
  for (let c = 0; c < chunks; c++) {
    await writeImportChunk(fx.db, batchId, {
      tableId: fx.tableId,
      rows: people(c * size, size, fx.cols.name),
      updates: c === 0 ? updates : [],
    });
  }
  return batchId;
}

const tableRows = () => rowsOfTable(fx.db, fx.tableId);

describe('chunked imports', () => {
  it('rolls back a half import left by a closed tab and keeps committed data', async () => {
    fx = await customerFixture();
    const kept = await existingRow();
    const committed = await importInChunks(2, 50);
    await commitImportBatch(fx.db, committed);
    const half = await importInChunks(3, 100, [{ rowId: kept, cells: { [fx.cols.phone]: '13900000000' } }]);
    expect(await rowCount(fx.db)).toBe(1 + 100 + 300);

    fx.db.close(); // the tab closes mid-import
    fx.db = openTestDb(fx.name);
    const { batchIds } = await rollbackUncommittedImports(fx.db);

    expect(batchIds).toEqual([half]);
    expect(await rowCount(fx.db)).toBe(1 + 100);
    expect(await importedRowCount(fx.db, half)).toBe(0);
    expect(await importedRowCount(fx.db, committed)).toBe(100);
    expect((await rowById(fx.db, kept))?.cells[fx.cols.phone]).toBe('13800000001');
    expect(await fx.db.history.where('batchId').equals(half).count()).toBe(0);
    expect(await fx.db.batches.where('id').equals(half).count()).toBe(0);
  });

  it('keeps an unfinished import out of undo until it is committed', async () => {
    fx = await customerFixture();
    const batchId = await importInChunks(1, 10);
    await expect(canUndo(fx.db, fx.workspaceId)).resolves.toBe(false);
    await commitImportBatch(fx.db, batchId);
    await expect(canUndo(fx.db, fx.workspaceId)).resolves.toBe(true);
    await expect(writeImportChunk(fx.db, batchId, { tableId: fx.tableId, rows: [] })).rejects.toMatchObject({ code: 'batch-not-open' });
  });

  it('undoes a committed import: its rows go and the cells it updated come back; redo brings it all back', async () => {
    fx = await customerFixture();
    const kept = await existingRow();
    const batchId = await importInChunks(3, 200, [
      { rowId: kept, cells: { [fx.cols.phone]: '13900000000', [fx.cols.tags]: ['VIP'] } },
    ]);
    await commitImportBatch(fx.db, batchId);
    expect((await rowById(fx.db, kept))?.cells).toEqual({
      [fx.cols.name]: '张三', [fx.cols.phone]: '13900000000', [fx.cols.tags]: ['VIP'],
    });

    const undone = await undo(fx.db, fx.workspaceId, 'li');
    expect(undone?.batchId).toBe(batchId);
    expect(await tableRows()).toHaveLength(1);
    expect((await rowById(fx.db, kept))?.cells).toEqual({ [fx.cols.name]: '张三', [fx.cols.phone]: '13800000001' });

    await redo(fx.db, fx.workspaceId, 'li');
    expect(await tableRows()).toHaveLength(601);
    expect(await importedRowCount(fx.db, batchId)).toBe(600);
    expect((await rowById(fx.db, kept))?.cells[fx.cols.phone]).toBe('13900000000');
  });

  it('spares imports started after the cutoff, which another tab may still be writing', async () => {
    fx = await customerFixture();
    const cutoff = Date.now() - 1;
    await importInChunks(1, 5);
    const { batchIds } = await rollbackUncommittedImports(fx.db, { startedBefore: cutoff });
    expect(batchIds).toEqual([]);
    expect(await tableRows()).toHaveLength(5);
  });
});

describe('committing an import', () => {
  it('asks IndexedDB for a strict-durability transaction', async () => {
    fx = await customerFixture();
    const batchId = await importInChunks(1, 3);
    const idb = fx.db.backendDB();
    const original = idb.transaction.bind(idb);
    const durabilities: (string | undefined)[] = [];
    idb.transaction = ((stores: string[], mode: IDBTransactionMode, options?: IDBTransactionOptions) => {
      durabilities.push(options?.durability);
      return original(stores, mode, options);
    }) as typeof idb.transaction;
    await commitImportBatch(fx.db, batchId);
    idb.transaction = original;
    expect(durabilities).toContain('strict');
    expect((await fx.db.batches.where('id').equals(batchId).first())?.committed).toBe(true);
    await expect(commitImportBatch(fx.db, batchId)).rejects.toMatchObject({ code: 'batch-not-open' });
  });
});

describe('a large import', () => {
  it('is undone whole even when its entries span many replay chunks', async () => {
    fx = await customerFixture();
    const started = performance.now();
    const batchId = await importInChunks(5, 1000);
    await commitImportBatch(fx.db, batchId);
    const imported = performance.now();
    await undo(fx.db, fx.workspaceId, 'li');
    const undone = performance.now();
    expect(await tableRows()).toHaveLength(0);
    await redo(fx.db, fx.workspaceId, 'li');
    expect(await tableRows()).toHaveLength(5000);
    console.info(`fake-indexeddb: import 5000 rows ${Math.round(imported - started)} ms, undo ${Math.round(undone - imported)} ms`);
  });
});
