// Pairs of rows the dedup review declared distinct: stored once, so a later run never proposes them again.

import type { RowId } from '../../domain/types.ts';
import type { KedangDb } from '../schema.ts';
import type { NotDuplicateRecord } from '../records.ts';

/** Remembers every pair of `pairs` as distinct (order inside a pair does not matter). */
export async function markNotDuplicates(
  db: KedangDb,
  input: { tableId: string; pairs: readonly (readonly [RowId, RowId])[] },
): Promise<number> {
  const time = Date.now();
  const records: NotDuplicateRecord[] = input.pairs
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => ({ tableId: input.tableId, a: Math.min(a, b), b: Math.max(a, b), time }));
  if (records.length === 0) return 0;
  await db.transaction('rw', [db.notDuplicates], () => db.notDuplicates.bulkPut(records));
  return records.length;
}

/** Every pair of the table marked distinct, as [a, b] with a < b. */
export async function listNotDuplicates(db: KedangDb, tableId: string): Promise<[RowId, RowId][]> {
  const records = await db.notDuplicates.where('tableId').equals(tableId).toArray();
  return records.map((r) => [r.a, r.b]);
}
