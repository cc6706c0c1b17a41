// Undo and redo of a compact 'rows-add' entry (an import chunk): removing its rows stashes them, restoring reads the stash.

import type { HistoryEntry, RowId } from '../../domain/types.ts';
import type { KedangDb } from '../schema.ts';
import type { StoredRow } from '../records.ts';
import type { ReplayContext } from './replay.ts';
import { RowEditor } from '../row-blocks.ts';

// Rows are read and written in slices so undoing a million-row import never holds it all in memory.
const SLICE = 2000;

/**
 * Backward (undo, rollback): deletes the listed rows still present; an undo records each as a 'row-delete' holding
 * the whole row, so the rows survive in its own entries. Forward (redo): puts back each row as the latest
 * 'row-delete' of it stored it, and records one 'rows-add' entry again. Returns how many entries it recorded.
 */
export async function replayRowsAdd(db: KedangDb, entry: HistoryEntry, ctx: ReplayContext): Promise<number> {
  const ids = entry.rowIds ?? [entry.rowId];
  let recorded = 0;
  const restored: RowId[] = [];
  const order = ctx.direction === 'backward' ? [...ids].reverse() : ids;
  for (let start = 0; start < order.length; start += SLICE) {
    const slice = order.slice(start, start + SLICE);
    if (ctx.direction === 'backward') recorded += await removeRows(db, entry.tableId, slice, ctx);
    else restored.push(...(await restoreRows(db, entry.tableId, slice, ctx)));
  }
  if (ctx.direction === 'forward' && ctx.record && restored.length > 0) {
    await db.history.add({
      batchId: ctx.record.batchId, actor: ctx.record.actor, time: ctx.time, tableId: entry.tableId,
      rowId: restored[0]!, columnId: null, op: 'rows-add', before: null, after: null, rowIds: restored,
    });
    recorded++;
  }
  return recorded;
}

async function removeRows(db: KedangDb, tableId: string, ids: RowId[], ctx: ReplayContext): Promise<number> {
  const editor = new RowEditor(db);
  const rows = (await editor.load(tableId, ids)).filter((r): r is StoredRow => r !== undefined);
  if (rows.length === 0) return 0;
  rows.forEach((r) => editor.delete(tableId, r.id));
  await editor.flush();
  rows.forEach((r) => ctx.touched.add(tableId, r.id));
  if (!ctx.record) return 0;
  const { batchId, actor } = ctx.record;
  await db.history.bulkAdd(
    rows.map((row): HistoryEntry => ({ batchId, actor, time: ctx.time, tableId, rowId: row.id, columnId: null, op: 'row-delete', before: row, after: null })),
  );
  return rows.length;
}

/** The rows as their latest removal stored them; rows never stashed (or present again) are left alone. */
async function restoreRows(db: KedangDb, tableId: string, ids: RowId[], ctx: ReplayContext): Promise<RowId[]> {
  const editor = new RowEditor(db);
  const present = await editor.load(tableId, ids);
  const missing = ids.filter((_, i) => present[i] === undefined);
  if (missing.length === 0) return [];
  const entries = await db.history.where('[tableId+rowId]').anyOf(missing.map((id) => [tableId, id])).toArray();
  const latest = new Map<RowId, HistoryEntry>();
  for (const e of entries) {
    const seen = latest.get(e.rowId);
    if (!seen || (e.seq ?? 0) > (seen.seq ?? 0)) latest.set(e.rowId, e);
  }
  const rows: StoredRow[] = [];
  for (const id of missing) {
    const removal = latest.get(id);
    if (removal?.op === 'row-delete' && removal.before) rows.push(structuredClone(removal.before) as StoredRow);
  }
  rows.forEach((r) => editor.put(r));
  await editor.flush();
  rows.forEach((r) => ctx.touched.add(tableId, r.id));
  return rows.map((r) => r.id);
}
