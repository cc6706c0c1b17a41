// The contract of the data worker: the UI's only way to read and write the workspace.

import type { CellValue, Column, RowId, RowQuery, SavedView, TableMeta, Workspace } from '../domain/types.ts';

/** One row as the grid shows it: its cells, plus the labels of the rows its link cells point to. */
export interface GridRow {
  id: RowId;
  cells: Record<string, CellValue>;
  labels: Record<string, string>;
}

export interface RowBlock {
  rows: GridRow[];
  /** Rows in the whole view (after filters and search). */
  rowCount: number;
}

/** How far an export is: the table read into the worker, then its rows laid out, then written as a file. */
export interface ExportProgress {
  phase: 'loading' | 'rows' | 'writing';
  done: number;
  total: number;
}

/** Told to every tab when data changes, in this tab or another. */
export type ChangeNotice =
  | { kind: 'rows'; workspaceId: string; tableIds: string[]; fromOtherTab: boolean }
  | { kind: 'schema'; workspaceId: string; tableIds: string[]; fromOtherTab: boolean }
  | { kind: 'workspaces'; fromOtherTab: boolean }
  | { kind: 'reload-required' };

/** A rectangle of the current view: view positions [rowStart, rowEnd] and column ids in display order. */
export interface ViewRange {
  tableId: string;
  query: RowQuery;
  rowStart: number;
  rowEnd: number;
  colIds: string[];
}

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
}

export interface WriteResult {
  undo: UndoState;
}

export type ExportFormat = 'xlsx' | 'csv-utf8' | 'csv-gb18030';

export interface ExportResult {
  bytes: Uint8Array;
  extension: 'xlsx' | 'csv';
  rowCount: number;
  /** More than one when the rows did not fit one xlsx sheet. */
  sheetNames: string[];
  sheetRows: number;
  /** Columns asked for but left out (sensitive ones). */
  columnsLeftOut: number;
}

export interface DataApi {
  /** Opens the database; on first open creates the demo workspace. Returns the workspace to show. */
  open(options: { dbName: string; actor: string; workspaceId?: string | null }): Promise<Workspace>;
  onChange(listener: (notice: ChangeNotice) => void): void;

  listWorkspaces(): Promise<Workspace[]>;
  createBlankWorkspace(name: string, tableName: string, columnNames: string[]): Promise<Workspace>;
  resetDemo(): Promise<Workspace>;

  listTables(workspaceId: string): Promise<TableMeta[]>;
  getColumns(tableId: string): Promise<Column[]>;
  /** Column layout the grid already shows (resized, hidden, renamed): one undoable batch; other tabs are told. */
  updateColumn(workspaceId: string, columnId: string, patch: Partial<Pick<Column, 'width' | 'hidden' | 'order' | 'name'>>): Promise<WriteResult>;
  reorderColumns(workspaceId: string, colIds: string[]): Promise<WriteResult>;

  getRows(tableId: string, query: RowQuery, start: number, end: number): Promise<RowBlock>;
  countRows(tableId: string, query: RowQuery): Promise<number>;
  linkChoices(tableId: string, search: string, limit: number): Promise<{ id: RowId; label: string }[]>;

  editCell(workspaceId: string, tableId: string, rowId: RowId, columnId: string, value: CellValue): Promise<WriteResult>;
  addRows(workspaceId: string, tableId: string, count: number): Promise<WriteResult & { rowIds: RowId[] }>;
  deleteRows(workspaceId: string, tableId: string, rowIds: RowId[]): Promise<WriteResult>;
  /** Pastes clipboard TSV at the range's top-left corner, adding rows past the end of the view. */
  paste(workspaceId: string, at: ViewRange, tsv: string): Promise<WriteResult & { rowsAdded: number; cellsChanged: number }>;
  clearRange(workspaceId: string, range: ViewRange): Promise<WriteResult>;
  /** The range as tab-separated text, as Excel puts it on the clipboard. */
  copyRange(range: ViewRange): Promise<string>;

  undo(workspaceId: string): Promise<UndoState>;
  redo(workspaceId: string): Promise<UndoState>;
  undoState(workspaceId: string): Promise<UndoState>;

  listViews(tableId: string): Promise<SavedView[]>;

  /** The view's rows (its filters, sort and search) in `colIds` order as a file; sensitive columns only when asked. */
  exportView(
    tableId: string,
    query: RowQuery,
    colIds: string[],
    format: ExportFormat,
    includeSensitive: boolean,
    onProgress?: (progress: ExportProgress) => void,
  ): Promise<ExportResult>;

  /** The user is scrolling or typing: background work (index warm-up) steps aside for a moment. */
  noteUserActivity(): Promise<void>;

  /** Resolves once the worker has built the sort and search indexes of the table's visible columns. */
  indexesReady(tableId: string): Promise<void>;

  /** Benchmarks only: a customer table of `rows` generated rows in a new workspace. */
  createBenchTable(rows: number, onProgress?: (done: number) => void): Promise<{ workspaceId: string; tableId: string }>;
}
