// Remembers each table's current view order (the answer of its last query) until the data changes,
// and builds the tables' column indexes in the background once they are loaded.

import { queryKey, runQuery } from '../domain/query/run-query.ts';
import type { ColumnarTable } from '../domain/query/columnar-table.ts';
import { keyKindOf } from '../domain/query/column-indexes.ts';
import { LATIN_ONLY } from '../domain/query/filter.ts';
import type { LinkLabels } from '../domain/query/display-text.ts';
import type { Column, RowQuery } from '../domain/types.ts';

/** How long one background slice of index building may hold the worker before serving requests. */
const SLICE_MS = 30;
/** Warm-up waits this long after the user last scrolled or typed: on two cores it would take frames from the page. */
const QUIET_MS = 300;

interface Answer {
  key: string;
  version: number;
  order: Uint32Array;
}

export class ViewOrders {
  private readonly answers = new Map<string, Answer>();
  /** The table copy whose indexes are being (or were) built, per table id; weakly, not to keep a dropped copy alive. */
  private readonly warmed = new Map<string, WeakRef<ColumnarTable>>();
  private lastActivity = -Infinity;
  /** Settles when the table's warm-up is over (finished, or given up for a newer copy). */
  private readonly warmDone = new Map<string, Promise<void>>();

  noteActivity(): void {
    this.lastActivity = performance.now();
  }

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

  /**
   * Builds the indexes of the visible columns in short slices, so that the first sort or search does
   * not pay for them while grid requests arriving meanwhile are answered between two slices. The cheap
   * ones (few distinct values) come first: they serve search and filters; sort indexes of columns
   * with many distinct texts (a second each at a million rows) follow, each with its joined search text.
   */
  warm(tableId: string, table: ColumnarTable, columns: Column[]): void {
    const isCurrent = () => this.warmed.get(tableId)?.deref() === table;
    if (isCurrent()) return;
    this.warmed.set(tableId, new WeakRef(table));
    const visible = columns.filter((c) => !c.hidden && keyKindOf(c) !== null);
    // Columns a Han search reads come before phones and e-mails, which only a Latin or digit search reads.
    const hanFirst = [...visible.filter((c) => !LATIN_ONLY.has(c.type)), ...visible.filter((c) => LATIN_ONLY.has(c.type))];
    function* jobs(): Generator<void, void> {
      for (const column of visible) {
        table.indexes.getCheap(column)?.joinedTexts(false);
        yield;
      }
      for (const column of hanFirst) {
        yield* table.indexes.buildInSteps(column);
        table.indexes.get(column)?.joinedTexts(false);
        yield;
      }
    }
    const steps = jobs();
    let finish = () => {};
    this.warmDone.set(tableId, new Promise<void>((resolve) => (finish = resolve)));
    const step = () => {
      if (!isCurrent()) return finish();
      const sinceActivity = performance.now() - this.lastActivity;
      if (sinceActivity < QUIET_MS) {
        setTimeout(step, QUIET_MS - sinceActivity);
        return;
      }
      const until = performance.now() + SLICE_MS;
      while (performance.now() < until) if (steps.next().done) return finish();
      setTimeout(step, 0);
    };
    setTimeout(step, 0);
  }

  /** Resolves once the indexes of the table's last warm-up are built (at once if none is running). */
  warmedUp(tableId: string): Promise<void> {
    return this.warmDone.get(tableId) ?? Promise.resolve();
  }

  /** Drops the remembered order, e.g. when the cached table was replaced by a fresh copy whose version restarts. */
  forget(tableId: string): void {
    this.answers.delete(tableId);
    this.warmed.delete(tableId);
  }
}
