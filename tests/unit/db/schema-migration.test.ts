import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { SCHEMA_VERSION } from '../../../src/lib/db/schema.ts';
import type { KedangDb, SchemaChangeNotice } from '../../../src/lib/db/schema.ts';
import { openTestDb, uniqueName, fakeIdb } from './test-db.ts';
import { countRows, readRowsAfter } from '../../../src/lib/db/row-pages.ts';
import { addRows } from '../../../src/lib/db/repository.ts';

const opened: Dexie[] = [];
afterEach(() => {
  opened.splice(0).forEach((db) => db.close());
});
const track = <T extends Dexie>(db: T): T => {
  opened.push(db);
  return db;
};

describe('schema migrations', () => {
  it('upgrades a database made by version 1: data survives and workspaces get a kind', async () => {
    const name = uniqueName('migrate');
    const v1 = track(openTestDb(name, 1));
    // A version 1 workspace stored before `kind` was required.
    await v1.workspaces.add({ id: 'w1', name: '老账本', createdAt: 1 } as never);
    await v1.workspaces.add({ id: 'w2', name: '演示', createdAt: 2, kind: 'demo' });
    await v1.table('rows').add({ tableId: 't1', cells: { c1: '张三' }, createdAt: 1, updatedAt: 1 });
    expect(v1.verno).toBe(1);
    expect(v1.tables.map((t) => t.name)).not.toContain('notDuplicates');
    v1.close();

    const current = track(openTestDb(name));
    expect(current.verno).toBe(SCHEMA_VERSION);
    expect(await current.workspaces.get('w1')).toMatchObject({ name: '老账本', kind: 'blank' });
    expect(await current.workspaces.get('w2')).toMatchObject({ kind: 'demo' });
    expect(await readRowsAfter(current, 't1', null, 10)).toMatchObject([{ cells: { c1: '张三' } }]);
    await current.notDuplicates.put({ tableId: 't1', a: 1, b: 2, time: 3 });
    expect(await current.notDuplicates.where('tableId').equals('t1').count()).toBe(1);
  });

  it('moves rows of version 2 into blocks per table, in id order, and never hands out an id the log still names', async () => {
    const name = uniqueName('blocks');
    const v2 = track(openTestDb(name, 2));
    const rows = v2.table('rows');
    // 1,300 rows over three blocks, two tables interleaved, so blocks are shared by id range but not by table.
    for (let i = 1; i <= 1300; i++) {
      await rows.add({ tableId: i % 3 === 0 ? 'b' : 'a', cells: { c: `r${i}` }, createdAt: i, updatedAt: i });
    }
    await rows.delete(1300);
    // Row 1300 was deleted; its history entry must still be the only owner of that id.
    await v2.history.add({ batchId: 'x', time: 1, actor: 'u', tableId: 'a', rowId: 1300, columnId: null, op: 'row-delete', before: null, after: null });
    v2.close();

    const current = track(openTestDb(name));
    const a = await readRowsAfter(current, 'a', null, 5000);
    const b = await readRowsAfter(current, 'b', null, 5000);
    expect(a.map((r) => r.id)).toEqual(Array.from({ length: 1299 }, (_, i) => i + 1).filter((i) => i % 3 !== 0));
    expect(b.map((r) => r.id)).toEqual(Array.from({ length: 1300 }, (_, i) => i + 1).filter((i) => i % 3 === 0));
    expect(b[0]).toMatchObject({ tableId: 'b', cells: { c: 'r3' }, createdAt: 3 });
    expect(await countRows(current, 'a')).toBe(a.length);
    expect(current.tables.map((t) => t.name)).not.toContain('rows');
    const { rowIds } = await addRows(current, { workspaceId: 'w', actor: 'u', tableId: 'a', rows: [{ c: 'new' }] });
    expect(rowIds).toEqual([1301]);
  });

  it('reaches the tables store by name, since Dexie keeps db.tables for itself', async () => {
    const db = track(openTestDb(uniqueName()));
    await db.tableMetas.add({ id: 't', workspaceId: 'w', name: '客户', order: 0, primaryColumnId: 'c' });
    expect(await db.tableMetas.where('workspaceId').equals('w').count()).toBe(1);
  });
});

describe('another tab opening a newer schema', () => {
  it('closes the old connection, tells the app, and lets the newer open finish', async () => {
    const name = uniqueName('versionchange');
    const old = track(openTestDb(name, 1));
    await old.open();
    const notices: SchemaChangeNotice[] = [];
    old.onSchemaChange((n) => notices.push(n));

    const newer: KedangDb = track(openTestDb(name));
    await newer.open(); // would hang if the old connection stayed open
    expect(newer.verno).toBe(SCHEMA_VERSION);
    expect(notices).toEqual([{ reason: 'upgraded-elsewhere', newVersion: SCHEMA_VERSION }]);
    expect(old.isOpen()).toBe(false);
    await expect(old.workspaces.count()).rejects.toThrow();
  });

  it('does not hang when the database is deleted by another tab either', async () => {
    const name = uniqueName('deleted');
    const db = track(openTestDb(name));
    await db.open();
    const notices: SchemaChangeNotice[] = [];
    db.onSchemaChange((n) => notices.push(n));
    await new Promise((resolve, reject) => {
      const request = fakeIdb.indexedDB.deleteDatabase(name);
      request.onsuccess = resolve;
      request.onerror = reject;
    });
    expect(notices).toEqual([{ reason: 'deleted-elsewhere', newVersion: null }]);
  });

  it('tells the app when an old connection blocks the upgrade, and finishes once it closes', async () => {
    const name = uniqueName('blocked');
    const v1 = openTestDb(name, 1);
    await v1.open();
    const idbVersion = v1.backendDB().version;
    v1.close();
    // An old tab that ignores versionchange, as a hung page would.
    const blocker = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = fakeIdb.indexedDB.open(name, idbVersion);
      request.onsuccess = () => resolve(request.result);
      request.onerror = reject;
    });
    const newer = track(openTestDb(name));
    const notices: SchemaChangeNotice[] = [];
    newer.onSchemaChange((n) => notices.push(n));
    const opening = newer.open();
    await new Promise((r) => setTimeout(r, 20));
    expect(notices).toEqual([{ reason: 'upgrade-blocked', newVersion: SCHEMA_VERSION }]);
    blocker.close();
    await opening;
    expect(newer.verno).toBe(SCHEMA_VERSION);
  });
});
