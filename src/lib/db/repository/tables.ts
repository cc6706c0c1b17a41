// Tables and their typed columns. Each change is logged as 'table' and 'column' entries (the record before and
// after) in the same transaction: in a batch of its own, or in the open import batch that made it.

import type { Column, TableMeta } from '../../domain/types.ts';
import type { KedangDb } from '../schema.ts';
import { RepositoryProblem, type TouchedTable } from '../records.ts';
import { logSchema, schemaLogStores, SYSTEM_WRITER, workspaceOfTable, type SchemaChange, type SchemaWriter } from './schema-log.ts';

export type { SchemaWriter } from './schema-log.ts';
export type NewColumn = Omit<Column, 'id' | 'tableId' | 'order'> & { id?: string };
export type ColumnPatch = Partial<Pick<Column, 'name' | 'width' | 'hidden' | 'order' | 'choices' | 'type' | 'sensitive'>>;

const schemaTouched = (tableId: string): TouchedTable[] => [{ tableId, rowIds: [], schemaChanged: true }];

const schemaStores = (db: KedangDb) => [db.workspaces, db.columns, ...schemaLogStores(db)];

function buildColumn(tableId: string, input: NewColumn, order: number): Column {
  return { ...input, id: input.id ?? crypto.randomUUID(), tableId, order };
}

/** Creates a table with its columns; the first column names the rows unless `primaryColumnId` says otherwise. */
export async function createTable(
  db: KedangDb,
  input: { workspaceId: string; name: string; columns: NewColumn[]; primaryColumnId?: string; id?: string },
  writer: SchemaWriter = SYSTEM_WRITER,
): Promise<{ table: TableMeta; columns: Column[]; touched: TouchedTable[] }> {
  return db.transaction('rw', schemaStores(db), async () => {
    if (!(await db.workspaces.get(input.workspaceId))) {
      throw new RepositoryProblem('workspace-not-found', { workspaceId: input.workspaceId });
    }
    const tableId = input.id ?? crypto.randomUUID();
    const columns = input.columns.map((c, i) => buildColumn(tableId, c, i));
    const primaryColumnId = input.primaryColumnId ?? columns[0]?.id;
    if (!primaryColumnId || !columns.some((c) => c.id === primaryColumnId)) {
      throw new RepositoryProblem('column-not-found', { columnId: primaryColumnId ?? null });
    }
    const order = await db.tableMetas.where('workspaceId').equals(input.workspaceId).count();
    const table: TableMeta = { id: tableId, workspaceId: input.workspaceId, name: input.name, order, primaryColumnId };
    await db.tableMetas.add(table);
    await db.columns.bulkAdd(columns);
    await logSchema(db, input.workspaceId, writer, [
      { op: 'table', before: null, after: table },
      ...columns.map((c): SchemaChange => ({ op: 'column', before: null, after: c })),
    ]);
    return { table, columns, touched: schemaTouched(tableId) };
  });
}

export async function listTables(db: KedangDb, workspaceId: string): Promise<TableMeta[]> {
  return (await db.tableMetas.where('workspaceId').equals(workspaceId).toArray()).sort((a, b) => a.order - b.order);
}

export async function getColumns(db: KedangDb, tableId: string): Promise<Column[]> {
  return (await db.columns.where('tableId').equals(tableId).toArray()).sort((a, b) => a.order - b.order);
}

export async function addColumn(
  db: KedangDb,
  tableId: string,
  input: NewColumn,
  writer: SchemaWriter = SYSTEM_WRITER,
): Promise<{ column: Column; touched: TouchedTable[] }> {
  return db.transaction('rw', schemaStores(db), async () => {
    const workspaceId = await workspaceOfTable(db, tableId);
    const existing = await db.columns.where('tableId').equals(tableId).toArray();
    const order = existing.reduce((max, c) => Math.max(max, c.order + 1), 0);
    const column = buildColumn(tableId, input, order);
    await db.columns.add(column);
    await logSchema(db, workspaceId, writer, [{ op: 'column', before: null, after: column }]);
    return { column, touched: schemaTouched(column.tableId) };
  });
}

export async function updateColumn(
  db: KedangDb,
  columnId: string,
  patch: ColumnPatch,
  writer: SchemaWriter = SYSTEM_WRITER,
): Promise<{ column: Column; touched: TouchedTable[] }> {
  const [column] = await updateColumns(db, [{ columnId, patch }], writer);
  return { column: column!, touched: schemaTouched(column!.tableId) };
}

/**
 * Patches several columns as one change (a reorder moves every column at once), in one transaction and batch.
 * A patch that changes nothing is not logged; when none changes anything, no batch is stored.
 */
export async function updateColumns(
  db: KedangDb,
  patches: { columnId: string; patch: ColumnPatch }[],
  writer: SchemaWriter = SYSTEM_WRITER,
): Promise<Column[]> {
  return db.transaction('rw', schemaStores(db), async () => {
    const updated: Column[] = [];
    const changes: SchemaChange[] = [];
    let workspaceId: string | null = null;
    for (const { columnId, patch } of patches) {
      const column = await db.columns.get(columnId);
      if (!column) throw new RepositoryProblem('column-not-found', { columnId });
      workspaceId ??= await workspaceOfTable(db, column.tableId);
      const next: Column = { ...column, ...patch, id: column.id, tableId: column.tableId };
      updated.push(next);
      if (JSON.stringify(next) === JSON.stringify(column)) continue;
      await db.columns.put(next);
      changes.push({ op: 'column', before: column, after: next });
    }
    if (workspaceId) await logSchema(db, workspaceId, writer, changes);
    return updated;
  });
}
