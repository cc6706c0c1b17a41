// Remembers each table's current view order (the answer of its last query) until the data changes.

import { queryKey, runQuery } from '../domain/query/run-query.ts';
import type { ColumnarTable } from '../domain/query/columnar-table.ts';
import type { LinkLabels } from '../domain/query/display-text.ts';
import type { Column, RowQuery } from '../domain/types.ts';

interface Answer {
  key: string;
  version: number;
  order: Uint32Array;
}

export class ViewOrders {
  private readonly answers = new Map<string, Answer>();

  /** The view's row indexes into `table`, recomputed only when the query or the table changed. */
  orderOf(
    tableId: string,
    table: ColumnarTable,
    columns: Column[],
    query: RowQuery,
    labels: (column: Column) => LinkLabels | undefined,
  ): Uint32Array {
    const key = queryKey(query);
    const cached = this.answers.get(tableId);
    if (cached && cached.key === key && cached.version === table.version) return cached.order;
    const order = runQuery(table, columns, query, labels);
    this.answers.set(tableId, { key, version: table.version, order });
    return order;
  }

  /** Drops the remembered order, e.g. when the cached table was replaced by a fresh copy whose version restarts. */
  forget(tableId: string): void {
    this.answers.delete(tableId);
  }
}
