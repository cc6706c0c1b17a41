// The candidate index of prepared rows: blocks on each value's keys, sorted passes on the kinds that need them.
import { buildCandidateIndex, compareText, rankRows, type BlockingOptions, type CandidateIndex } from './blocking.ts';
import type { MatchField, MatchKind } from './match-fields.ts';
import type { PreparedRow } from './scoring.ts';

// Kinds whose sorted order brings typo'd twins together (a sorted-neighbourhood pass each).
// Chinese names and addresses already block on their sound and their most distinctive token.
const SORTED_KINDS: ReadonlySet<MatchKind> = new Set(['company', 'surname', 'givenName']);

export function buildRowCandidates(rows: readonly PreparedRow[], fields: readonly MatchField[], options: BlockingOptions): CandidateIndex {
  const fieldKeys = fields.map((_, f) => rows.map((row) => row[f]?.blockKeys));
  // Inside a big block rows are ordered by their keys field by field: the order of the keys joined into one
  // text, without building a million texts.
  const rank = rankRows(rows.length, (x, y) => {
    const a = rows[x]!;
    const b = rows[y]!;
    for (let f = 0; f < fields.length; f++) {
      const order = compareText(a[f]?.key ?? '', b[f]?.key ?? '');
      if (order !== 0) return order;
    }
    return 0;
  });
  const sortedPasses = fields.flatMap((field, f) => (SORTED_KINDS.has(field.kind) ? [rows.map((row) => row[f]?.key || null)] : []));
  return buildCandidateIndex(fieldKeys, rank, sortedPasses, options);
}
