// Owns one AG Grid instance over the worker's query engine: data source, editing, ranges, clipboard.

import { createGrid, type GridApi, type IDatasource, type IGetRowsParams } from 'ag-grid-community';
import { cellDisplayText } from '../../lib/domain/query/display-text.ts';
import { toTsv } from '../../lib/domain/clipboard/tsv.ts';
import type { CellValue, Column, RowQuery } from '../../lib/domain/types.ts';
import type { GridRow, ViewRange, WriteResult } from '../../lib/workers/data.api.ts';
import type { WorkspaceState } from '../../lib/state/workspace.svelte.ts';
import type { GridActionTarget } from '../../lib/actions/action.ts';
import { actionFor } from '../../lib/actions/grid-actions.ts';
import { columnDefs, defaultWidth } from './column-defs.ts';
import { SELECT_COL_ID, selectColumnDef } from './select-column.ts';
import { rowToReadAhead } from './block-read-ahead.ts';
import { CellRange } from './cell-range.ts';
import { toRowQuery } from './grid-query.ts';
import { registerGridModules } from './grid-modules.ts';
import { t } from '../../lib/i18n/i18n.svelte.ts';

/** Rows per block fetched from the worker, and how far ahead of the drawn rows the next block is asked for. */
const BLOCK_SIZE = 400;
const READ_AHEAD_ROWS = 200;

export interface GridEvents {
  selection(rows: number, cells: { rows: number; cols: number } | null): void;
  focusSearch(): void;
  message(text: string): void;
}

export class GridController implements GridActionTarget {
  private readonly api: GridApi<GridRow>;
  private readonly range = new CellRange();
  private shiftHeld = false;
  /** Whether the last mouse press on the grid held Shift (a click extends the range then). */
  private mouseShift = false;
  /** Cells the range moved focus to, whose focus events are still to come. */
  private readonly ownFocus = new Set<string>();
  private query: RowQuery;
  /** The displayed column order while a multi-cell range is selected (read by every cell's class rule). */
  private rangeCols: string[] | null = null;
  /** The first drawn row at the last viewport change: tells the scroll's direction. */
  private lastFirstRow = 0;
  private lastScrollNote = -Infinity;

  constructor(
    private readonly element: HTMLElement,
    private readonly state: WorkspaceState,
    private readonly tableId: string,
    private columns: Column[],
    private readonly events: GridEvents,
  ) {
    registerGridModules();
    this.query = { sort: [], filters: [], search: state.search };
    this.api = createGrid<GridRow>(element, {
      rowModelType: 'infinite',
      // Spreadsheet density; and 1,000,000 rows × 28 px stays under Chromium's tallest element, so AG Grid
      // never switches to its stretched scrolling (which redraws every row on every scroll step).
      rowHeight: 28,
      // Fewer rows drawn beyond the viewport and no row animation: less DOM work per scroll frame.
      rowBuffer: 4,
      animateRows: false,
      enableBrowserTooltips: true,
      headerHeight: 32,
      cacheBlockSize: BLOCK_SIZE,
      maxBlocksInCache: 20,
      infiniteInitialRowCount: 1,
      blockLoadDebounceMillis: 30,
      getRowId: (p) => String(p.data.id),
      columnDefs: [selectColumnDef(t('grid.selectRow'), (from, to, selected) => this.selectSpan(from, to, selected)), ...columnDefs(columns, {
        inRange: (rowIndex, colId) => rowIndex !== null && this.rangeCols !== null && this.range.contains(rowIndex, colId, this.rangeCols),
        onEdit: (row, column, value) => void this.edit(row, column, value),
        linkChoices: (linkTableId, search) => state.data.linkChoices(linkTableId, search, 50),
        labels: {
          yes: t('checkbox.yes'),
          no: t('checkbox.no'),
          linkSearch: t('link.placeholder'),
          linkNone: t('link.none'),
          tagsPlaceholder: t('tags.placeholder'),
          removeTag: (tag) => t('tags.remove', { tag }),
        },
      })],
      defaultColDef: { suppressKeyboardEvent: (p) => !p.editing && actionFor(p.event) !== undefined },
      rowSelection: { mode: 'multiRow', checkboxes: false, headerCheckbox: false, enableClickSelection: false },
      datasource: this.datasource(),
      stopEditingWhenCellsLoseFocus: true,
      enterNavigatesVerticallyAfterEdit: true,
      enterNavigatesVertically: true,
      localeText: { loadingOoo: t('grid.loading'), noRowsToShow: t('grid.noRows') },
      onCellFocused: (e) => {
        if (e.rowIndex === null || !e.column || typeof e.column === 'string') return;
        const colId = e.column.getColId();
        // Focus we moved ourselves (Shift+arrow) arrives here later, maybe after Shift is released
        // or after the next key: the range already has it.
        if (this.ownFocus.delete(`${e.rowIndex}:${colId}`)) return;
        this.range.moveTo({ rowIndex: e.rowIndex, colId }, this.shiftHeld);
        this.redrawRange();
      },
      onSelectionChanged: () => this.reportSelection(),
      onViewportChanged: (e) => this.readAhead(e.firstRow, e.lastRow),
      onBodyScroll: () => this.noteScroll(),
      onColumnResized: (e) => {
        if (e.finished && e.source === 'uiColumnResized' && e.column) {
          void this.writeLayout(state.data.updateColumn(this.workspaceId(), e.column.getColId(), { width: e.column.getActualWidth() }));
        }
      },
      onDragStopped: () => void this.writeLayout(state.data.reorderColumns(this.workspaceId(), this.gridColIds())),
    });
    element.addEventListener('keydown', this.onKeyDown, true);
    element.addEventListener('keyup', this.onKeyUp, true);
    element.addEventListener('mousedown', this.onMouseDown, true);
    element.addEventListener('copy', this.onCopy);
    element.addEventListener('paste', this.onPaste);
  }

  destroy(): void {
    this.element.removeEventListener('keydown', this.onKeyDown, true);
    this.element.removeEventListener('keyup', this.onKeyUp, true);
    this.element.removeEventListener('mousedown', this.onMouseDown, true);
    this.element.removeEventListener('copy', this.onCopy);
    this.element.removeEventListener('paste', this.onPaste);
    this.api.destroy();
  }

  private datasource(): IDatasource {
    return {
      getRows: (params: IGetRowsParams) => {
        const query = toRowQuery(params.sortModel, params.filterModel, this.state.search);
        this.query = query;
        this.state.gridQuery = query;
        this.state.data.getRows(this.tableId, query, params.startRow, params.endRow).then(
          (block) => {
            this.state.rowCount = block.rowCount;
            params.successCallback(block.rows, block.rowCount);
          },
          () => params.failCallback(),
        );
      },
    };
  }

  /** Tells the worker at most every 100 ms that the user scrolls, so its background work waits. */
  private noteScroll(): void {
    const now = performance.now();
    if (now - this.lastScrollNote < 100) return;
    this.lastScrollNote = now;
    void this.state.data.noteUserActivity();
  }

  /** Has the block past the drawn rows, in the scroll's direction, loading before it scrolls into view. */
  private readAhead(firstRow: number, lastRow: number): void {
    const goingDown = firstRow >= this.lastFirstRow;
    this.lastFirstRow = firstRow;
    const row = rowToReadAhead(firstRow, lastRow, this.api.getDisplayedRowCount(), BLOCK_SIZE, READ_AHEAD_ROWS, goingDown);
    // After the frame: touching the row creates the block's row nodes, which the rows being drawn do not need.
    if (row === null) return;
    setTimeout(() => {
      if (!this.api.isDestroyed()) this.api.getDisplayedRowAtIndex(row);
    });
  }

  /** Shift+click on a row checkbox: every loaded row between the two clicks takes the clicked one's state. */
  private selectSpan(from: number, to: number, selected: boolean): void {
    for (let i = Math.min(from, to); i <= Math.max(from, to); i++) {
      const node = this.api.getDisplayedRowAtIndex(i);
      if (node?.data) node.setSelected(selected);
    }
  }

  /** Re-reads the loaded blocks in place (after an edit here or in another tab). */
  refresh(): void {
    this.api.refreshInfiniteCache();
  }

  /** Starts over from the top (the search changed). */
  reload(): void {
    this.range.clear();
    this.api.purgeInfiniteCache();
  }

  /** Every data column in the grid's order, hidden ones included: the order a column move stores. */
  private gridColIds(): string[] {
    return this.dataColIds(this.api.getAllGridColumns());
  }

  private displayedColIds(): string[] {
    return this.dataColIds(this.api.getAllDisplayedColumns());
  }

  /** The ids of the table's own columns among `gridColumns` (not the selection column), in their order. */
  private dataColIds(gridColumns: readonly { getColId(): string }[]): string[] {
    return gridColumns.map((c) => c.getColId()).filter((id) => this.columns.some((c) => c.id === id));
  }

  private redrawRange(): void {
    // Focus events can arrive while the grid draws rows; it refuses a refresh then (AG Grid error 252).
    setTimeout(() => {
      const order = this.displayedColIds();
      const bounds = this.range.bounds(order);
      const multi = bounds !== null && (bounds.rowEnd > bounds.rowStart || bounds.colIds.length > 1);
      // A forced refresh redraws the cells, the focused one included: only when a range shows or goes.
      if (multi || this.rangeCols !== null) {
        this.rangeCols = multi ? order : null;
        this.api.refreshCells({ force: true });
        this.restoreFocus();
      }
      this.reportSelection();
    });
  }

  /** Puts keyboard focus back on the focused cell if a redraw took it away. */
  private restoreFocus(): void {
    const focused = this.api.getFocusedCell();
    if (focused && !this.element.contains(document.activeElement)) {
      this.ownFocus.add(`${focused.rowIndex}:${focused.column.getColId()}`);
      this.api.setFocusedCell(focused.rowIndex, focused.column);
    }
  }

  private reportSelection(): void {
    const b = this.range.bounds(this.displayedColIds());
    const cells = b && (b.rowEnd > b.rowStart || b.colIds.length > 1) ? { rows: b.rowEnd - b.rowStart + 1, cols: b.colIds.length } : null;
    this.events.selection(this.api.getSelectedNodes().length, cells);
  }

  private workspaceId(): string {
    return this.state.workspace?.id ?? '';
  }

  private async edit(row: GridRow, column: Column, value: CellValue): Promise<void> {
    const result = await this.state.data.editCell(this.workspaceId(), this.tableId, row.id, column.id, value);
    this.state.undo = result.undo;
  }

  /** The selected rectangle, or the focused cell, as a range of the current view. */
  private currentRange(): ViewRange | null {
    const order = this.displayedColIds();
    const b = this.range.bounds(order);
    if (!b) return null;
    return { tableId: this.tableId, query: this.query, ...b };
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    this.shiftHeld = event.shiftKey;
    if (isTyping(event.target) || this.api.getEditingCells().length > 0) return;
    this.syncRangeWithFocus();
    if (event.shiftKey && event.key in ARROWS) {
      event.preventDefault();
      event.stopPropagation();
      this.extendRange(ARROWS[event.key]!);
      return;
    }
    const action = actionFor(event);
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    void action.perform(this);
  };

  /** Shift+arrow: moves the range's far corner, keeping its anchor (AG Grid Community does not). */
  private extendRange([dRow, dCol]: [number, number]): void {
    const focus = this.range.focus;
    if (!focus) return;
    const order = this.displayedColIds();
    const col = order[Math.min(order.length - 1, Math.max(0, order.indexOf(focus.colId) + dCol))]!;
    const last = Math.max(0, (this.state.rowCount ?? 1) - 1);
    const rowIndex = Math.min(last, Math.max(0, focus.rowIndex + dRow));
    if (rowIndex === focus.rowIndex && col === focus.colId) return;
    this.range.moveTo({ rowIndex, colId: col }, true);
    this.api.ensureIndexVisible(rowIndex);
    this.ownFocus.add(`${rowIndex}:${col}`);
    this.api.setFocusedCell(rowIndex, col);
    this.redrawRange();
  }

  private readonly onKeyUp = (event: KeyboardEvent): void => {
    this.shiftHeld = event.shiftKey;
  };

  private readonly onMouseDown = (event: MouseEvent): void => {
    this.shiftHeld = event.shiftKey;
    this.mouseShift = event.shiftKey;
  };

  /**
   * AG Grid calls its event listeners asynchronously, so a key pressed right after a click can arrive before the
   * click's cellFocused event: the range then takes the grid's focused cell now, and the late event is skipped.
   */
  private syncRangeWithFocus(): void {
    const focused = this.api.getFocusedCell();
    if (!focused || typeof focused.column === 'string') return;
    const at = { rowIndex: focused.rowIndex, colId: focused.column.getColId() };
    const current = this.range.focus;
    if (current && current.rowIndex === at.rowIndex && current.colId === at.colId) return;
    this.ownFocus.add(`${at.rowIndex}:${at.colId}`);
    this.range.moveTo(at, this.mouseShift);
  }

  private readonly onCopy = (event: ClipboardEvent): void => {
    if (isTyping(event.target) || this.api.getEditingCells().length > 0) return;
    const selected = this.api.getSelectedNodes();
    const range = this.currentRange();
    if (!range && selected.length === 0) return;
    event.preventDefault();
    const wholeRows = selected.length > 0 && (!range || (range.rowStart === range.rowEnd && range.colIds.length === 1));
    const colIds = wholeRows ? this.displayedColIds() : range!.colIds;
    const rows = wholeRows
      ? selected.map((n) => n.data)
      : Array.from({ length: range!.rowEnd - range!.rowStart + 1 }, (_, i) => this.api.getDisplayedRowAtIndex(range!.rowStart + i)?.data);
    if (rows.every((r) => r !== undefined)) {
      event.clipboardData?.setData('text/plain', this.tsvOf(rows as GridRow[], colIds));
      return;
    }
    // Part of the range is not loaded on this thread: the worker writes it, through the async clipboard.
    void this.state.data.copyRange(range!).then((text) => navigator.clipboard.writeText(text));
  };

  private tsvOf(rows: GridRow[], colIds: string[]): string {
    const columns = colIds.map((id) => this.columns.find((c) => c.id === id)!);
    return toTsv(rows.map((row) => columns.map((c) => (c.type === 'link' ? (row.labels[c.id] ?? '') : cellDisplayText(row.cells[c.id], c.type)))));
  }

  private readonly onPaste = (event: ClipboardEvent): void => {
    if (isTyping(event.target) || this.api.getEditingCells().length > 0) return;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    const range = this.currentRange();
    if (!range || text === '') return;
    event.preventDefault();
    const order = this.displayedColIds();
    const at: ViewRange = { ...range, colIds: order.slice(order.indexOf(range.colIds[0]!)) };
    void this.state.data.paste(this.workspaceId(), at, text).then((result) => {
      this.state.undo = result.undo;
      this.events.message(t('status.pasted', { cells: result.cellsChanged + result.rowsAdded * at.colIds.length, rows: result.rowsAdded }));
    });
  };

  async undo(): Promise<void> {
    await this.state.runUndo();
  }

  async redo(): Promise<void> {
    await this.state.runRedo();
  }

  async clearSelectedCells(): Promise<void> {
    const range = this.currentRange();
    if (!range) return;
    const result = await this.state.data.clearRange(this.workspaceId(), range);
    this.state.undo = result.undo;
  }

  async addRow(): Promise<void> {
    const result = await this.state.data.addRows(this.workspaceId(), this.tableId, 1);
    this.state.undo = result.undo;
    const count = this.state.rowCount ?? 0;
    this.api.ensureIndexVisible(count, 'bottom');
  }

  async deleteSelectedRows(): Promise<void> {
    const ids = this.api.getSelectedNodes().map((n) => n.data?.id).filter((id): id is number => id !== undefined);
    if (ids.length === 0) return;
    if (!confirm(t('grid.deleteConfirm', { count: ids.length }))) return;
    const result = await this.state.data.deleteRows(this.workspaceId(), this.tableId, ids);
    this.api.deselectAll();
    this.state.undo = result.undo;
  }

  focusSearch(): void {
    this.events.focusSearch();
  }

  setColumnVisible(colId: string, visible: boolean): void {
    this.api.setColumnsVisible([colId], visible);
    void this.writeLayout(this.state.data.updateColumn(this.workspaceId(), colId, { hidden: !visible }));
  }

  /** Whether `columns` are this grid's own columns with only their layout (width, hidden, order) changed. */
  showsSameColumns(tableId: string, columns: readonly Column[]): boolean {
    const withoutLayout = (list: readonly Column[]) =>
      JSON.stringify([...list].sort((a, b) => (a.id < b.id ? -1 : 1)).map((c) => ({ ...c, width: 0, hidden: false, order: 0 })));
    return tableId === this.tableId && withoutLayout(columns) === withoutLayout(this.columns);
  }

  /** Another layout of the same columns (an undone resize, hide or move): applied in place, scroll and focus kept. */
  applyLayout(columns: Column[]): void {
    this.columns = columns;
    const state = [...columns]
      .sort((a, b) => a.order - b.order)
      .map((c) => ({ colId: c.id, width: c.width ?? defaultWidth(c.type), hide: c.hidden ?? false }));
    this.api.applyColumnState({ state: [{ colId: SELECT_COL_ID }, ...state], applyOrder: true });
  }

  /** A layout change the grid already shows is stored as an undoable batch; the undo buttons follow. */
  private async writeLayout(written: Promise<WriteResult>): Promise<void> {
    this.state.undo = (await written).undo;
    await this.state.layoutShown();
  }
}

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}
