// Merges one reviewed cluster: survivorship picks the cells, the repository writes them as one 'merge' batch.

import { mergeRows } from '../db/repository.ts';
import { readRowsById } from '../db/row-pages.ts';
import { RepositoryProblem } from '../db/records.ts';
import type { KedangDb } from '../db/schema.ts';
import { defaultSurvivorId, mergeRecords, type MergeRecord } from '../domain/dedup/survivorship.ts';
import type { MergeRequest } from '../workers/dedup.api.ts';
import type { BatchResult } from '../db/repository/cells.ts';

export async function mergeCluster(db: KedangDb, request: MergeRequest): Promise<BatchResult & { workspaceId: string }> {
  const table = await db.tableMetas.get(request.tableId);
  if (!table) throw new RepositoryProblem('table-not-found', { tableId: request.tableId });
  const ids = [...new Set(request.survivorId === undefined ? request.rowIds : [request.survivorId, ...request.rowIds])];
  const found = await readRowsById(db, ids, request.tableId);
  const records: MergeRecord[] = found.map((row, i) => {
    if (!row) throw new RepositoryProblem('row-not-found', { rowId: ids[i] });
    return { id: row.id, cells: row.cells, updatedAt: row.updatedAt };
  });
  // A cluster merged unseen (merge all above) keeps the record the review would have proposed.
  const survivorId = request.survivorId ?? defaultSurvivorId(records);
  const cells = mergeRecords(records, { columns: request.rules, default: 'mostComplete', chosenId: survivorId });
  const result = await mergeRows(db, {
    workspaceId: table.workspaceId,
    actor: request.actor,
    tableId: request.tableId,
    survivorId,
    mergedIds: ids.filter((id) => id !== survivorId),
    cells,
  });
  return { ...result, workspaceId: table.workspaceId };
}
