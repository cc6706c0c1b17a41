// Saved views of a table, logged like the other schema records; and the small key/value settings (current
// workspace, locale, actor), which are preferences, not data, and are not logged.

import type { SavedView } from '../../domain/types.ts';
import type { KedangDb } from '../schema.ts';
import { logSchema, schemaLogStores, SYSTEM_WRITER, workspaceOfTable, type SchemaWriter } from './schema-log.ts';

export async function saveView(
  db: KedangDb,
  input: Omit<SavedView, 'id'> & { id?: string },
  writer: SchemaWriter = SYSTEM_WRITER,
): Promise<SavedView> {
  return db.transaction('rw', [db.views, ...schemaLogStores(db)], async () => {
    const view: SavedView = { ...input, id: input.id ?? crypto.randomUUID() };
    const workspaceId = await workspaceOfTable(db, view.tableId);
    const before = (await db.views.get(view.id)) ?? null;
    await db.views.put(view);
    await logSchema(db, workspaceId, writer, [{ op: 'view', before, after: view }]);
    return view;
  });
}

export async function listViews(db: KedangDb, tableId: string): Promise<SavedView[]> {
  return db.views.where('tableId').equals(tableId).toArray();
}

export async function deleteView(db: KedangDb, viewId: string, writer: SchemaWriter = SYSTEM_WRITER): Promise<void> {
  await db.transaction('rw', [db.views, ...schemaLogStores(db)], async () => {
    const view = await db.views.get(viewId);
    if (!view) return;
    await db.views.delete(viewId);
    await logSchema(db, await workspaceOfTable(db, view.tableId), writer, [{ op: 'view', before: view, after: null }]);
  });
}

export async function getMeta<T>(db: KedangDb, key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

export async function setMeta(db: KedangDb, key: string, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}
