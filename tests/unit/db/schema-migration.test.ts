import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { SCHEMA_VERSION } from '../../../src/lib/db/schema.ts';
import type { KedangDb, SchemaChangeNotice } from '../../../src/lib/db/schema.ts';
import { openTestDb, uniqueName, fakeIdb } from './test-db.ts';

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
    await v1.rows.add({ tableId: 't1', cells: { c1: '张三' }, createdAt: 1, updatedAt: 1 });
    expect(v1.verno).toBe(1);
    expect(v1.tables.map((t) => t.name)).not.toContain('notDuplicates');
    v1.close();

    const current = track(openTestDb(name));
    expect(current.verno).toBe(SCHEMA_VERSION);
    expect(await current.workspaces.get('w1')).toMatchObject({ name: '老账本', kind: 'blank' });
    expect(await current.workspaces.get('w2')).toMatchObject({ kind: 'demo' });
    expect(await current.rows.where('[tableId+id]').between(['t1', Dexie.minKey], ['t1', Dexie.maxKey]).toArray())
      .toMatchObject([{ cells: { c1: '张三' } }]);
    await current.notDuplicates.put({ tableId: 't1', a: 1, b: 2, time: 3 });
    expect(await current.notDuplicates.where('tableId').equals('t1').count()).toBe(1);
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
