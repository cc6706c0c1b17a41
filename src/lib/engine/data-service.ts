// The data worker's implementation of DataApi: reads through the query engine, writes through the repository.

import { seedDemoWorkspace } from './demo-seed.ts';
import { ChangeFeed, type FeedMessage } from './change-feed.ts';
import { LinkLabeller } from './link-labels.ts';
import { TableCache } from './table-cache.ts';
import { ViewOrders } from './view-order.ts';
import { RangeOps } from './range-ops.ts';
import { createBenchTable } from './bench-table.ts';
import { runningImportIds } from '../import-pipeline/import-locks.ts';
import { exportView } from './export-view.ts';
import * as Comlink from 'comlink';
import { countRows, readRowsAt } from '../db/row-pages.ts';
import { openKedangDb, type KedangDb } from '../db/schema.ts';
import * as repo from '../db/repository.ts';
import { type CellValue, type Column, type RowId, type RowQuery, type TableMeta, type Workspace } from '../domain/types.ts';
import type { ChangeNotice, DataApi, ExportFormat, ExportProgress, ExportResult, GridRow, RowBlock, UndoState, ViewRange, WriteResult } from '../workers/data.api.ts';

type Touched = { tableId: string; rowIds: number[]; schemaChanged?: boolean }[];

export class DataService implements DataApi {
  private database!: KedangDb;
  private actor = 'me';
  private cache!: TableCache;
  private links!: LinkLabeller;
  private feed: ChangeFeed | null = null;
  private listener: ((notice: ChangeNotice) => void) | null = null;
  private readonly orders = new ViewOrders();
  private readonly columnCache = new Map<string, Column[]>();
  private ranges!: RangeOps;

  async open(options: { dbName: string; actor: string; workspaceId?: string | null }): Promise<Workspace> {
    this.actor = options.actor;
    this.database = openKedangDb(options.dbName);
    this.cache = new TableCache(this.database);
    this.links = new LinkLabeller(this.cache, (id) => this.tableMeta(id), (id) => this.getColumns(id));
    this.ranges = new RangeOps(this);
    const feed = new ChangeFeed(`kedang:${options.dbName}`, (m) => this.applyRemote(m));
    if (this.listener) feed.listen(this.listener);
    this.feed = feed;
    this.database.onSchemaChange(() => feed.notify({ kind: 'reload-required' }));
    // An import whose Web Lock is held is still running (in this tab or another); only abandoned ones go.
    await repo.rollbackUncommittedImports(this.database, { except: await runningImportIds() });
    const workspaces = await repo.listWorkspaces(this.database);
    const chosen = workspaces.find((w) => w.id === options.workspaceId) ?? workspaces[0];
    return chosen ?? (await seedDemoWorkspace(this.database, '演示工作区 Demo'));
  }

  onChange(listener: (notice: ChangeNotice) => void): void {
    this.listener = listener;
    this.feed?.listen(listener);
  }

  listWorkspaces(): Promise<Workspace[]> {
    return repo.listWorkspaces(this.database);
  }

  async createBlankWorkspace(name: string, tableName: string, columnNames: string[]): Promise<Workspace> {
    const workspace = await repo.createWorkspace(this.database, { name, kind: 'blank' });
    await repo.createTable(this.database, {
      workspaceId: workspace.id,
      name: tableName,
      columns: columnNames.map((n) => ({ name: n, type: 'text' as const })),
    });
    this.feed?.publish({ workspaces: true });
    return workspace;
  }

  async resetDemo(): Promise<Workspace> {
    for (const w of await repo.listWorkspaces(this.database)) {
      if (w.kind === 'demo') await repo.deleteWorkspace(this.database, w.id);
    }
    this.cache.forget();
    this.columnCache.clear();
    const workspace = await seedDemoWorkspace(this.database, '演示工作区 Demo');
    this.feed?.publish({ workspaces: true });
    return workspace;
  }

  listTables(workspaceId: string): Promise<TableMeta[]> {
    return repo.listTables(this.database, workspaceId);
  }

  async tableMeta(tableId: string): Promise<TableMeta | undefined> {
    return this.database.tableMetas.get(tableId);
  }

  async getColumns(tableId: string): Promise<Column[]> {
    let columns = this.columnCache.get(tableId);
    if (!columns) {
      columns = (await repo.getColumns(this.database, tableId)).sort((a, b) => a.order - b.order);
      this.columnCache.set(tableId, columns);
    }
    return columns;
  }

  /**
   * A column's layout as the grid already shows it (width, hidden, name): one undoable batch, told to the other
   * tabs only, so that this tab's grid is not rebuilt under the user's hands.
   */
  async updateColumn(
    workspaceId: string,
    columnId: string,
    patch: Partial<Pick<Column, 'width' | 'hidden' | 'order' | 'name'>>,
  ): Promise<WriteResult> {
    return this.writeLayout(workspaceId, [{ columnId, patch }]);
  }

  /** The grid's new column order, as one batch. */
  async reorderColumns(workspaceId: string, colIds: string[]): Promise<WriteResult> {
    return this.writeLayout(workspaceId, colIds.map((columnId, order) => ({ columnId, patch: { order } })));
  }

  private async writeLayout(workspaceId: string, patches: { columnId: string; patch: repo.ColumnPatch }[]): Promise<WriteResult> {
    const columns = await repo.updateColumns(this.database, patches, { actor: this.actor });
    const tableIds = [...new Set(columns.map((c) => c.tableId))];
    for (const tableId of tableIds) this.columnCache.delete(tableId);
    this.feed?.publishToOthers({ workspaceId, touched: tableIds.map((tableId) => ({ tableId, rowIds: [] })), schema: true });
    return { undo: await this.undoState(workspaceId) };
  }

  /** The view's order of row indexes, with the table it indexes into and its columns. */
  async view(tableId: string, query: RowQuery) {
    const table = await this.cache.load(tableId);
    const columns = await this.getColumns(tableId);
    const labels = await this.links.prepare(columns);
    const order = this.orders.orderOf(tableId, table, columns, query, labels);
    this.orders.warm(tableId, table, columns);
    return { table, columns, labels, order };
  }

  async getRows(tableId: string, query: RowQuery, start: number, end: number): Promise<RowBlock> {
    if (!this.cache.isLoaded(tableId) && isPlainQuery(query)) {
      // First screen of a large table: answer from the store while the whole table loads behind it.
      void this.cache.load(tableId);
      const columns = await this.getColumns(tableId);
      const labels = await this.links.prepare(columns);
      const [rows, rowCount] = await Promise.all([readRowsAt(this.database, tableId, start, end - start), countRows(this.database, tableId)]);
      return { rowCount, rows: rows.map((r) => toGridRow(r.id, r.cells, columns, labels)) };
    }
    const { table, columns, labels, order } = await this.view(tableId, query);
    const rows: GridRow[] = [];
    const colIds = columns.map((c) => c.id);
    for (let p = start; p < Math.min(end, order.length); p++) {
      const index = order[p]!;
      rows.push(toGridRow(table.ids[index]!, table.cellsAt(index, colIds), columns, labels));
    }
    return { rows, rowCount: order.length };
  }

  async countRows(tableId: string, query: RowQuery): Promise<number> {
    return (await this.view(tableId, query)).order.length;
  }

  async linkChoices(tableId: string, search: string, limit: number): Promise<{ id: RowId; label: string }[]> {
    const labelOf = await this.links.labelsOf(tableId);
    const table = await this.cache.load(tableId);
    const needle = search.trim().toLowerCase();
    const found: { id: RowId; label: string }[] = [];
    for (const id of table.ids) {
      const label = labelOf(id) ?? '';
      if (needle === '' || label.toLowerCase().includes(needle)) found.push({ id, label });
      if (found.length >= limit) break;
    }
    return found;
  }

  async editCell(workspaceId: string, tableId: string, rowId: RowId, columnId: string, value: CellValue): Promise<WriteResult> {
    return this.write(workspaceId, async () => {
      const r = await repo.applyCellChanges(this.database, { workspaceId, actor: this.actor, kind: 'edit', changes: [{ tableId, rowId, columnId, value }] });
      return r.touched;
    });
  }

  async addRows(workspaceId: string, tableId: string, count: number): Promise<WriteResult & { rowIds: RowId[] }> {
    let rowIds: RowId[] = [];
    const result = await this.write(workspaceId, async () => {
      const r = await repo.addRows(this.database, { workspaceId, actor: this.actor, tableId, rows: Array.from({ length: count }, () => ({})) });
      rowIds = r.rowIds;
      return [{ tableId, rowIds }];
    });
    return { ...result, rowIds };
  }

  async deleteRows(workspaceId: string, tableId: string, rowIds: RowId[]): Promise<WriteResult> {
    return this.write(workspaceId, async () => {
      await repo.deleteRows(this.database, { workspaceId, actor: this.actor, tableId, rowIds });
      return [{ tableId, rowIds }];
    });
  }

  paste(workspaceId: string, at: ViewRange, text: string) {
    return this.ranges.paste(workspaceId, at, text);
  }

  clearRange(workspaceId: string, range: ViewRange): Promise<WriteResult> {
    return this.ranges.clear(workspaceId, range);
  }

  copyRange(range: ViewRange): Promise<string> {
    return this.ranges.copy(range);
  }

  async undo(workspaceId: string): Promise<UndoState> {
    return (await this.write(workspaceId, async () => (await repo.undo(this.database, workspaceId, this.actor))?.touched ?? [])).undo;
  }

  async redo(workspaceId: string): Promise<UndoState> {
    return (await this.write(workspaceId, async () => (await repo.redo(this.database, workspaceId, this.actor))?.touched ?? [])).undo;
  }

  async undoState(workspaceId: string): Promise<UndoState> {
    const [canUndo, canRedo] = await Promise.all([repo.canUndo(this.database, workspaceId), repo.canRedo(this.database, workspaceId)]);
    return { canUndo, canRedo };
  }

  listViews(tableId: string) {
    return repo.listViews(this.database, tableId);
  }

  async exportView(
    tableId: string,
    query: RowQuery,
    colIds: string[],
    format: ExportFormat,
    includeSensitive: boolean,
    onProgress?: (progress: ExportProgress) => void,
  ): Promise<ExportResult> {
    const name = (await this.tableMeta(tableId))?.name ?? 'Sheet';
    onProgress?.({ phase: 'loading', done: 0, total: 0 });
    const result = exportView(await this.view(tableId, query), name, colIds, format, includeSensitive, onProgress);
    return Comlink.transfer(result, [result.bytes.buffer]);
  }

  async indexesReady(tableId: string): Promise<void> {
    await this.orders.warmedUp(tableId);
  }

  async noteUserActivity(): Promise<void> {
    this.orders.noteActivity();
  }

  async createBenchTable(rows: number, onProgress?: (done: number) => void) {
    const result = await createBenchTable(this.database, rows, onProgress);
    this.feed?.publish({ workspaces: true });
    return result;
  }

  db(): KedangDb {
    return this.database;
  }

  actorName(): string {
    return this.actor;
  }

  linkByLabel(tableId: string, label: string): Promise<RowId | undefined> {
    return this.links.findByLabel(tableId, label);
  }

  /** Runs a repository write, refreshes the cached rows and columns it touched and tells every tab. */
  async write(workspaceId: string, run: () => Promise<Touched>): Promise<WriteResult> {
    const touched = await run();
    const schema = touched.filter((t) => t.schemaChanged).map((t) => t.tableId);
    for (const tableId of schema) this.columnCache.delete(tableId);
    await this.refresh(touched);
    const rows = touched.map(({ tableId, rowIds }) => ({ tableId, rowIds }));
    this.feed?.publish({ workspaceId, touched: rows, schema: schema.length > 0 });
    // An undone import may have taken its table away (or a redo brought it back): the table list changed.
    if (schema.length > 0) this.feed?.publish({ workspaces: true });
    return { undo: await this.undoState(workspaceId) };
  }

  private async refresh(touched: Touched): Promise<void> {
    for (const { tableId, rowIds } of touched) await this.cache.refreshRows(tableId, rowIds);
  }

  private async applyRemote(message: FeedMessage): Promise<void> {
    if ('workspaces' in message) return;
    if (message.schema) {
      for (const t of message.touched) this.columnCache.delete(t.tableId);
    }
    // No row ids (an import): the whole table changed, so it is read again when next shown.
    for (const t of message.touched) {
      if (t.rowIds.length > 0) continue;
      this.cache.forget(t.tableId);
      this.orders.forget(t.tableId);
    }
    await this.refresh(message.touched);
  }
}

function isPlainQuery(query: RowQuery): boolean {
  return query.sort.length === 0 && query.filters.length === 0 && query.search.trim() === '';
}

function toGridRow(id: RowId, cells: Record<string, CellValue>, columns: Column[], labels: (c: Column) => ((id: number) => string | undefined) | undefined): GridRow {
  const row: GridRow = { id, cells, labels: {} };
  for (const column of columns) {
    const value = cells[column.id];
    if (column.type === 'link' && typeof value === 'number') row.labels[column.id] = labels(column)?.(value) ?? '';
  }
  return row;
}
