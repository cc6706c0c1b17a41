// Undo and redo of schema entries: a table's, column's or saved view's record put back as the entry had it,
// or taken away.

import { NO_ROW, type Column, type HistoryEntry, type SavedView, type TableMeta } from '../../domain/types.ts';
import type { KedangDb } from '../schema.ts';
import { tableBlockRange } from '../row-blocks.ts';
import type { ReplayContext } from './replay.ts';

type SchemaRecord = TableMeta | Column | SavedView;

/** Replays one 'table', 'column' or 'view' entry inside the caller's transaction; returns how many entries it recorded. */
export async function replaySchemaEntry(db: KedangDb, entry: HistoryEntry, ctx: ReplayContext): Promise<number> {
  const target = (ctx.direction === 'backward' ? entry.before : entry.after) as SchemaRecord | null;
  // The three stores share the shape this needs (a record keyed by its id); Dexie's types do not see that.
  const store = (entry.op === 'table' ? db.tableMetas : entry.op === 'column' ? db.columns : db.views) as unknown as typeof db.views;
  const key = ((entry.before ?? entry.after) as SchemaRecord).id;
  const current = ((await store.get(key)) ?? null) as SchemaRecord | null;
  if (target) {
    await store.put(structuredClone(target) as SavedView);
  } else {
    if (!current) return 0;
    // A table is only taken away while it holds no rows: rows that are not this batch's are never lost with it.
    if (entry.op === 'table' && (await tableHasRows(db, entry.tableId))) return 0;
    await store.delete(key);
  }
  ctx.touched.schemaChanged(entry.tableId);
  if (!ctx.record) return 0;
  await db.history.add({
    batchId: ctx.record.batchId, actor: ctx.record.actor, time: ctx.time, tableId: entry.tableId,
    rowId: NO_ROW, columnId: entry.columnId, op: entry.op, before: current, after: target,
  });
  return 1;
}

async function tableHasRows(db: KedangDb, tableId: string): Promise<boolean> {
  // Empty blocks are never stored, so one block means at least one row.
  return (await db.rowBlocks.where('[tableId+n]').between(...tableBlockRange(tableId)).first()) !== undefined;
}
