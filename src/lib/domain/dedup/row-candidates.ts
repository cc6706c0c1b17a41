// The candidate index of prepared rows: blocks on each value's keys, sorted passes on the kinds that need them.
import { buildCandidateIndex, type BlockingOptions, type CandidateIndex, type RowGroups } from './blocking.ts';
import type { MatchKind } from './match-fields.ts';
import type { PreparedColumns } from './prepared-rows.ts';
import type { FieldKeys } from './value-keys.ts';
import { rankRowsByKeys, rowKeyRanks, sortedPass, tableInOrder } from './row-order.ts';

// Kinds whose sorted order brings typo'd twins together (a sorted-neighbourhood pass each).
// Chinese names and addresses already block on their sound and their most distinctive token.
const SORTED_KINDS: ReadonlySet<MatchKind> = new Set(['company', 'surname', 'givenName']);

export function buildRowCandidates(table: PreparedColumns, options: BlockingOptions): CandidateIndex {
  const keyRanks = table.fields.map((field, f) => (SORTED_KINDS.has(field.kind) || f === 0 ? rowKeyRanks(table, f) : null));
  // Inside a big block rows are ordered by their keys field by field.
  const rank = rankRowsByKeys(table, keyRanks[0] ?? undefined);
  return candidatesFor(table, options, rank, keyRanks);
}

export interface RankedCandidates {
  /** The table with row r holding the row of rank r. */
  table: PreparedColumns;
  /** rowAt[r]: the given table's row now at r. */
  rowAt: Int32Array;
  index: CandidateIndex;
}

/**
 * The same candidates as buildRowCandidates, over the table laid out in rank order: a row's candidates are
 * mostly its neighbours in rank, so comparing reads memory nearby instead of all over a million rows.
 */
export function buildRankedCandidates(table: PreparedColumns, options: BlockingOptions): RankedCandidates {
  const keyRanks = table.fields.map((field, f) => (SORTED_KINDS.has(field.kind) || f === 0 ? rowKeyRanks(table, f) : null));
  const rank = rankRowsByKeys(table, keyRanks[0] ?? undefined);
  const rowAt = new Int32Array(table.size);
  for (let i = 0; i < rank.length; i++) rowAt[rank[i]!] = i;
  const ordered = tableInOrder(table, rowAt);
  // In rank order ties were already broken by row, so each row's rank is its new place.
  const movedRanks = keyRanks.map((ranks) => ranks && { ranks: ranks.ranks.map((_, r) => ranks.ranks[rowAt[r]!]!), count: ranks.count });
  const identity = rowAt.map((_, r) => r);
  return { table: ordered, rowAt, index: candidatesFor(ordered, options, identity, movedRanks) };
}

function candidatesFor(
  table: PreparedColumns,
  options: BlockingOptions,
  rank: Int32Array,
  keyRanks: readonly ({ ranks: Int32Array; count: number } | null)[],
): CandidateIndex {
  const keyGroups = table.fields.map((_, f) => blockKeyGroups(table, f, table.keys[f]!));
  const sortedPasses = table.fields.flatMap((field, f) => (SORTED_KINDS.has(field.kind) ? [sortedPass(keyRanks[f]!, rank)] : []));
  return buildCandidateIndex(table.size, keyGroups, rank, sortedPasses, options);
}

/** The rows sharing each blocking key of one field, in row order. */
function blockKeyGroups(table: PreparedColumns, f: number, keys: FieldKeys): RowGroups {
  const values = table.values[f]!;
  const { cells, size } = table;
  const width = table.fields.length;
  // Each distinct value's key ids, found once: valueKeys[valueStart[v] .. valueStart[v+1]-1].
  const valueStart = new Int32Array(values.length + 1);
  let valueKeys: Int32Array = new Int32Array(values.length + 16);
  let used = 0;
  const keyIds = keys.ids;
  for (let v = 0; v < values.length; v++) {
    const value = values[v]!;
    for (const key of value.blockKeys) {
      if (used === valueKeys.length) valueKeys = grown(valueKeys);
      // Most values block on their own key, already numbered.
      valueKeys[used++] = keys.numbersValues && key === value.key ? keyIds[v]! : keys.intern(key);
    }
    valueStart[v + 1] = used;
  }
  const keyCount = keys.count;
  const start = new Int32Array(keyCount + 1);
  for (let i = 0; i < size; i++) {
    const v = cells[i * width + f]!;
    if (v >= 0) for (let k = valueStart[v]!; k < valueStart[v + 1]!; k++) start[valueKeys[k]! + 1]!++;
  }
  for (let k = 0; k < keyCount; k++) start[k + 1]! += start[k]!;
  const fill = start.slice(0, keyCount);
  const members = new Int32Array(start[keyCount]!);
  for (let i = 0; i < size; i++) {
    const v = cells[i * width + f]!;
    if (v >= 0) for (let k = valueStart[v]!; k < valueStart[v + 1]!; k++) members[fill[valueKeys[k]!]!++] = i;
  }
  return { start, members };
}

function grown(list: Int32Array): Int32Array {
  const bigger = new Int32Array(list.length * 2);
  bigger.set(list);
  return bigger;
}
