// The worker's cached copy of each opened table, loaded page by page in the background.

import { ColumnarTable } from '../domain/query/columnar-table.ts';
import { readRowsById, rowPages } from '../db/row-pages.ts';
import type { KedangDb } from '../db/schema.ts';
import type { RowId } from '../domain/types.ts';

const PAGE = 20_000;

interface Entry {
  table: ColumnarTable;
  loaded: Promise<ColumnarTable>;
  done: boolean;
}

export class TableCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly db: KedangDb) {}

  /** Starts loading the table if needed; resolves once every row is in memory. */
  load(tableId: string): Promise<ColumnarTable> {
    return this.entry(tableId).loaded;
  }

  isLoaded(tableId: string): boolean {
    return this.entries.get(tableId)?.done ?? false;
  }

  private entry(tableId: string): Entry {
    let entry = this.entries.get(tableId);
    if (!entry) {
      const table = new ColumnarTable();
      const created: Entry = { table, done: false, loaded: Promise.resolve(table) };
      created.loaded = this.fill(table, tableId).then(() => {
        created.done = true;
        return table;
      });
      entry = created;
      this.entries.set(tableId, entry);
      // A failed load is forgotten so that the next request tries again.
      entry.loaded.catch(() => this.entries.delete(tableId));
    }
    return entry;
  }

  private async fill(table: ColumnarTable, tableId: string): Promise<void> {
    for await (const rows of rowPages(this.db, tableId, PAGE)) table.upsert(rows);
  }

  /** Re-reads the given rows from the database into a cached table (rows gone from the store are dropped). */
  async refreshRows(tableId: string, rowIds: RowId[]): Promise<void> {
    const entry = this.entries.get(tableId);
    if (!entry) return;
    await entry.loaded;
    const rows = await readRowsById(this.db, rowIds, tableId);
    const present = rows.filter((r): r is NonNullable<typeof r> => r !== undefined && r.tableId === tableId);
    const gone = rowIds.filter((_, i) => rows[i] === undefined || rows[i]!.tableId !== tableId);
    entry.table.upsert(present);
    entry.table.remove(gone);
  }

  forget(tableId?: string): void {
    if (tableId === undefined) this.entries.clear();
    else this.entries.delete(tableId);
  }
}
