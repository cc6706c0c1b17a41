// Saved views of a table, and the small key/value settings (current workspace, locale, actor).

import type { SavedView } from '../../domain/types.ts';
import type { KedangDb } from '../schema.ts';

export async function saveView(db: KedangDb, input: Omit<SavedView, 'id'> & { id?: string }): Promise<SavedView> {
  const view: SavedView = { ...input, id: input.id ?? crypto.randomUUID() };
  await db.views.put(view);
  return view;
}

export async function listViews(db: KedangDb, tableId: string): Promise<SavedView[]> {
  return db.views.where('tableId').equals(tableId).toArray();
}

export async function deleteView(db: KedangDb, viewId: string): Promise<void> {
  await db.views.delete(viewId);
}

export async function getMeta<T>(db: KedangDb, key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

export async function setMeta(db: KedangDb, key: string, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}
