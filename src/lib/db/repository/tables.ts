// Tables and their typed columns. Schema edits are not in the undo history (entries record cells and rows only).

import type { Column, TableMeta } from '../../domain/types.ts';
import type { KedangDb } from '../schema.ts';
import { RepositoryProblem, type TouchedTable } from '../records.ts';

export type NewColumn = Omit<Column, 'id' | 'tableId' | 'order'> & { id?: string };
export type ColumnPatch = Partial<Pick<Column, 'name' | 'width' | 'hidden' | 'order' | 'choices' | 'type' | 'sensitive'>>;

const schemaTouched = (tableId: string): TouchedTable[] => [{ tableId, rowIds: [], schemaChanged: true }];

function buildColumn(tableId: string, input: NewColumn, order: number): Column {
  return { ...input, id: input.id ?? crypto.randomUUID(), tableId, order };
}

/** Creates a table with its columns; the first column names the rows unless `primaryColumnId` says otherwise. */
export async function createTable(
  db: KedangDb,
  input: { workspaceId: string; name: string; columns: NewColumn[]; primaryColumnId?: string },
): Promise<{ table: TableMeta; columns: Column[]; touched: TouchedTable[] }> {
  return db.transaction('rw', [db.workspaces, db.tableMetas, db.columns], async () => {
    if (!(await db.workspaces.get(input.workspaceId))) {
      throw new RepositoryProblem('workspace-not-found', { workspaceId: input.workspaceId });
    }
    const tableId = crypto.randomUUID();
    const columns = input.columns.map((c, i) => buildColumn(tableId, c, i));
    const primaryColumnId = input.primaryColumnId ?? columns[0]?.id;
    if (!primaryColumnId || !columns.some((c) => c.id === primaryColumnId)) {
      throw new RepositoryProblem('column-not-found', { columnId: primaryColumnId ?? null });
    }
    const order = await db.tableMetas.where('workspaceId').equals(input.workspaceId).count();
    const table: TableMeta = { id: tableId, workspaceId: input.workspaceId, name: input.name, order, primaryColumnId };
    await db.tableMetas.add(table);
    await db.columns.bulkAdd(columns);
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
): Promise<{ column: Column; touched: TouchedTable[] }> {
  return db.transaction('rw', [db.tableMetas, db.columns], async () => {
    if (!(await db.tableMetas.get(tableId))) throw new RepositoryProblem('table-not-found', { tableId });
    const existing = await db.columns.where('tableId').equals(tableId).toArray();
    const order = existing.reduce((max, c) => Math.max(max, c.order + 1), 0);
    const column = buildColumn(tableId, input, order);
    await db.columns.add(column);
    return { column, touched: schemaTouched(tableId) };
  });
}

export async function updateColumn(
  db: KedangDb,
  columnId: string,
  patch: ColumnPatch,
): Promise<{ column: Column; touched: TouchedTable[] }> {
  return db.transaction('rw', [db.columns], async () => {
    const column = await db.columns.get(columnId);
    if (!column) throw new RepositoryProblem('column-not-found', { columnId });
    const updated: Column = { ...column, ...patch, id: column.id, tableId: column.tableId };
    await db.columns.put(updated);
    return { column: updated, touched: schemaTouched(column.tableId) };
  });
}
