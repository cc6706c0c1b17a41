// Adding, deleting and pasting rows; each call is one batch in one transaction.

import type { BatchKind, CellValue, HistoryEntry, RowId } from '../../domain/types.ts';
import type { KedangDb } from '../schema.ts';
import type { StoredRow } from '../records.ts';
import { newBatch, storeBatch, TouchedRows } from './batch-log.ts';
import { sanitiseCells } from './cell-values.ts';
import { writeCellChanges, type BatchResult, type CellChange } from './cells.ts';
import { appendRows, RowEditor, rowProblem, rowStores } from '../row-blocks.ts';

interface EntryContext {
  batchId: string;
  actor: string;
  time: number;
}

/** Inserts rows inside the caller's transaction; returns their new ids and 'row-add' entries holding each row. */
export async function insertRows(
  db: KedangDb,
  tableId: string,
  inputs: readonly Record<string, CellValue>[],
  ctx: EntryContext,
  importBatch?: string,
): Promise<{ rowIds: RowId[]; entries: HistoryEntry[] }> {
  if (inputs.length === 0) return { rowIds: [], entries: [] };
  const rows = inputs.map((cells) => {
    const row: Omit<StoredRow, 'id'> = { tableId, cells: sanitiseCells(cells), createdAt: ctx.time, updatedAt: ctx.time };
    if (importBatch) (row as StoredRow).importBatch = importBatch;
    return row;
  });
  const rowIds = await appendRows(db, rows, tableId);
  const entries = rows.map((row, i): HistoryEntry => ({
    batchId: ctx.batchId,
    time: ctx.time,
    actor: ctx.actor,
    tableId,
    rowId: rowIds[i]!,
    columnId: null,
    op: 'row-add',
    before: null,
    after: { ...row, id: rowIds[i]! },
  }));
  return { rowIds, entries };
}

/**
 * Inserts an import chunk's rows inside the caller's transaction, recorded as ONE 'rows-add' entry listing their ids:
 * the rows are the entry's 'after', so the log does not store every row twice. `cells` must come from sanitiseCells
 * or an equally clean builder (plain objects, empty values left out); they are stored as given.
 */
export async function insertImportRows(
  db: KedangDb,
  tableId: string,
  cells: readonly Record<string, CellValue>[],
  ctx: EntryContext,
  importBatch: string,
): Promise<{ rowIds: RowId[]; entry: HistoryEntry | null }> {
  if (cells.length === 0) return { rowIds: [], entry: null };
  const rows = cells.map((c): Omit<StoredRow, 'id'> => ({ tableId, cells: c, createdAt: ctx.time, updatedAt: ctx.time, importBatch }));
  const rowIds = await appendRows(db, rows, tableId);
  const entry: HistoryEntry = {
    batchId: ctx.batchId,
    time: ctx.time,
    actor: ctx.actor,
    tableId,
    rowId: rowIds[0]!,
    columnId: null,
    op: 'rows-add',
    before: null,
    after: null,
    rowIds,
  };
  return { rowIds, entry };
}

export async function addRows(
  db: KedangDb,
  input: { workspaceId: string; actor: string; tableId: string; rows: Record<string, CellValue>[]; kind?: BatchKind },
): Promise<BatchResult & { rowIds: RowId[] }> {
  return db.transaction('rw', [...rowStores(db), db.history, db.batches], async () => {
    const time = Date.now();
    const batch = newBatch({ ...input, kind: input.kind ?? 'row-add' }, time);
    const { rowIds, entries } = await insertRows(db, input.tableId, input.rows, { batchId: batch.id, actor: input.actor, time });
    if (entries.length === 0) return { batchId: null, touched: [], rowIds };
    await storeBatch(db, batch, entries);
    return { batchId: batch.id, touched: [{ tableId: input.tableId, rowIds }], rowIds };
  });
}

export async function deleteRows(
  db: KedangDb,
  input: { workspaceId: string; actor: string; tableId: string; rowIds: RowId[] },
): Promise<BatchResult> {
  return db.transaction('rw', [...rowStores(db), db.history, db.batches], async () => {
    const time = Date.now();
    const batch = newBatch({ ...input, kind: 'row-delete' }, time);
    const rowIds = [...new Set(input.rowIds)];
    const editor = new RowEditor(db);
    const rows = await editor.load(input.tableId, rowIds);
    const missing = rows.findIndex((row) => !row);
    if (missing >= 0) await rowProblem(db, rowIds[missing]!);
    const entries = (rows as StoredRow[]).map((row): HistoryEntry => {
      return {
        batchId: batch.id, time, actor: input.actor, tableId: row.tableId, rowId: row.id,
        columnId: null, op: 'row-delete', before: row, after: null,
      };
    });
    if (entries.length === 0) return { batchId: null, touched: [] };
    rowIds.forEach((id) => editor.delete(input.tableId, id));
    await editor.flush();
    await storeBatch(db, batch, entries);
    return { batchId: batch.id, touched: [{ tableId: input.tableId, rowIds }] };
  });
}

/** The grid's paste: changed cells and rows added below the last one, undone together. */
export async function pasteBlock(
  db: KedangDb,
  input: { workspaceId: string; actor: string; tableId: string; changes: CellChange[]; newRows: Record<string, CellValue>[] },
): Promise<BatchResult & { rowIds: RowId[] }> {
  return db.transaction('rw', [...rowStores(db), db.history, db.batches], async () => {
    const time = Date.now();
    const batch = newBatch({ ...input, kind: 'paste' }, time);
    const ctx = { batchId: batch.id, actor: input.actor, time };
    const touched = new TouchedRows();
    const cellEntries = await writeCellChanges(db, input.changes, ctx, touched);
    const { rowIds, entries: rowEntries } = await insertRows(db, input.tableId, input.newRows, ctx);
    rowIds.forEach((id) => touched.add(input.tableId, id));
    const entries = [...cellEntries, ...rowEntries];
    if (entries.length === 0) return { batchId: null, touched: [], rowIds };
    await storeBatch(db, batch, entries);
    return { batchId: batch.id, touched: touched.list(), rowIds };
  });
}
