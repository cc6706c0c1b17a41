// Resolves link cells to the primary-column text of the rows they point to, and labels back to rows.

import type { Column, RowId, TableMeta } from '../domain/types.ts';
import type { LinkLabels } from '../domain/query/display-text.ts';
import type { TableCache } from './table-cache.ts';
import { cellDisplayText } from '../domain/query/display-text.ts';

export class LinkLabeller {
  constructor(
    private readonly cache: TableCache,
    private readonly tableMeta: (tableId: string) => Promise<TableMeta | undefined>,
    private readonly columnsOf: (tableId: string) => Promise<Column[]>,
  ) {}

  /** Loads every table that the given columns link into, and returns a labeller per column. */
  async prepare(columns: Column[]): Promise<(column: Column) => LinkLabels | undefined> {
    const labels = new Map<string, LinkLabels>();
    for (const column of columns) {
      if (column.type !== 'link' || !column.linkTableId) continue;
      labels.set(column.id, await this.labelsOf(column.linkTableId));
    }
    return (column) => labels.get(column.id);
  }

  async labelsOf(tableId: string): Promise<LinkLabels> {
    const meta = await this.tableMeta(tableId);
    const table = await this.cache.load(tableId);
    if (!meta) return () => undefined;
    const primary = (await this.columnsOf(tableId)).find((c) => c.id === meta.primaryColumnId);
    const values = table.columnValues(meta.primaryColumnId);
    return (rowId: RowId) => {
      const index = table.indexOf(rowId);
      return index === undefined ? undefined : cellDisplayText(values[index], primary?.type ?? 'text');
    };
  }

  /** The row of `tableId` whose primary text equals `label` (first match), for pasting names into link cells. */
  async findByLabel(tableId: string, label: string): Promise<RowId | undefined> {
    const meta = await this.tableMeta(tableId);
    if (!meta) return undefined;
    const table = await this.cache.load(tableId);
    const values = table.columnValues(meta.primaryColumnId);
    const index = values.findIndex((v) => v === label);
    return index < 0 ? undefined : table.ids[index];
  }
}
