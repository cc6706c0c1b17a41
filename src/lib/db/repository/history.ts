// Reading the log: a row's history and the latest batches of a workspace.

import type { HistoryEntry, RowId } from '../../domain/types.ts';
import type { KedangDb } from '../schema.ts';
import type { BatchRecord } from '../records.ts';

/** Every recorded change of the row, newest first. */
export async function historyOfRow(db: KedangDb, tableId: string, rowId: RowId): Promise<HistoryEntry[]> {
  return db.history.where('[tableId+rowId]').equals([tableId, rowId]).reverse().toArray();
}

/** The workspace's latest batches (user and system), newest first. */
export async function recentBatches(db: KedangDb, workspaceId: string, limit = 50): Promise<BatchRecord[]> {
  return db.batches
    .where('workspaceId')
    .equals(workspaceId)
    .reverse()
    .limit(limit)
    .toArray();
}

/** The entries of one batch in the order they were written. */
export async function entriesOfBatch(db: KedangDb, batchId: string): Promise<HistoryEntry[]> {
  return db.history.where('batchId').equals(batchId).toArray();
}
