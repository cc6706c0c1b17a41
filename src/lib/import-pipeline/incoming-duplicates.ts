// Appended rows that repeat an existing record: found with the dedup domain, summed up for the wizard, turned into updates as decided.

import { getColumns } from '../db/repository.ts';
import type { KedangDb } from '../db/schema.ts';
import { readAllRows } from '../dedup-service/table-rows.ts';
import { defaultMatchFields } from '../domain/dedup/column-fields.ts';
import { explainMatch } from '../domain/dedup/explain-match.ts';
import type { MatchField } from '../domain/dedup/match-fields.ts';
import { matchIncoming } from '../domain/dedup/match-incoming.ts';
import { duplicateChoice, MATCH_FROM, SURE_FROM, type DuplicateDecisions } from '../domain/import/duplicate-decisions.ts';
import type { CellValue, RowId } from '../domain/types.ts';
import type { DuplicateCheck, ImportPlan } from '../workers/import.api.ts';
import { readIncomingRows, type IncomingRow } from './incoming-rows.ts';
import type { ResolvedColumns } from './plan-columns.ts';
import { sameValue, type RowMatcher, type UpsertMatch } from './upsert-index.ts';

/** Matches shown side by side in the wizard; the rest are decided all at once. */
export const MAX_LISTED_DUPLICATES = 20;

export interface FoundDuplicate {
  row: number;
  rowId: RowId;
  score: number;
  /** The incoming cells of the table's own columns (new columns get fresh ids on every pass, so they stay out). */
  incoming: Record<string, CellValue>;
  existing: Record<string, CellValue>;
}

export interface FoundDuplicates {
  found: FoundDuplicate[];
  fields: MatchField[];
  /** The table's column ids when the check ran. */
  ownColumns: ReadonlySet<string>;
}

/** Every incoming row's best existing match, in file order; null when cancelled. */
export async function findIncomingDuplicates(
  db: KedangDb,
  tableId: string,
  incoming: readonly IncomingRow[],
  isCancelled?: () => boolean,
): Promise<FoundDuplicates | null> {
  const columns = await getColumns(db, tableId);
  const fields = defaultMatchFields(columns);
  const ownColumns = new Set(columns.map((c) => c.id));
  if (fields.length === 0 || incoming.length === 0) return { found: [], fields, ownColumns };
  const existing = await readAllRows(db, tableId, undefined, isCancelled);
  if (!existing) return null;
  const matches = matchIncoming(existing, incoming.map((r) => r.cells), fields, { threshold: MATCH_FROM, isCancelled });
  if (!matches) return null;
  const wanted = new Set(matches.flatMap((m) => (m ? [m.rowId] : [])));
  const stored = new Map(existing.filter((row) => wanted.has(row.id)).map((row) => [row.id, row.cells]));
  const found: FoundDuplicate[] = [];
  matches.forEach((match, k) => {
    if (!match) return;
    const { row, cells } = incoming[k]!;
    found.push({ row, rowId: match.rowId, score: match.score, incoming: ownCells(cells, ownColumns), existing: stored.get(match.rowId) ?? {} });
  });
  return { found, fields, ownColumns };
}

/** What the wizard shows: how many matches, how many sure, and the first ones with their reasons. */
export function duplicateCheck({ found, fields }: FoundDuplicates): DuplicateCheck {
  return {
    matches: found.length,
    sure: found.filter((f) => f.score >= SURE_FROM).length,
    listed: found.slice(0, MAX_LISTED_DUPLICATES).map((f) => ({ ...f, reasons: explainMatch(f.existing, f.incoming, fields) })),
  };
}

/**
 * Takes the upsert index's place in an append: a row the user chose to update becomes an update of its record
 * with the row's non-empty values; undecided and 'new' rows are added. Rows are recognised by their cells, in file order.
 */
export class DuplicateMatcher implements RowMatcher {
  private readonly queues = new Map<string, FoundDuplicate[]>();

  constructor(
    private readonly duplicates: FoundDuplicates,
    private readonly decisions: DuplicateDecisions,
  ) {
    for (const f of duplicates.found) {
      const key = JSON.stringify(f.incoming);
      const queue = this.queues.get(key);
      if (queue) queue.push(f);
      else this.queues.set(key, [f]);
    }
  }

  match(cells: Record<string, CellValue>): UpsertMatch {
    const next = this.queues.get(JSON.stringify(ownCells(cells, this.duplicates.ownColumns)))?.shift();
    if (!next || duplicateChoice(this.decisions, next.row, next.score) !== 'update') return { kind: 'new' };
    // Converted cells hold no empty values, so an empty cell of the file never wipes what the record holds.
    const changed: Record<string, CellValue> = {};
    let any = false;
    for (const columnId of Object.keys(cells)) {
      if (sameValue(cells[columnId], next.existing[columnId])) continue;
      changed[columnId] = cells[columnId]!;
      any = true;
    }
    return any ? { kind: 'update', rowId: next.rowId, cells: changed } : { kind: 'unchanged', rowId: next.rowId };
  }
}

/**
 * The import service's entry: for an append with decisions, the check and the matcher. A dry run reuses the
 * matches of the previous dry run of the same file and mapping, so changing a decision does not match again.
 */
export class IncomingDuplicateFinder {
  private cached: { file: object; key: string; duplicates: FoundDuplicates } | null = null;

  async prepare(
    db: KedangDb,
    file: { bytes: Uint8Array; fileName: string },
    plan: ImportPlan,
    resolved: ResolvedColumns,
    options: { fresh: boolean; isCancelled?: () => boolean },
  ): Promise<{ matcher: DuplicateMatcher; check: DuplicateCheck } | null> {
    if (!plan.duplicates || plan.target.kind !== 'append') return null;
    const key = JSON.stringify([plan.dbName, plan.target, plan.read, plan.headers, plan.mapping, plan.onlyValid]);
    let duplicates = !options.fresh && this.cached?.file === file && this.cached.key === key ? this.cached.duplicates : null;
    if (!duplicates) {
      const incoming = readIncomingRows(file.bytes, file.fileName, plan, resolved.targets, options.isCancelled);
      duplicates = incoming && (await findIncomingDuplicates(db, plan.target.tableId, incoming, options.isCancelled));
      if (!duplicates) return null;
      this.cached = { file, key, duplicates };
    }
    return { matcher: new DuplicateMatcher(duplicates, plan.duplicates), check: duplicateCheck(duplicates) };
  }
}

function ownCells(cells: Record<string, CellValue>, own: ReadonlySet<string>): Record<string, CellValue> {
  const kept: Record<string, CellValue> = {};
  for (const columnId of Object.keys(cells)) if (own.has(columnId)) kept[columnId] = cells[columnId]!;
  return kept;
}
