// What the row blocks hold, read directly for assertions (the app reads through row-pages.ts).

import type { StoredRow } from '../../../src/lib/db/records.ts';
import type { KedangDb } from '../../../src/lib/db/schema.ts';

/** Every stored row of every table, by id. */
export async function allRows(db: KedangDb): Promise<StoredRow[]> {
  return (await db.rowBlocks.toArray()).flatMap((b) => b.rows).sort((a, b) => a.id - b.id);
}

export const rowCount = async (db: KedangDb): Promise<number> => (await allRows(db)).length;

export const rowsOfTable = async (db: KedangDb, tableId: string): Promise<StoredRow[]> =>
  (await allRows(db)).filter((r) => r.tableId === tableId);

export const rowById = async (db: KedangDb, id: number): Promise<StoredRow | undefined> =>
  (await allRows(db)).find((r) => r.id === id);

export async function rowsById(db: KedangDb, ids: readonly number[]): Promise<(StoredRow | undefined)[]> {
  const byId = new Map((await allRows(db)).map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id));
}

export const importedRowCount = async (db: KedangDb, importBatch: string): Promise<number> =>
  (await allRows(db)).filter((r) => r.importBatch === importBatch).length;
