// The row-selection column: one plain checkbox per row instead of AG Grid's selection column.
// AG Grid's own checkbox builds a labelled field component of eight elements with tooltip and focus
// features for every row drawn; that was the largest single cost of a scroll frame. This one is an
// <input> bound to the row node's selection.

import type { ColDef, ICellRendererComp, ICellRendererParams, IRowNode } from 'ag-grid-community';
import type { GridRow } from '../../lib/workers/data.api.ts';

export const SELECT_COL_ID = 'kd-select';

interface RowCheckParams extends ICellRendererParams<GridRow> {
  label: string;
  /** Shift+click: sets every drawn row between the last clicked one and this one. */
  selectSpan: (from: number, to: number, selected: boolean) => void;
}

/** The row index last toggled by a click, shared by every checkbox of one grid (the anchor of Shift+click). */
export interface SelectAnchor {
  rowIndex: number | null;
}

class RowCheck implements ICellRendererComp<GridRow> {
  private readonly input = document.createElement('input');
  private node: IRowNode<GridRow> | null = null;
  private params!: RowCheckParams & { anchor: SelectAnchor };

  init(params: RowCheckParams & { anchor: SelectAnchor }): void {
    this.params = params;
    this.input.type = 'checkbox';
    this.input.className = 'kd-row-check';
    this.input.tabIndex = -1;
    this.input.setAttribute('aria-label', params.label);
    this.input.addEventListener('click', this.onClick);
    this.bind(params.node);
  }

  getGui(): HTMLElement {
    return this.input;
  }

  refresh(params: RowCheckParams & { anchor: SelectAnchor }): boolean {
    this.params = params;
    this.bind(params.node);
    return true;
  }

  destroy(): void {
    this.input.removeEventListener('click', this.onClick);
    this.bind(null);
  }

  private bind(node: IRowNode<GridRow> | null): void {
    if (node === this.node) return this.show();
    this.node?.removeEventListener('rowSelected', this.show);
    this.node = node;
    node?.addEventListener('rowSelected', this.show);
    this.show();
  }

  private readonly show = (): void => {
    // A row still loading has no data to select yet.
    this.input.hidden = !this.node?.data;
    this.input.checked = this.node?.isSelected() === true;
  };

  private readonly onClick = (event: MouseEvent): void => {
    const node = this.node;
    if (!node?.data || node.rowIndex === null) return;
    const selected = this.input.checked;
    const anchor = this.params.anchor;
    if (event.shiftKey && anchor.rowIndex !== null) this.params.selectSpan(anchor.rowIndex, node.rowIndex, selected);
    else node.setSelected(selected);
    anchor.rowIndex = node.rowIndex;
  };
}

export function selectColumnDef(label: string, selectSpan: RowCheckParams['selectSpan']): ColDef<GridRow> {
  const anchor: SelectAnchor = { rowIndex: null };
  return {
    colId: SELECT_COL_ID,
    headerName: '',
    headerTooltip: label,
    width: 44,
    lockPosition: 'left',
    suppressMovable: true,
    resizable: false,
    sortable: false,
    editable: false,
    filter: false,
    suppressHeaderMenuButton: true,
    cellClass: 'kd-select-cell',
    cellRenderer: RowCheck,
    cellRendererParams: { label, selectSpan, anchor },
  };
}
