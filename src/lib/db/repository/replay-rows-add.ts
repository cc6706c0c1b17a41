// Undo and redo of a compact 'rows-add' entry (an import chunk): removing its rows stashes them in ONE 'rows-delete'
// entry, restoring reads that stash back. One entry per chunk keeps undoing a million-row import to a few hundred
// history records instead of a million.

import type { HistoryEntry, RowId } from '../../domain/types.ts';
import type { KedangDb } from '../schema.ts';
import type { StoredRow } from '../records.ts';
import type { ReplayContext } from './replay.ts';
import { RowEditor } from '../row-blocks.ts';

/**
 * Backward (undo, rollback): deletes the listed rows still present; an undo records them whole in one 'rows-delete'
 * entry keyed by the entry's first row id. Forward (redo): puts back each row as the latest removal of it stored it,
 * and records one 'rows-add' entry again. Returns how many entries it recorded.
 */
export async function replayRowsAdd(db: KedangDb, entry: HistoryEntry, ctx: ReplayContext): Promise<number> {
  const ids = entry.rowIds ?? [entry.rowId];
  if (ctx.direction === 'backward') return removeRows(db, entry, ids, ctx);
  const restored = await restoreRows(db, entry, ids, ctx);
  if (!ctx.record || restored.length === 0) return 0;
  await db.history.add({
    batchId: ctx.record.batchId, actor: ctx.record.actor, time: ctx.time, tableId: entry.tableId,
    rowId: restored[0]!, columnId: null, op: 'rows-add', before: null, after: null, rowIds: restored,
  });
  return 1;
}

async function removeRows(db: KedangDb, entry: HistoryEntry, ids: RowId[], ctx: ReplayContext): Promise<number> {
  const { tableId } = entry;
  const editor = new RowEditor(db);
  const rows = (await editor.load(tableId, ids)).filter((r): r is StoredRow => r !== undefined);
  if (rows.length === 0) return 0;
  rows.forEach((r) => editor.delete(tableId, r.id));
  await editor.flush();
  rows.forEach((r) => ctx.touched.add(tableId, r.id));
  if (!ctx.record) return 0;
  const { batchId, actor } = ctx.record;
  await db.history.add({
    batchId, actor, time: ctx.time, tableId, rowId: entry.rowId, columnId: null, op: 'rows-delete',
    before: null, after: null, rowIds: rows.map((r) => r.id), removedRows: rows,
  });
  return 1;
}

/** The rows as their latest removal stored them; rows never stashed (or present again) are left alone. */
async function restoreRows(db: KedangDb, entry: HistoryEntry, ids: RowId[], ctx: ReplayContext): Promise<RowId[]> {
  const { tableId } = entry;
  const editor = new RowEditor(db);
  const present = await editor.load(tableId, ids);
  const missing = new Set(ids.filter((_, i) => present[i] === undefined));
  if (missing.size === 0) return [];
  const stash = await latestRemovals(db, tableId, [entry.rowId, ...missing]);
  const rows: StoredRow[] = [];
  for (const id of ids) {
    const row = missing.has(id) ? stash.get(id) : undefined;
    if (row) rows.push(structuredClone(row));
  }
  rows.forEach((r) => editor.put(r));
  await editor.flush();
  rows.forEach((r) => ctx.touched.add(tableId, r.id));
  return rows.map((r) => r.id);
}

/**
 * Row id → the row as its latest removal kept it: compact 'rows-delete' entries (found under the first id of the
 * chunk they undid) and single 'row-delete' entries (a merge, a delete, or logs written before compact removals).
 */
async function latestRemovals(db: KedangDb, tableId: string, keys: RowId[]): Promise<Map<RowId, StoredRow>> {
  const entries = await db.history.where('[tableId+rowId]').anyOf(keys.map((id) => [tableId, id])).toArray();
  entries.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  const latest = new Map<RowId, StoredRow>();
  for (const e of entries) {
    if (e.op === 'rows-delete') for (const row of e.removedRows ?? []) latest.set(row.id, row as StoredRow);
    else if (e.op === 'row-delete' && e.before) latest.set(e.rowId, e.before as StoredRow);
  }
  return latest;
}
