// Batches and their history entries, written inside the caller's transaction.

import type { BatchKind, HistoryEntry, RowId } from '../../domain/types.ts';
import type { KedangDb } from '../schema.ts';
import type { BatchRecord, TouchedTable } from '../records.ts';

export interface BatchStart {
  workspaceId: string;
  actor: string;
  kind: BatchKind;
  committed?: boolean;
  revertsBatchId?: string;
  tableId?: string;
}

/** A new user batch clears the redo stack: what was undone can no longer be redone. */
export async function dropRedoStack(db: KedangDb, workspaceId: string): Promise<void> {
  await db.batches.where('[workspaceId+status]').equals([workspaceId, 'undone']).modify({ status: 'dropped' });
}

export function newBatch(start: BatchStart, time: number): BatchRecord {
  const batch: BatchRecord = {
    id: crypto.randomUUID(),
    workspaceId: start.workspaceId,
    kind: start.kind,
    time,
    actor: start.actor,
    status: 'done',
    committed: start.committed ?? true,
    entryCount: 0,
  };
  if (start.revertsBatchId) batch.revertsBatchId = start.revertsBatchId;
  if (start.tableId) batch.tableId = start.tableId;
  return batch;
}

/** Stores a finished batch with its entries; user batches first drop the redo stack. */
export async function storeBatch(db: KedangDb, batch: BatchRecord, entries: HistoryEntry[]): Promise<void> {
  if (batch.kind !== 'system') await dropRedoStack(db, batch.workspaceId);
  batch.entryCount = entries.length;
  await db.batches.add(batch);
  if (entries.length > 0) await db.history.bulkAdd(entries);
}

export async function getBatch(db: KedangDb, batchId: string): Promise<BatchRecord | undefined> {
  return db.batches.where('id').equals(batchId).first();
}

/** Collects the rows a write touched, per table, for the change feed. */
export class TouchedRows {
  readonly #byTable = new Map<string, Set<RowId>>();
  readonly #schema = new Set<string>();

  add(tableId: string, rowId: RowId): void {
    let ids = this.#byTable.get(tableId);
    if (!ids) this.#byTable.set(tableId, (ids = new Set()));
    ids.add(rowId);
  }

  schemaChanged(tableId: string): void {
    this.#schema.add(tableId);
  }

  list(): TouchedTable[] {
    const tableIds = new Set([...this.#byTable.keys(), ...this.#schema]);
    return [...tableIds].map((tableId) => {
      const touched: TouchedTable = { tableId, rowIds: [...(this.#byTable.get(tableId) ?? [])] };
      if (this.#schema.has(tableId)) touched.schemaChanged = true;
      return touched;
    });
  }
}
