// Merging duplicate rows into one: the survivor takes the merged cells, links move to it, the others are deleted.
// One batch of kind 'merge' in one transaction, so a single undo restores every row and link.

import type { CellValue, HistoryEntry, RowId } from '../../domain/types.ts';
import type { KedangDb } from '../schema.ts';
import type { StoredRow } from '../records.ts';
import { RowEditor, rowProblem, rowStores } from '../row-blocks.ts';
import { newBatch, storeBatch, TouchedRows } from './batch-log.ts';
import { writeCellChanges, type BatchResult, type CellChange } from './cells.ts';
import { readRowsAfter } from '../row-pages.ts';

const LINK_PAGE = 20_000;

export interface MergeRowsInput {
  workspaceId: string;
  actor: string;
  tableId: string;
  survivorId: RowId;
  /** The rows merged into the survivor and then deleted. */
  mergedIds: RowId[];
  /** The survivor's whole record after the merge: columns absent here end up empty. */
  cells: Record<string, CellValue>;
}

export async function mergeRows(db: KedangDb, input: MergeRowsInput): Promise<BatchResult> {
  return db.transaction('rw', [...rowStores(db), db.history, db.batches, db.tableMetas, db.columns], async () => {
    const mergedIds = [...new Set(input.mergedIds)].filter((id) => id !== input.survivorId);
    const ids = [input.survivorId, ...mergedIds];
    const editor = new RowEditor(db);
    const rows = await editor.load(input.tableId, ids);
    const missing = rows.findIndex((row) => !row);
    if (missing >= 0) await rowProblem(db, ids[missing]!);
    const [survivor, ...merged] = rows as StoredRow[];
    const time = Date.now();
    const batch = newBatch({ workspaceId: input.workspaceId, actor: input.actor, kind: 'merge', tableId: input.tableId }, time);
    const ctx = { batchId: batch.id, actor: input.actor, time };
    const touched = new TouchedRows();

    const changes = [
      ...survivorChanges(input.tableId, survivor!, input.cells),
      ...(await linkChanges(db, input.workspaceId, input.tableId, new Set(mergedIds), input.survivorId)),
    ];
    const cellEntries = await writeCellChanges(db, changes, ctx, touched, editor);
    const deleteEntries = merged.map((row): HistoryEntry => {
      touched.add(row.tableId, row.id);
      return { ...ctx, tableId: row.tableId, rowId: row.id, columnId: null, op: 'row-delete', before: row, after: null };
    });
    mergedIds.forEach((id) => editor.delete(input.tableId, id));
    await editor.flush();
    touched.add(input.tableId, input.survivorId);
    await storeBatch(db, batch, [...cellEntries, ...deleteEntries]);
    return { batchId: batch.id, touched: touched.list() };
  });
}

function survivorChanges(tableId: string, survivor: StoredRow, cells: Record<string, CellValue>): CellChange[] {
  const columns = new Set([...Object.keys(survivor.cells), ...Object.keys(cells)]);
  return [...columns].map((columnId) => ({ tableId, rowId: survivor.id, columnId, value: cells[columnId] ?? null }));
}

/** Every link cell of the workspace pointing at a merged row, re-pointed at the survivor. */
async function linkChanges(
  db: KedangDb,
  workspaceId: string,
  tableId: string,
  mergedIds: ReadonlySet<RowId>,
  survivorId: RowId,
): Promise<CellChange[]> {
  const tableIds = (await db.tableMetas.where('workspaceId').equals(workspaceId).primaryKeys()) as string[];
  const columns = (await db.columns.where('tableId').anyOf(tableIds).toArray()).filter(
    (c) => c.type === 'link' && c.linkTableId === tableId,
  );
  const byTable = new Map<string, typeof columns>();
  for (const column of columns) byTable.set(column.tableId, [...(byTable.get(column.tableId) ?? []), column]);
  const changes: CellChange[] = [];
  for (const [linkingTable, linkColumns] of byTable) {
    // Pages read with getAll: a cursor over every row is many times slower.
    for (let after: RowId | null = null; ; ) {
      const page = await readRowsAfter(db, linkingTable, after, LINK_PAGE);
      for (const row of page) {
        if (linkingTable === tableId && mergedIds.has(row.id)) continue;
        for (const column of linkColumns) {
          const value = row.cells[column.id];
          if (typeof value === 'number' && mergedIds.has(value)) {
            changes.push({ tableId: linkingTable, rowId: row.id, columnId: column.id, value: survivorId });
          }
        }
      }
      if (page.length < LINK_PAGE) break;
      after = page[page.length - 1]!.id;
    }
  }
  return changes;
}
