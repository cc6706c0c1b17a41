// Workspaces: creating, listing, and deleting one with everything stored under it.

import Dexie from 'dexie';
import type { Workspace } from '../../domain/types.ts';
import type { KedangDb } from '../schema.ts';
import type { TouchedTable } from '../records.ts';
import { tableBlockRange } from '../row-blocks.ts';

export async function createWorkspace(db: KedangDb, input: { name: string; kind: Workspace['kind'] }): Promise<Workspace> {
  const workspace: Workspace = { id: crypto.randomUUID(), name: input.name, kind: input.kind, createdAt: Date.now() };
  await db.workspaces.add(workspace);
  return workspace;
}

export async function listWorkspaces(db: KedangDb): Promise<Workspace[]> {
  return (await db.workspaces.toArray()).sort((a, b) => a.createdAt - b.createdAt);
}

/** Deletes the workspace, its tables, columns, rows, views, history and batches, all or nothing. */
export async function deleteWorkspace(db: KedangDb, workspaceId: string): Promise<{ touched: TouchedTable[] }> {
  const stores = [db.workspaces, db.tableMetas, db.columns, db.rowBlocks, db.views, db.history, db.batches, db.notDuplicates];
  return db.transaction('rw', stores, async () => {
    const tableIds = (await db.tableMetas.where('workspaceId').equals(workspaceId).primaryKeys()) as string[];
    for (const tableId of tableIds) {
      await db.rowBlocks.where('[tableId+n]').between(...tableBlockRange(tableId)).delete();
      await db.history.where('[tableId+rowId]').between([tableId, Dexie.minKey], [tableId, Dexie.maxKey]).delete();
    }
    if (tableIds.length > 0) {
      await db.columns.where('tableId').anyOf(tableIds).delete();
      await db.views.where('tableId').anyOf(tableIds).delete();
      await db.notDuplicates.where('tableId').anyOf(tableIds).delete();
      await db.tableMetas.bulkDelete(tableIds);
    }
    await db.batches.where('workspaceId').equals(workspaceId).delete();
    await db.workspaces.delete(workspaceId);
    return { touched: tableIds.map((tableId) => ({ tableId, rowIds: [], schemaChanged: true })) };
  });
}
