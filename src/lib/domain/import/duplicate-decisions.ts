// What becomes of an incoming row that looks like an existing record: an update of that record, or a new row.

export type DuplicateChoice = 'update' | 'new';

export interface DuplicateDecisions {
  /** For matches without a choice of their own: 'byScore' updates sure matches and asks about the rest. */
  all: 'byScore' | DuplicateChoice;
  /** Choices made one by one, per 1-based data row. */
  rows: Record<number, DuplicateChoice>;
}

/** An existing record scoring at least this counts as the incoming row's match (the dedup review's default). */
export const MATCH_FROM = 0.6;
/** From this score a match is sure enough to update without asking. */
export const SURE_FROM = 0.8;

/** The choice for one match, or null while the user has to be asked. */
export function duplicateChoice(decisions: DuplicateDecisions, row: number, score: number): DuplicateChoice | null {
  const own = decisions.rows[row];
  if (own) return own;
  if (decisions.all !== 'byScore') return decisions.all;
  return score >= SURE_FROM ? 'update' : null;
}
