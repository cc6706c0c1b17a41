// The shapes of Kedang's stored data: workspaces, tables, typed columns, rows, views and history.

export type ColumnType =
  | 'text'
  | 'longText'
  | 'number'
  | 'money'
  | 'date'
  | 'phone'
  | 'email'
  | 'select'
  | 'multiSelect'
  | 'checkbox'
  | 'link';

export const COLUMN_TYPES: readonly ColumnType[] = [
  'text',
  'longText',
  'number',
  'money',
  'date',
  'phone',
  'email',
  'select',
  'multiSelect',
  'checkbox',
  'link',
];

/**
 * A stored cell value. By column type:
 * text/longText/phone/email/select: string; number/money: number; date: ISO 'YYYY-MM-DD' string;
 * multiSelect (tags): string[]; checkbox: boolean; link: the id of a row in `linkTableId`.
 * An empty cell is absent from the row's cells (never '' or undefined stored).
 */
export type CellValue = string | number | boolean | string[] | null;

export type RowId = number;

export interface Workspace {
  id: string;
  name: string;
  createdAt: number;
  /** 'demo' workspaces can be reset to the generated data. */
  kind: 'demo' | 'blank';
}

export interface Column {
  id: string;
  tableId: string;
  name: string;
  type: ColumnType;
  order: number;
  /** Choices of select and multiSelect columns. */
  choices?: string[];
  /** The table a link column points into. */
  linkTableId?: string;
  width?: number;
  hidden?: boolean;
  /** Sensitive columns are masked in the grid and left out of exports unless asked. */
  sensitive?: boolean;
}

export interface TableMeta {
  id: string;
  workspaceId: string;
  name: string;
  order: number;
  /** The column whose value names a row (shown by links into this table). */
  primaryColumnId: string;
}

export interface Row {
  id: RowId;
  tableId: string;
  /** Column id → value; empty cells are absent. Created without a prototype when built from input. */
  cells: Record<string, CellValue>;
  createdAt: number;
  updatedAt: number;
}

export interface SavedView {
  id: string;
  tableId: string;
  name: string;
  query: RowQuery;
  columnState?: { colId: string; width?: number; hide?: boolean }[];
}

/**
 * One recorded change. `before`/`after` hold a cell value, or a whole row for row-add/row-delete.
 * A 'rows-add' entry (written by imports) lists the rows it added in `rowIds`, with `rowId` the first of them;
 * its before/after are null: the stored rows themselves are its 'after' while they exist.
 * A 'rows-delete' entry (written when such an entry is undone) lists the rows it removed in `rowIds` and keeps
 * them whole in `removedRows`, with `rowId` the first id of the 'rows-add' entry it undid.
 * A 'table', 'column' or 'view' entry records a schema change: `before`/`after` hold the table's, column's or
 * saved view's record (null while it does not exist), `columnId` names the column, and `rowId` is NO_ROW.
 */
export interface HistoryEntry {
  seq?: number;
  batchId: string;
  time: number;
  actor: string;
  tableId: string;
  rowId: RowId;
  columnId: string | null;
  op: 'cell' | 'row-add' | 'row-delete' | 'rows-add' | 'rows-delete' | 'table' | 'column' | 'view';
  before: CellValue | Row | TableMeta | Column | SavedView | null;
  after: CellValue | Row | TableMeta | Column | SavedView | null;
  /** The rows a 'rows-add' entry added (or a 'rows-delete' entry removed), in the order they were written. */
  rowIds?: RowId[];
  /** The rows a 'rows-delete' entry removed, whole. */
  removedRows?: Row[];
}

/** The rowId of entries about the schema: row ids start at 1. */
export const NO_ROW: RowId = 0;

export type BatchKind = 'edit' | 'paste' | 'row-add' | 'row-delete' | 'clear' | 'fill' | 'import' | 'merge' | 'schema' | 'system';

export interface Batch {
  id: string;
  workspaceId: string;
  /** Monotonic order of batches (time can tie). */
  seq?: number;
  kind: BatchKind;
  time: number;
  actor: string;
  /** done: on the undo stack; undone: on the redo stack; dropped: undone, then superseded by a new batch. */
  status: 'done' | 'undone' | 'dropped';
  /** Set once the whole batch is stored; imports written in chunks are only valid when committed. */
  committed: boolean;
  entryCount: number;
}

// Query model shared by the grid, saved views and the query engine.

export type SortSpec = { colId: string; dir: 'asc' | 'desc' };

export type FilterCondition =
  | { kind: 'text'; op: 'contains' | 'notContains' | 'equals' | 'notEqual' | 'startsWith' | 'endsWith' | 'blank' | 'notBlank'; value?: string }
  | { kind: 'number'; op: 'equals' | 'notEqual' | 'lessThan' | 'lessThanOrEqual' | 'greaterThan' | 'greaterThanOrEqual' | 'inRange' | 'blank' | 'notBlank'; value?: number; valueTo?: number }
  | { kind: 'date'; op: 'equals' | 'notEqual' | 'lessThan' | 'greaterThan' | 'inRange' | 'blank' | 'notBlank'; value?: string; valueTo?: string };

export interface ColumnFilter {
  colId: string;
  conditions: FilterCondition[];
  join: 'AND' | 'OR';
}

export interface RowQuery {
  sort: SortSpec[];
  filters: ColumnFilter[];
  search: string;
}

export const EMPTY_QUERY: RowQuery = { sort: [], filters: [], search: '' };
