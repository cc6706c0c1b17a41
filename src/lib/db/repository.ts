// The repository: the only code that writes to Kedang's database. Each write is one transaction with its history.

export { applyCellChanges, type BatchResult, type CellChange } from './repository/cells.ts';
export { addRows, deleteRows, pasteBlock } from './repository/rows.ts';
export { undo, redo, canUndo, canRedo } from './repository/undo.ts';
export {
  beginImportBatch,
  writeImportChunk,
  commitImportBatch,
  cancelImportBatch,
  rollbackUncommittedImports,
} from './repository/import-batch.ts';
export { createWorkspace, listWorkspaces, deleteWorkspace } from './repository/workspaces.ts';
export {
  createTable,
  listTables,
  getColumns,
  addColumn,
  updateColumn,
  updateColumns,
  type NewColumn,
  type SchemaWriter,
  type ColumnPatch,
} from './repository/tables.ts';
export { saveView, listViews, deleteView, getMeta, setMeta } from './repository/views-meta.ts';
export { historyOfRow, recentBatches, entriesOfBatch } from './repository/history.ts';
export { mergeRows, type MergeRowsInput } from './repository/merge-rows.ts';
export { markNotDuplicates, listNotDuplicates } from './repository/not-duplicates.ts';
export { isEmptyCell, sanitiseCells } from './repository/cell-values.ts';
export {
  RepositoryProblem,
  type RepositoryProblemCode,
  type BatchRecord,
  type StoredRow,
  type TouchedTable,
  type MetaRecord,
  type NotDuplicateRecord,
} from './records.ts';
