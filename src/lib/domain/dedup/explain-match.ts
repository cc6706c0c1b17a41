// Why an incoming row looks like an existing record, field by field, as the dedup review explains a pair. Pure.
import { prepareFieldValue } from './field-values.ts';
import type { MatchField } from './match-fields.ts';
import { buildScoringModel, DEFAULT_PIVOT, explainPair, type MatchReason } from './scoring.ts';

export function explainMatch(
  existing: Readonly<Record<string, unknown>>,
  incoming: Readonly<Record<string, unknown>>,
  fields: readonly MatchField[],
): MatchReason[] {
  const model = buildScoringModel(fields, {}, DEFAULT_PIVOT);
  const prepare = (cells: Readonly<Record<string, unknown>>) => fields.map((field) => prepareFieldValue(field.kind, cells[field.columnId]));
  return explainPair(model, prepare(existing), prepare(incoming));
}
