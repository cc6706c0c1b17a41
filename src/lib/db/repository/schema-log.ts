// The log of schema writes (tables, columns, saved views): entries holding the record before and after,
// written inside the caller's transaction, in a batch of their own or in an open import batch.

import { NO_ROW, type Column, type HistoryEntry, type SavedView, type TableMeta } from '../../domain/types.ts';
import type { KedangDb } from '../schema.ts';
import { RepositoryProblem } from '../records.ts';
import { getBatch, newBatch, storeBatch } from './batch-log.ts';

/**
 * Who changes the schema, and in which batch: a new 'schema' batch the user can undo, a 'system' batch
 * (recorded, never undone: the demo's and the bench's own tables), or `batchId`, an import batch still open,
 * so that undoing or cancelling the import takes its table and columns back with its rows.
 */
export interface SchemaWriter {
  actor: string;
  kind?: 'schema' | 'system';
  batchId?: string;
}

export const SYSTEM_WRITER: SchemaWriter = { actor: 'kedang', kind: 'system' };

export type SchemaChange =
  | { op: 'table'; before: TableMeta | null; after: TableMeta | null }
  | { op: 'column'; before: Column | null; after: Column | null }
  | { op: 'view'; before: SavedView | null; after: SavedView | null };

/** The stores a schema write needs in its transaction, besides its own. */
export const schemaLogStores = (db: KedangDb) => [db.tableMetas, db.history, db.batches];

/** The workspace a table belongs to (schema batches are per workspace). */
export async function workspaceOfTable(db: KedangDb, tableId: string): Promise<string> {
  const table = await db.tableMetas.get(tableId);
  if (!table) throw new RepositoryProblem('table-not-found', { tableId });
  return table.workspaceId;
}

/** Logs the changes of one schema write, inside its transaction. */
export async function logSchema(db: KedangDb, workspaceId: string, writer: SchemaWriter, changes: readonly SchemaChange[]): Promise<void> {
  if (changes.length === 0) return;
  const time = Date.now();
  const open = writer.batchId ? await getBatch(db, writer.batchId) : undefined;
  if (writer.batchId && !open) throw new RepositoryProblem('batch-not-found', { batchId: writer.batchId });
  if (open?.committed) throw new RepositoryProblem('batch-not-open', { batchId: writer.batchId });
  const batch = open ?? newBatch({ workspaceId, actor: writer.actor, kind: writer.kind ?? 'schema' }, time);
  const entries = changes.map((c): HistoryEntry => {
    const record = (c.after ?? c.before)!;
    return {
      batchId: batch.id, time, actor: writer.actor, rowId: NO_ROW, op: c.op, before: c.before, after: c.after,
      tableId: c.op === 'table' ? record.id : (record as Column | SavedView).tableId,
      columnId: c.op === 'column' ? record.id : null,
    };
  });
  if (!open) return storeBatch(db, batch, entries);
  await db.history.bulkAdd(entries);
  await db.batches.update(open.seq!, { entryCount: open.entryCount + entries.length });
}
