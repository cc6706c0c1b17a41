// Merging duplicate rows into one: the survivor takes the merged cells, links move to it, the others are deleted.
// One batch of kind 'merge' in one transaction, so a single undo restores every row and link.

import type { CellValue, HistoryEntry, RowId } from '../../domain/types.ts';
import type { KedangDb } from '../schema.ts';
import { RepositoryProblem, type StoredRow } from '../records.ts';
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
  return db.transaction('rw', [db.rows, db.history, db.batches, db.tableMetas, db.columns], async () => {
    const mergedIds = [...new Set(input.mergedIds)].filter((id) => id !== input.survivorId);
    const rows = await db.rows.bulkGet([input.survivorId, ...mergedIds]);
    rows.forEach((row, i) => {
      const rowId = i === 0 ? input.survivorId : mergedIds[i - 1];
      if (!row) throw new RepositoryProblem('row-not-found', { rowId });
      if (row.tableId !== input.tableId) throw new RepositoryProblem('row-in-other-table', { rowId });
    });
    const [survivor, ...merged] = rows as StoredRow[];
    const time = Date.now();
    const batch = newBatch({ workspaceId: input.workspaceId, actor: input.actor, kind: 'merge', tableId: input.tableId }, time);
    const ctx = { batchId: batch.id, actor: input.actor, time };
    const touched = new TouchedRows();

    const changes = [
      ...survivorChanges(input.tableId, survivor!, input.cells),
      ...(await linkChanges(db, input.workspaceId, input.tableId, new Set(mergedIds), input.survivorId)),
    ];
    const cellEntries = await writeCellChanges(db, changes, ctx, touched);
    const deleteEntries = merged.map((row): HistoryEntry => {
      touched.add(row.tableId, row.id);
      return { ...ctx, tableId: row.tableId, rowId: row.id, columnId: null, op: 'row-delete', before: row, after: null };
    });
    await db.rows.bulkDelete(mergedIds);
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
