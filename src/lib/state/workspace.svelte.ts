// What the app shows: the open workspace, its tables, the current table and its view; all data via the worker.

import type { Column, RowQuery, TableMeta, Workspace } from '../domain/types.ts';
import { EMPTY_QUERY } from '../domain/types.ts';
import type { ChangeNotice, UndoState } from '../workers/data.api.ts';
import { callback, startDataWorker, type DataClient } from '../workers/data-client.ts';

const WORKSPACE_KEY = 'kedang.workspace';

export class WorkspaceState {
  readonly data: DataClient;
  status = $state<'opening' | 'ready' | 'reload-required' | 'failed'>('opening');
  error = $state('');
  workspace = $state.raw<Workspace | null>(null);
  workspaces = $state.raw<Workspace[]>([]);
  tables = $state.raw<TableMeta[]>([]);
  tableId = $state<string | null>(null);
  columns = $state.raw<Column[]>([]);
  /** The columns as the grid shows them, its own layout changes included: what schema notices are compared with. */
  private shownColumns = '[]';
  search = $state('');
  /** The grid's sort and filters, as it last asked for rows. */
  gridQuery = $state.raw<RowQuery>(EMPTY_QUERY);
  rowCount = $state<number | null>(null);
  undo = $state.raw<UndoState>({ canUndo: false, canRedo: false });
  /** Bumped when rows changed under the grid (this tab or another) so it re-reads its blocks. */
  rowsVersion = $state(0);
  message = $state('');

  readonly table = $derived(this.tables.find((t) => t.id === this.tableId) ?? null);

  /** The open side panel or dialog (e.g. the import wizard); null when none. */
  panel = $state<string | null>(null);

  constructor(readonly dbName = 'kedang') {
    this.data = startDataWorker();
  }

  async open(): Promise<void> {
    try {
      await this.data.onChange(callback((notice: ChangeNotice) => void this.onNotice(notice)));
      const workspace = await this.data.open({ dbName: this.dbName, actor: actorName(), workspaceId: readStored(WORKSPACE_KEY) });
      await this.show(workspace);
      this.status = 'ready';
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      this.status = 'failed';
    }
  }

  async show(workspace: Workspace): Promise<void> {
    this.workspace = workspace;
    writeStored(WORKSPACE_KEY, workspace.id);
    this.workspaces = await this.data.listWorkspaces();
    this.tables = await this.data.listTables(workspace.id);
    this.undo = await this.data.undoState(workspace.id);
    await this.selectTable(this.tables[0]?.id ?? null);
  }

  async selectTable(tableId: string | null): Promise<void> {
    this.columns = tableId ? await this.data.getColumns(tableId) : [];
    this.shownColumns = JSON.stringify(this.columns);
    this.rowCount = null;
    this.tableId = tableId;
  }

  async switchWorkspace(id: string): Promise<void> {
    const workspace = this.workspaces.find((w) => w.id === id);
    if (workspace) await this.show(workspace);
  }

  async createBlank(name: string, tableName: string, columnNames: string[]): Promise<void> {
    await this.show(await this.data.createBlankWorkspace(name, tableName, columnNames));
  }

  async resetDemo(): Promise<void> {
    await this.show(await this.data.resetDemo());
  }

  async runUndo(): Promise<void> {
    if (!this.workspace) return;
    this.undo = await this.data.undo(this.workspace.id);
  }

  async runRedo(): Promise<void> {
    if (!this.workspace) return;
    this.undo = await this.data.redo(this.workspace.id);
  }

  get actor(): string {
    return actorName();
  }

  async refreshUndo(): Promise<void> {
    if (this.workspace) this.undo = await this.data.undoState(this.workspace.id);
  }

  /** After an import: the table list again, and the imported table shown with its new rows. */
  async showImported(tableId: string): Promise<void> {
    if (!this.workspace) return;
    this.tables = await this.data.listTables(this.workspace.id);
    this.undo = await this.data.undoState(this.workspace.id);
    if (tableId === this.tableId) {
      if (!(await this.refreshColumns())) this.rowsVersion++;
    } else {
      await this.selectTable(tableId);
    }
  }

  /** Columns read again; the grid is rebuilt only if they changed (a schema notice may be about another table). */
  async refreshColumns(): Promise<boolean> {
    if (!this.tableId) return false;
    const columns = await this.data.getColumns(this.tableId);
    if (columns.length === 0) {
      // A table always has a column: none means the table is gone (its import undone, here or in another tab).
      if (this.workspace) this.tables = await this.data.listTables(this.workspace.id);
      await this.selectTable(this.tables[0]?.id ?? null);
      return true;
    }
    const json = JSON.stringify(columns);
    if (json === this.shownColumns) return false;
    this.shownColumns = json;
    this.columns = columns;
    return true;
  }

  /**
   * The grid stored a layout it already shows (a column resized, hidden or moved): noted as shown without
   * rebuilding the grid, so that undoing it later is seen as a change.
   */
  async layoutShown(): Promise<void> {
    if (this.tableId) this.shownColumns = JSON.stringify(await this.data.getColumns(this.tableId));
  }

  private async onNotice(notice: ChangeNotice): Promise<void> {
    if (notice.kind === 'reload-required') {
      this.status = 'reload-required';
      return;
    }
    if (notice.kind === 'workspaces') {
      this.workspaces = await this.data.listWorkspaces();
      // A table created elsewhere (an import) belongs in the sidebar too; one taken away (its import undone) leaves it.
      if (this.workspace) this.tables = await this.data.listTables(this.workspace.id);
      if (this.tableId && !this.tables.some((t) => t.id === this.tableId)) await this.selectTable(this.tables[0]?.id ?? null);
      return;
    }
    if (notice.workspaceId !== this.workspace?.id) return;
    // Changed columns rebuild the grid, which reads its rows afresh; other tables' changes leave it (and its focus) alone.
    const rebuilt = notice.kind === 'schema' && (await this.refreshColumns());
    if (notice.fromOtherTab) this.undo = await this.data.undoState(notice.workspaceId);
    if (!rebuilt && this.tableId && notice.tableIds.includes(this.tableId)) this.rowsVersion++;
  }
}

function actorName(): string {
  return readStored('kedang.actor') ?? 'me';
}

function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStored(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Without storage the app still works; it just reopens the first workspace next time.
  }
}
