// A fresh database per test on fake-indexeddb, with one workspace and a customer table of three columns.

import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { KedangDb } from '../../../src/lib/db/schema.ts';
import { createTable, createWorkspace } from '../../../src/lib/db/repository.ts';
import type { Column } from '../../../src/lib/domain/types.ts';

let counter = 0;

export const fakeIdb = { indexedDB, IDBKeyRange };

export function uniqueName(prefix = 'kedang-test'): string {
  counter += 1;
  return `${prefix}-${counter}-${crypto.randomUUID()}`;
}

export function openTestDb(name: string, upToVersion?: number): KedangDb {
  return new KedangDb(name, fakeIdb, upToVersion);
}

export interface Fixture {
  db: KedangDb;
  name: string;
  workspaceId: string;
  tableId: string;
  cols: { name: string; phone: string; tags: string };
  columns: Column[];
}

export async function customerFixture(): Promise<Fixture> {
  const name = uniqueName();
  const db = openTestDb(name);
  const workspace = await createWorkspace(db, { name: '测试', kind: 'blank' });
  const { table, columns } = await createTable(db, {
    workspaceId: workspace.id,
    name: '客户',
    columns: [
      { name: '姓名', type: 'text' },
      { name: '电话', type: 'phone' },
      { name: '标签', type: 'multiSelect', choices: ['VIP', '新客'] },
    ],
  });
  const [nameCol, phoneCol, tagsCol] = columns.map((c) => c.id);
  return {
    db,
    name,
    workspaceId: workspace.id,
    tableId: table.id,
    cols: { name: nameCol!, phone: phoneCol!, tags: tagsCol! },
    columns,
  };
}
