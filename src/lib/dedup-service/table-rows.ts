// Reads a whole table for matching, page by page in id order (keyset paging stays fast at 1M rows).

import { rowPages } from '../db/row-pages.ts';
import type { KedangDb } from '../db/schema.ts';
import type { Row } from '../domain/types.ts';

const PAGE = 20_000;

/** Every row of the table, or null when `isCancelled` says stop between pages. */
export async function readAllRows(
  db: KedangDb,
  tableId: string,
  onPage?: (done: number) => void,
  isCancelled?: () => boolean,
): Promise<Row[] | null> {
  const rows: Row[] = [];
  if (isCancelled?.()) return null;
  for await (const page of rowPages(db, tableId, PAGE)) {
    if (isCancelled?.()) return null;
    for (const row of page) rows.push(row);
    onPage?.(rows.length);
  }
  return rows;
}
