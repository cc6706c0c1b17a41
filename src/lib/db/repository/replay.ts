// Replays a batch's history entries backwards (undo, rollback) or forwards (redo), chunk by chunk, inside the caller's transaction.

import type { CellValue, HistoryEntry, Row, RowId } from '../../domain/types.ts';
import type { KedangDb } from '../schema.ts';
import type { StoredRow } from '../records.ts';
import type { TouchedRows } from './batch-log.ts';
import { storedCell, writeCell } from './cell-values.ts';
import { replayRowsAdd } from './replay-rows-add.ts';
import { replaySchemaEntry } from './replay-schema.ts';
import { RowEditor, rowStores } from '../row-blocks.ts';

// Entries are read in chunks so undoing a 100 000-row import never holds it all in memory.
export const CHUNK = 2000;

/** The stores a replay writes: rows, the log, and the tables, columns and views of schema entries. */
export function replayStores(db: KedangDb) {
  return [...rowStores(db), db.history, db.batches, db.tableMetas, db.columns, db.views];
}

export interface ReplayContext {
  direction: 'backward' | 'forward';
  time: number;
  /** Where the replay's own entries go (the system batch); null records nothing (rollback of an unfinished import). */
  record: { batchId: string; actor: string } | null;
  touched: TouchedRows;
}

/** Replays every entry of `batchId`; returns how many entries the replay itself recorded. */
export async function replayBatch(db: KedangDb, batchId: string, ctx: ReplayContext): Promise<number> {
  const seqs = await db.history.where('batchId').equals(batchId).primaryKeys();
  if (ctx.direction === 'backward') seqs.reverse();
  let recorded = 0;
  for (let start = 0; start < seqs.length; start += CHUNK) {
    const found = await db.history.bulkGet(seqs.slice(start, start + CHUNK));
    const entries = found.filter((e): e is HistoryEntry => e !== undefined);
    // Entries replay in order: per-row entries in runs, each compact 'rows-add' and each schema entry on its own.
    let run: HistoryEntry[] = [];
    for (const entry of entries) {
      // A 'rows-delete' entry is an undo's own record; only user batches are replayed, so it never is.
      if (entry.op === 'rows-delete') continue;
      if (entry.op === 'cell' || entry.op === 'row-add' || entry.op === 'row-delete') {
        run.push(entry);
        continue;
      }
      if (run.length > 0) recorded += await replayChunk(db, run, ctx);
      run = [];
      recorded += await (entry.op === 'rows-add' ? replayRowsAdd(db, entry, ctx) : replaySchemaEntry(db, entry, ctx));
    }
    if (run.length > 0) recorded += await replayChunk(db, run, ctx);
  }
  return recorded;
}

async function replayChunk(db: KedangDb, entries: HistoryEntry[], ctx: ReplayContext): Promise<number> {
  const editor = new RowEditor(db);
  // rowId → the row as it stands after the entries so far (null: absent).
  const found = await editor.loadAll(entries);
  const rows = new Map<RowId, StoredRow | null>(entries.map((e) => [e.rowId, found.get(e.rowId) ?? null]));
  const tableOf = new Map<RowId, string>(entries.map((e) => [e.rowId, e.tableId]));
  const changed = new Set<RowId>();
  const recorded: HistoryEntry[] = [];
  const record = (entry: Omit<HistoryEntry, 'batchId' | 'time' | 'actor'>) => {
    if (ctx.record) recorded.push({ ...entry, batchId: ctx.record.batchId, actor: ctx.record.actor, time: ctx.time });
  };

  for (const entry of entries) {
    const target = ctx.direction === 'backward' ? entry.before : entry.after;
    const row = rows.get(entry.rowId) ?? null;
    if (entry.op === 'cell') {
      if (!row || entry.columnId === null) continue; // the row is gone: nothing left to restore into
      const before = storedCell(row.cells[entry.columnId]);
      writeCell(row.cells, entry.columnId, target as CellValue);
      row.updatedAt = ctx.time;
      record({ tableId: entry.tableId, rowId: entry.rowId, columnId: entry.columnId, op: 'cell', before, after: storedCell(target as CellValue) });
    } else {
      const restores = ctx.direction === 'backward' ? entry.op === 'row-delete' : entry.op === 'row-add';
      if (restores) {
        const restored = structuredClone(target as Row) as StoredRow;
        rows.set(entry.rowId, restored);
        record({ tableId: entry.tableId, rowId: entry.rowId, columnId: null, op: 'row-add', before: null, after: structuredClone(restored) });
      } else {
        if (!row) continue;
        rows.set(entry.rowId, null);
        record({ tableId: entry.tableId, rowId: entry.rowId, columnId: null, op: 'row-delete', before: row, after: null });
      }
    }
    changed.add(entry.rowId);
    ctx.touched.add(entry.tableId, entry.rowId);
  }

  for (const id of changed) {
    const row = rows.get(id);
    if (row) editor.put(row);
    else editor.delete(tableOf.get(id)!, id);
  }
  await editor.flush();
  if (recorded.length > 0) await db.history.bulkAdd(recorded);
  return recorded.length;
}
