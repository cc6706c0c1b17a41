// Reads a whole table for matching, page by page in id order (keyset paging stays fast at 1M rows).

import { readRowsAfter } from '../db/row-pages.ts';
import type { KedangDb } from '../db/schema.ts';
import type { Row, RowId } from '../domain/types.ts';

const PAGE = 20_000;

/** Every row of the table, or null when `isCancelled` says stop between pages. */
export async function readAllRows(
  db: KedangDb,
  tableId: string,
  onPage?: (done: number) => void,
  isCancelled?: () => boolean,
): Promise<Row[] | null> {
  const rows: Row[] = [];
  let after: RowId | null = null;
  for (;;) {
    if (isCancelled?.()) return null;
    const page = await readRowsAfter(db, tableId, after, PAGE);
    for (const row of page) rows.push(row);
    onPage?.(rows.length);
    if (page.length < PAGE) return rows;
    after = page[page.length - 1]!.id;
  }
}
