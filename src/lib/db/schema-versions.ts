// Every schema version Kedang has shipped, in order. Append only: a shipped entry is never edited.

import type { Transaction } from 'dexie';
import { migrateRowsToBlocks } from './migrate-row-blocks.ts';

export interface SchemaVersion {
  version: number;
  /** Stores added or changed by this version (Dexie keeps the others). */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      workspaces: 'id',
      tables: 'id, workspaceId',
      columns: 'id, tableId',
      rows: '++id, [tableId+id], importBatch',
      views: 'id, tableId',
      history: '++seq, batchId, [tableId+rowId]',
      batches: '++seq, &id, workspaceId, [workspaceId+status]',
      meta: 'key',
    },
  },
  {
    version: 2,
    stores: {
      notDuplicates: '[tableId+a+b], tableId',
    },
    // Workspaces made before `kind` existed are the user's own.
    upgrade: async (tx) => {
      await tx
        .table('workspaces')
        .toCollection()
        .modify((ws: { kind?: string }) => {
          if (ws.kind !== 'demo' && ws.kind !== 'blank') ws.kind = 'blank';
        });
    },
  },
  {
    version: 3,
    // Rows move into blocks of many rows per record (row-blocks.ts): one record per row capped imports near 10k rows/s.
    stores: {
      rowBlocks: '[tableId+n], n, [tableId+n+count]',
    },
    upgrade: migrateRowsToBlocks,
  },
  {
    version: 4,
    // A separate version: an upgrade can read a store only while a later version removes it.
    stores: {
      rows: null,
    },
  },
];

export const SCHEMA_VERSION: number = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
