// The data service's column layout writes: undoable batches that this tab's grid already shows, so only other
// tabs are told; undoing one tells every tab, this one included, that the columns changed.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DataService } from '../../../src/lib/engine/data-service.ts';
import type { ChangeNotice } from '../../../src/lib/workers/data.api.ts';

const services: DataService[] = [];
afterEach(() => services.splice(0).forEach((s) => s.db().close()));

async function openTab(dbName: string, notices: ChangeNotice[]) {
  const service = new DataService();
  service.onChange((n) => notices.push(n));
  const workspace = await service.open({ dbName, actor: 'li' });
  services.push(service);
  return { service, workspace };
}

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('column layout through the data service', () => {
  it('stores a resize as an undoable batch, tells only the other tab, and an undo tells both', async () => {
    const dbName = `layout-${crypto.randomUUID()}`;
    const here: ChangeNotice[] = [];
    const there: ChangeNotice[] = [];
    const { service, workspace } = await openTab(dbName, here);
    await openTab(dbName, there);
    const [table] = await service.listTables(workspace.id);
    const [column] = await service.getColumns(table!.id);

    const written = await service.updateColumn(workspace.id, column!.id, { width: 333 });
    await settle();

    expect(written.undo).toEqual({ canUndo: true, canRedo: false });
    expect((await service.getColumns(table!.id))[0]!.width).toBe(333);
    expect(here).toEqual([]);
    expect(there).toEqual([{ kind: 'schema', workspaceId: workspace.id, tableIds: [table!.id], fromOtherTab: true }]);

    here.length = 0;
    there.length = 0;
    await service.undo(workspace.id);
    await settle();

    expect((await service.getColumns(table!.id))[0]!.width).toBe(column!.width);
    expect(here).toContainEqual({ kind: 'schema', workspaceId: workspace.id, tableIds: [table!.id], fromOtherTab: false });
    expect(there).toContainEqual({ kind: 'schema', workspaceId: workspace.id, tableIds: [table!.id], fromOtherTab: true });
  });
});
