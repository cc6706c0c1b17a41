// Cell edits: each changed cell is written with its history entry, in one batch and one transaction.

import type { BatchKind, CellValue, HistoryEntry, RowId } from '../../domain/types.ts';
import type { KedangDb } from '../schema.ts';
import type { StoredRow, TouchedTable } from '../records.ts';
import { RowEditor, rowProblem, rowStores } from '../row-blocks.ts';
import { newBatch, storeBatch, TouchedRows } from './batch-log.ts';
import { sameCell, storedCell, writeCell } from './cell-values.ts';

export interface CellChange {
  tableId: string;
  rowId: RowId;
  columnId: string;
  value: CellValue;
}

export interface BatchResult {
  /** Null when nothing changed: no batch is stored and the redo stack is kept. */
  batchId: string | null;
  touched: TouchedTable[];
}

interface EntryContext {
  batchId: string;
  actor: string;
  time: number;
}

/**
 * Applies cell changes inside the caller's transaction and returns their history entries.
 * Rows are read once, changed in memory in order (a cell changed twice gets two entries, undone in reverse), then written.
 */
export async function writeCellChanges(
  db: KedangDb,
  changes: readonly CellChange[],
  ctx: EntryContext,
  touched: TouchedRows,
  editor: RowEditor = new RowEditor(db),
): Promise<HistoryEntry[]> {
  const rows = await editor.loadAll(changes);
  const missing = changes.find((c) => !rows.has(c.rowId));
  if (missing) await rowProblem(db, missing.rowId);

  const entries: HistoryEntry[] = [];
  const dirty = new Set<StoredRow>();
  for (const change of changes) {
    const row = rows.get(change.rowId)!;
    const before = row.cells[change.columnId];
    if (sameCell(before, change.value)) continue;
    writeCell(row.cells, change.columnId, change.value);
    row.updatedAt = ctx.time;
    dirty.add(row);
    touched.add(row.tableId, row.id);
    entries.push({
      batchId: ctx.batchId,
      time: ctx.time,
      actor: ctx.actor,
      tableId: row.tableId,
      rowId: row.id,
      columnId: change.columnId,
      op: 'cell',
      before: storedCell(before),
      after: storedCell(change.value),
    });
  }
  for (const row of dirty) editor.put(row);
  await editor.flush();
  return entries;
}

export async function applyCellChanges(
  db: KedangDb,
  input: { workspaceId: string; actor: string; kind: BatchKind; changes: CellChange[] },
): Promise<BatchResult> {
  return db.transaction('rw', [...rowStores(db), db.history, db.batches], async () => {
    const time = Date.now();
    const batch = newBatch(input, time);
    const touched = new TouchedRows();
    const entries = await writeCellChanges(db, input.changes, { batchId: batch.id, actor: input.actor, time }, touched);
    if (entries.length === 0) return { batchId: null, touched: [] };
    await storeBatch(db, batch, entries);
    return { batchId: batch.id, touched: touched.list() };
  });
}
