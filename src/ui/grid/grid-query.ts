// Translates AG Grid's sort and filter models into Kedang's RowQuery, answered by the worker.

import type { SortModelItem } from 'ag-grid-community';
import type { ColumnFilter, FilterCondition, RowQuery } from '../../lib/domain/types.ts';

interface SimpleModel {
  filterType?: string;
  type?: string;
  filter?: string | number | null;
  filterTo?: number | null;
  dateFrom?: string | null;
  dateTo?: string | null;
}

interface CombinedModel {
  filterType?: string;
  operator: 'AND' | 'OR';
  conditions: SimpleModel[];
}

function condition(model: SimpleModel): FilterCondition | null {
  const op = model.type ?? 'contains';
  if (model.filterType === 'number') {
    return { kind: 'number', op: op as never, value: numberOrUndefined(model.filter), valueTo: numberOrUndefined(model.filterTo) };
  }
  if (model.filterType === 'date') {
    return { kind: 'date', op: op as never, value: model.dateFrom ?? undefined, valueTo: model.dateTo ?? undefined };
  }
  return { kind: 'text', op: op as never, value: model.filter == null ? undefined : String(model.filter) };
}

function numberOrUndefined(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

export function toRowQuery(sortModel: SortModelItem[], filterModel: Record<string, SimpleModel | CombinedModel> | null, search: string): RowQuery {
  const filters: ColumnFilter[] = [];
  for (const [colId, model] of Object.entries(filterModel ?? {})) {
    const parts = 'conditions' in model ? model.conditions : [model];
    const conditions = parts.map(condition).filter((c): c is FilterCondition => c !== null);
    filters.push({ colId, conditions, join: 'operator' in model ? model.operator : 'AND' });
  }
  return { sort: sortModel.map((s) => ({ colId: s.colId, dir: s.sort })), filters, search };
}
