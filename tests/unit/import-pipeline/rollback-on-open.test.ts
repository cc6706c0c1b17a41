// fake-indexeddb/auto first: the data service opens its database through the global indexedDB.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { beginImportBatch, createTable, createWorkspace, writeImportChunk } from '../../../src/lib/db/repository.ts';
import { openKedangDb } from '../../../src/lib/db/schema.ts';
import { DataService } from '../../../src/lib/engine/data-service.ts';
import { importedRowCount } from '../db/stored-rows.ts';

afterEach(() => vi.unstubAllGlobals());

async function halfImports(dbName: string) {
  const db = openKedangDb(dbName);
  const workspace = await createWorkspace(db, { name: '测试', kind: 'blank' });
  const { table, columns } = await createTable(db, { workspaceId: workspace.id, name: '客户', columns: [{ name: '姓名', type: 'text' }] });
  const half = async () => {
    const batchId = await beginImportBatch(db, { workspaceId: workspace.id, actor: 'li', tableId: table.id });
    await writeImportChunk(db, batchId, { tableId: table.id, rows: [{ [columns[0]!.id]: '甲' }, { [columns[0]!.id]: '乙' }] });
    return batchId;
  };
  const abandoned = await half();
  const running = await half();
  db.close();
  return { abandoned, running };
}

describe('opening the database', () => {
  it('rolls back a half import whose lock nobody holds and leaves one another tab is still running', async () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const dbName = `rollback-${crypto.randomUUID()}`;
    const { abandoned, running } = await halfImports(dbName);
    vi.stubGlobal('navigator', { locks: { query: async () => ({ held: [{ name: `kedang-import:${running}` }, { name: 'other-lock' }] }) } });

    const service = new DataService();
    await service.open({ dbName, actor: 'li' });

    const db = service.db();
    expect(await db.batches.where('id').equals(abandoned).count()).toBe(0);
    expect(await importedRowCount(db, abandoned)).toBe(0);
    expect(await importedRowCount(db, running)).toBe(2);
    db.close();
  });
});
