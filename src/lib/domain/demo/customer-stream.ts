// Customer rows as a stream, for benchmark tables of 100,000 or 1,000,000 rows: same columns and
// the same kinds of mess as the demo, drawn row by row so memory stays flat.

import type { CellValue } from '../types.ts';
import { createRng, deriveSeed } from './prng.ts';
import { DEMO_TODAY, dayFromIso } from './dates.ts';
import { customerCells, drawCustomer, type CustomerDraft } from './customer-records.ts';
import { cityAlias, drawMissing, duplicateCells, provinceAlias } from './customer-mess.ts';
import { CREATED_FROM } from './customer-table.ts';
import { DEMO_SEED } from './workspace.ts';

// Duplicates copy one of the last RECENT customers: a ring buffer keeps memory flat at any count.
const RECENT = 512;
const DUPLICATE_SHARE = 0.04;
const SPAN = dayFromIso(DEMO_TODAY) - 1 - CREATED_FROM;

/**
 * Yields `count` customer rows (column ids as in the demo's customer table). Companies may repeat
 * by chance at this size; planted duplicates are not listed.
 */
export function* generateCustomerRows(count: number, seed: number = DEMO_SEED): Generator<Record<string, CellValue>> {
  const rng = createRng(deriveSeed(seed, 11));
  const recent: CustomerDraft[] = [];
  for (let i = 0; i < count; i++) {
    // Rows arrive roughly in the order they were created, as in a sheet kept over the years.
    const created = CREATED_FROM + Math.min(SPAN, Math.max(0, Math.floor((SPAN * i) / count) + rng.int(-10, 10)));
    if (recent.length > 0 && rng.chance(DUPLICATE_SHARE)) {
      yield duplicateCells(rng, recent[rng.int(0, recent.length - 1)] as CustomerDraft, created);
      continue;
    }
    const draft = drawCustomer(rng, created);
    if (recent.length < RECENT) recent.push(draft);
    else recent[i % RECENT] = draft;
    const cells = customerCells(draft, drawMissing(rng));
    if (rng.chance(0.02)) cells.c_province = provinceAlias(rng, draft.province);
    if (rng.chance(0.03)) cells.c_city = cityAlias(rng, draft.city);
    yield cells;
  }
}

/**
 * Hands the rows over in chunks of `chunkSize`, waiting for each `onChunk` (a store write, say)
 * before drawing the next, so no more than one chunk is held at a time.
 */
export async function generateCustomerChunks(
  count: number,
  seed: number,
  chunkSize: number,
  onChunk: (rows: Record<string, CellValue>[], firstIndex: number) => void | Promise<void>,
): Promise<void> {
  let chunk: Record<string, CellValue>[] = [];
  let firstIndex = 0;
  for (const row of generateCustomerRows(count, seed)) {
    chunk.push(row);
    if (chunk.length === chunkSize) {
      await onChunk(chunk, firstIndex);
      firstIndex += chunk.length;
      chunk = [];
    }
  }
  if (chunk.length) await onChunk(chunk, firstIndex);
}
