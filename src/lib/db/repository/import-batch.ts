// Imports written in chunks: one batch over many transactions, only valid once committed.

import type { CellValue, RowId } from '../../domain/types.ts';
import type { KedangDb } from '../schema.ts';
import { RepositoryProblem, type BatchRecord, type TouchedTable } from '../records.ts';
import { getBatch, newBatch, storeBatch, TouchedRows } from './batch-log.ts';
import { writeCellChanges, type CellChange } from './cells.ts';
import { replayBatch, replayStores } from './replay.ts';
import { sanitiseCells } from './cell-values.ts';
import { insertImportRows } from './rows.ts';
import { deleteImportedRows, nextRowId, rowStores } from '../row-blocks.ts';

export async function beginImportBatch(
  db: KedangDb,
  input: { workspaceId: string; actor: string; tableId: string },
): Promise<string> {
  return db.transaction('rw', [db.history, db.batches, db.meta], async () => {
    const batch: BatchRecord = { ...newBatch({ ...input, kind: 'import', committed: false }, Date.now()), firstRowId: await nextRowId(db) };
    await storeBatch(db, batch, []);
    return batch.id;
  });
}

async function openBatch(db: KedangDb, batchId: string): Promise<BatchRecord> {
  const batch = await getBatch(db, batchId);
  if (!batch) throw new RepositoryProblem('batch-not-found', { batchId });
  if (batch.committed) throw new RepositoryProblem('batch-not-open', { batchId });
  return batch;
}

/**
 * Writes one chunk in its own transaction: new rows (tagged with the batch, logged as one 'rows-add' entry) and
 * updates of existing rows. In `updates`, a column given an empty value is cleared. A failing write aborts the whole chunk.
 * `clean` says the rows' cells are already plain objects without empty values (the import pipeline builds them so),
 * which spares copying every row again here.
 */
export async function writeImportChunk(
  db: KedangDb,
  batchId: string,
  chunk: {
    tableId: string;
    rows: Record<string, CellValue>[];
    updates?: { rowId: RowId; cells: Record<string, CellValue> }[];
    clean?: boolean;
  },
): Promise<{ rowIds: RowId[]; touched: TouchedTable[] }> {
  return db.transaction('rw', [...rowStores(db), db.history, db.batches], async () => {
    const batch = await openBatch(db, batchId);
    const ctx = { batchId, actor: batch.actor, time: Date.now() };
    const touched = new TouchedRows();
    const changes: CellChange[] = (chunk.updates ?? []).flatMap(({ rowId, cells }) =>
      Object.keys(cells).map((columnId) => ({ tableId: chunk.tableId, rowId, columnId, value: cells[columnId] ?? null })),
    );
    const cellEntries = await writeCellChanges(db, changes, ctx, touched);
    const cleanRows = chunk.clean ? chunk.rows : chunk.rows.map((cells) => sanitiseCells(cells));
    const { rowIds, entry } = await insertImportRows(db, chunk.tableId, cleanRows, ctx, batchId);
    rowIds.forEach((id) => touched.add(chunk.tableId, id));
    const entries = entry ? [...cellEntries, entry] : cellEntries;
    if (entries.length > 0) await db.history.bulkAdd(entries);
    await db.batches.update(batch.seq!, { entryCount: batch.entryCount + entries.length });
    return { rowIds, touched: touched.list() };
  });
}

/**
 * Marks the import whole. Written with durability 'strict' so a crash right after cannot lose the commit
 * while keeping the rows; Dexie has no per-transaction durability, hence the raw IndexedDB transaction.
 */
export async function commitImportBatch(db: KedangDb, batchId: string): Promise<void> {
  if (!db.isOpen()) await db.open();
  const idb = db.backendDB();
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction(['batches'], 'readwrite', { durability: 'strict' });
    const store = tx.objectStore('batches');
    const request = store.index('id').get(batchId);
    let problem: RepositoryProblem | null = null;
    request.onsuccess = () => {
      const batch = request.result as BatchRecord | undefined;
      if (!batch) problem = new RepositoryProblem('batch-not-found', { batchId });
      else if (batch.committed) problem = new RepositoryProblem('batch-not-open', { batchId });
      if (problem) tx.abort();
      else store.put({ ...batch, committed: true });
    };
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(problem ?? tx.error);
  });
}

/**
 * Removes an unfinished import: its rows, the cells it updated back to their old values, the table and columns
 * it created, its entries and batch.
 */
export async function cancelImportBatch(db: KedangDb, batchId: string): Promise<TouchedTable[]> {
  return db.transaction('rw', replayStores(db), async () => {
    const batch = await openBatch(db, batchId);
    const touched = new TouchedRows();
    // Rows carry the tag in the same transaction as their entries; the sweep only guards against a partial past
    // cleanup. It goes first so that a table the import created is empty when its entry is replayed.
    if (batch.tableId) {
      const leftover = await deleteImportedRows(db, batch.tableId, batch.firstRowId ?? 0, batchId);
      leftover.forEach((id) => touched.add(batch.tableId!, id));
    }
    await replayBatch(db, batchId, { direction: 'backward', time: Date.now(), record: null, touched });
    await db.history.where('batchId').equals(batchId).delete();
    await db.batches.delete(batch.seq!);
    return touched.list();
  });
}

/**
 * Cancels every import left uncommitted, e.g. by a tab closed mid-import; call it when the database opens.
 * `startedBefore` and `except` (the ids of imports known to be running) spare imports another tab may still be writing.
 */
export async function rollbackUncommittedImports(
  db: KedangDb,
  options: { startedBefore?: number; except?: ReadonlySet<string> } = {},
): Promise<{ batchIds: string[]; touched: TouchedTable[] }> {
  const cutoff = options.startedBefore ?? Infinity;
  const spared = options.except ?? new Set<string>();
  const open = await db.batches.filter((b) => !b.committed && b.time < cutoff && !spared.has(b.id)).toArray();
  const touched: TouchedTable[] = [];
  for (const batch of open) touched.push(...(await cancelImportBatch(db, batch.id)));
  return { batchIds: open.map((b) => b.id), touched };
}
