// The Dexie database of Kedang: typed stores, versioned migrations, and what happens when another tab upgrades it.

import Dexie, { type DexieOptions, type EntityTable, type Table } from 'dexie';
import type { Column, HistoryEntry, SavedView, TableMeta, Workspace } from '../domain/types.ts';
import type { BatchRecord, MetaRecord, NotDuplicateRecord } from './records.ts';
import type { RowBlock } from './row-blocks.ts';
import { SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema-versions.ts';

export { SCHEMA_VERSION } from './schema-versions.ts';

/** Another IndexedDB implementation (fake-indexeddb in tests); the global one otherwise. */
export type KedangDbOptions = Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>;

/** Why the open database can no longer be used as it is; the UI asks the user to reload or close other tabs. */
export interface SchemaChangeNotice {
  reason: 'upgraded-elsewhere' | 'deleted-elsewhere' | 'upgrade-blocked';
  /** The schema version the other connection wants (null when deleting). */
  newVersion: number | null;
}

type SchemaChangeListener = (notice: SchemaChangeNotice) => void;

// Dexie stores version v as IndexedDB version v*10.
const toSchemaVersion = (idbVersion: number | null | undefined): number | null =>
  idbVersion ? Math.round(idbVersion / 10) : null;

export class KedangDb extends Dexie {
  declare workspaces: Table<Workspace, string>;
  declare columns: Table<Column, string>;
  declare rowBlocks: Table<RowBlock, [string, number]>;
  declare views: Table<SavedView, string>;
  declare history: EntityTable<HistoryEntry, 'seq'>;
  declare batches: EntityTable<BatchRecord, 'seq'>;
  declare meta: Table<MetaRecord, string>;
  declare notDuplicates: Table<NotDuplicateRecord, [string, number, number]>;

  readonly #listeners = new Set<SchemaChangeListener>();

  /** `upToVersion` exists for migration tests: it opens the database exactly as that version shipped. */
  constructor(name: string, options: KedangDbOptions = {}, upToVersion: number = SCHEMA_VERSION) {
    super(name, options);
    for (const v of SCHEMA_VERSIONS) {
      if (v.version > upToVersion) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
    this.on('versionchange', (ev: IDBVersionChangeEvent) => {
      // Close rather than keep writing with an outdated schema; autoOpen stays off so later calls fail fast.
      this.close();
      const reason = ev.newVersion ? 'upgraded-elsewhere' : 'deleted-elsewhere';
      this.#notify({ reason, newVersion: toSchemaVersion(ev.newVersion) });
      return false; // done here: skips Dexie's default close-and-warn
    });
    this.on('blocked', (ev: IDBVersionChangeEvent) => {
      this.#notify({ reason: 'upgrade-blocked', newVersion: toSchemaVersion(ev.newVersion) });
    });
  }

  /** The 'tables' store: Dexie's own `db.tables` (the list of all stores) hides it, so it is reached by name. */
  get tableMetas(): Table<TableMeta, string> {
    return this.table('tables');
  }

  /** Calls `listener` when another tab upgrades or deletes this database (this connection is then closed). */
  onSchemaChange(listener: SchemaChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #notify(notice: SchemaChangeNotice): void {
    for (const listener of this.#listeners) listener(notice);
  }
}

export function openKedangDb(name = 'kedang', options?: KedangDbOptions): KedangDb {
  return new KedangDb(name, options);
}
