// Reading the log: a row's history and the latest batches of a workspace.

import type { HistoryEntry, RowId } from '../../domain/types.ts';
import type { KedangDb } from '../schema.ts';
import type { BatchRecord, StoredRow } from '../records.ts';
import { RowEditor } from '../row-blocks.ts';

/** Every recorded change of the row, newest first, including the compact entries of the import that added it. */
export async function historyOfRow(db: KedangDb, tableId: string, rowId: RowId): Promise<HistoryEntry[]> {
  const own = await db.history.where('[tableId+rowId]').equals([tableId, rowId]).toArray();
  const compact = await compactEntriesOf(db, rowId, await importBatchesOf(db, tableId, rowId, own));
  const bySeq = new Map<number, HistoryEntry>();
  for (const e of [...own, ...compact]) bySeq.set(e.seq!, e);
  return [...bySeq.values()].sort((a, b) => b.seq! - a.seq!);
}

/** The imports the row came from, as its stored row (or a logged copy of it) names them. */
async function importBatchesOf(db: KedangDb, tableId: string, rowId: RowId, own: HistoryEntry[]): Promise<Set<string>> {
  const ids = new Set<string>();
  const [stored] = await new RowEditor(db).load(tableId, [rowId]);
  if (stored?.importBatch) ids.add(stored.importBatch);
  for (const e of own) {
    for (const row of [e.before, e.after]) {
      const tag = row && typeof row === 'object' && !Array.isArray(row) ? (row as StoredRow).importBatch : undefined;
      if (tag) ids.add(tag);
    }
  }
  return ids;
}

/** The compact entries listing the row: 'rows-add' by its import or a redo of it, 'rows-delete' by an undo of it. */
async function compactEntriesOf(db: KedangDb, rowId: RowId, importIds: Set<string>): Promise<HistoryEntry[]> {
  if (importIds.size === 0) return [];
  const redos = await db.batches.filter((b) => b.revertsBatchId !== undefined && importIds.has(b.revertsBatchId)).toArray();
  const batchIds = [...importIds, ...redos.map((b) => b.id)];
  const entries = await db.history.where('batchId').anyOf(batchIds).filter((e) => e.op === 'rows-add' || e.op === 'rows-delete').toArray();
  return entries.filter((e) => e.rowIds?.includes(rowId));
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
