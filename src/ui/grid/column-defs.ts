// Builds AG Grid column definitions from Kedang's typed columns: editor, filter and text per type.

import type { ColDef, ValueFormatterParams, ValueSetterParams } from 'ag-grid-community';
import type { CellValue, Column, ColumnType } from '../../lib/domain/types.ts';
import type { GridRow } from '../../lib/workers/data.api.ts';
import { cellDisplayText } from '../../lib/domain/query/display-text.ts';
import { TagsEditor } from './editors/tags-editor.ts';
import { LinkEditor, type LinkChoices } from './editors/link-editor.ts';

export interface ColumnDefContext {
  inRange: (rowIndex: number | null, colId: string) => boolean;
  onEdit: (row: GridRow, column: Column, value: CellValue) => void;
  linkChoices: LinkChoices;
  labels: { yes: string; no: string; linkSearch: string; linkNone: string; tagsPlaceholder: string; removeTag: (tag: string) => string };
}

const moneyFormat = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' });

function formatted(column: Column, ctx: ColumnDefContext) {
  return (p: ValueFormatterParams<GridRow>): string => {
    const value = p.value as CellValue | undefined;
    if (column.type === 'money' && typeof value === 'number') return moneyFormat.format(value);
    if (column.type === 'checkbox') return value === true ? ctx.labels.yes : value === false ? ctx.labels.no : '';
    if (column.type === 'link') return p.data?.labels[column.id] ?? '';
    if (column.sensitive && typeof value === 'string') return maskText(value);
    return cellDisplayText(value, column.type);
  };
}

/** Sensitive values show their first and last characters only. */
function maskText(text: string): string {
  return text.length <= 2 ? '•'.repeat(text.length) : `${text[0]}${'•'.repeat(Math.min(6, text.length - 2))}${text[text.length - 1]}`;
}

const FILTERS: Record<ColumnType, string> = {
  text: 'agTextColumnFilter', longText: 'agTextColumnFilter', phone: 'agTextColumnFilter', email: 'agTextColumnFilter',
  select: 'agTextColumnFilter', multiSelect: 'agTextColumnFilter', link: 'agTextColumnFilter', checkbox: 'agTextColumnFilter',
  number: 'agNumberColumnFilter', money: 'agNumberColumnFilter', date: 'agDateColumnFilter',
};

function editorOf(column: Column, ctx: ColumnDefContext): Partial<ColDef<GridRow>> {
  switch (column.type) {
    case 'longText': return { cellEditor: 'agLargeTextCellEditor', cellEditorPopup: true, cellEditorParams: { maxLength: 10000 } };
    case 'number':
    case 'money': return { cellEditor: 'agNumberCellEditor' };
    case 'date': return { cellEditor: 'agDateStringCellEditor' };
    case 'select': return { cellEditor: 'agSelectCellEditor', cellEditorParams: { values: ['', ...(column.choices ?? [])] } };
    case 'checkbox': return { cellEditor: 'agCheckboxCellEditor', cellDataType: 'boolean' };
    case 'multiSelect': return { cellEditor: TagsEditor, cellEditorPopup: true, cellEditorParams: { choices: column.choices ?? [], labels: ctx.labels } };
    case 'link': return { cellEditor: LinkEditor, cellEditorPopup: true, cellEditorParams: { tableId: column.linkTableId, choices: ctx.linkChoices, labels: ctx.labels } };
    default: return { cellEditor: 'agTextCellEditor' };
  }
}

export function columnDefs(columns: Column[], ctx: ColumnDefContext): ColDef<GridRow>[] {
  return columns.map((column) => ({
    colId: column.id,
    headerName: column.name,
    hide: column.hidden ?? false,
    width: column.width ?? defaultWidth(column.type),
    editable: true,
    sortable: true,
    resizable: true,
    filter: FILTERS[column.type],
    filterParams: { buttons: ['reset'], maxNumConditions: 2 },
    cellDataType: false,
    valueGetter: (p) => p.data?.cells[column.id] ?? null,
    valueSetter: (p: ValueSetterParams<GridRow>) => {
      if (!p.data) return false;
      const value = normaliseEdited(p.newValue, column);
      if (sameValue(value, p.oldValue as CellValue)) return false;
      if (value === null) delete p.data.cells[column.id];
      else p.data.cells[column.id] = value;
      ctx.onEdit(p.data, column, value);
      return true;
    },
    valueFormatter: formatted(column, ctx),
    // A fixed class costs nothing per drawn cell; only the range highlight is a rule.
    cellClass: column.type === 'number' || column.type === 'money' ? 'kd-number' : undefined,
    cellClassRules: { 'kd-in-range': (p) => ctx.inRange(p.node.rowIndex, column.id) },
    ...editorOf(column, ctx),
  }));
}

function normaliseEdited(value: unknown, column: Column): CellValue {
  if (value === undefined || value === null || value === '') return null;
  if (column.type === 'number' || column.type === 'money') return typeof value === 'number' && Number.isFinite(value) ? value : null;
  if (column.type === 'checkbox') return value === true;
  if (Array.isArray(value)) return value.length ? value.map(String) : null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return null;
}

function sameValue(a: CellValue, b: CellValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === (b ?? null);
}

export function defaultWidth(type: ColumnType): number {
  if (type === 'longText' || type === 'multiSelect') return 220;
  if (type === 'checkbox') return 90;
  if (type === 'number' || type === 'money' || type === 'date') return 120;
  return 160;
}
