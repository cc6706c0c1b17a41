// A pair's score: the Fellegi–Sunter sum of field weights, squashed to 0..1, and its explanation as data.
import { BRANCH_SIMILARITY, compareValues, HOMOPHONE_SIMILARITY, isOtherBranch } from './field-compare.ts';
import type { FieldValue } from './field-values.ts';
import { fieldWeight, KIND_WEIGHTS, weightOf, type FieldWeight, type KindWeights } from './field-weights.ts';
import type { MatchField, MatchKind } from './match-fields.ts';

export type PreparedRow = readonly (FieldValue | null)[];

export type ReasonKind = 'same' | 'similar' | 'differs' | 'missing';
export type ReasonNote = 'homophone' | 'other-branch';

export interface MatchReason {
  /** The column id. */
  field: string;
  kind: ReasonKind;
  similarity?: number;
  /** The evidence in bits: positive for, negative against, 0 when a value is missing. */
  weight: number;
  note?: ReasonNote;
}

export interface ScoringModel {
  fields: readonly MatchField[];
  weights: readonly FieldWeight[];
  /** Field indexes, cheapest comparison first, so a hopeless pair is given up early. */
  order: readonly number[];
  /** upside[k]: the most the fields from order[k] on can still add. */
  upside: readonly number[];
  /** The summed weight at which a pair scores 0.5. */
  pivot: number;
}

/** Bits of evidence at which a pair is as likely a duplicate as not (tuned on FEBRL and the messy sheet). */
export const DEFAULT_PIVOT = 12;
const SIMILAR_FROM = 0.8;

export function buildScoringModel(
  fields: readonly MatchField[],
  overrides: Partial<Record<MatchKind, KindWeights>> = {},
  pivot = DEFAULT_PIVOT,
): ScoringModel {
  const weights = fields.map((field) => fieldWeight(overrides[field.kind] ?? KIND_WEIGHTS[field.kind]));
  const order = fields.map((_, f) => f).sort((x, y) => COST[fields[x]!.kind] - COST[fields[y]!.kind] || x - y);
  const upside = order.map((_, k) => order.slice(k).reduce((sum, f) => sum + Math.max(0, weights[f]!.agree), 0));
  return { fields, weights, order, upside, pivot };
}

// Rough cost of comparing a kind: equality checks before string measures, token sets last.
const COST: Readonly<Record<MatchKind, number>> = {
  phone: 0, email: 0, identifier: 0, date: 0, postcode: 0, streetNumber: 0, city: 1, province: 1,
  company: 2, person: 2, surname: 2, givenName: 2, address: 3,
};

/** The weight a pair needs to reach a threshold on the 0..1 score. */
export function weightForScore(model: ScoringModel, score: number): number {
  return model.pivot + Math.log2(score / (1 - score));
}

/**
 * The summed weight of evidence; the hot path, so it builds no objects. With `needed`, it stops as soon
 * as the pair cannot reach it and returns a value below it.
 */
export function pairWeight(model: ScoringModel, a: PreparedRow, b: PreparedRow, needed = -Infinity): number {
  let total = 0;
  for (let k = 0; k < model.order.length; k++) {
    if (total + model.upside[k]! < needed) return total + model.upside[k]!;
    const f = model.order[k]!;
    const va = a[f];
    const vb = b[f];
    if (!va || !vb) continue;
    total += weightOf(compareValues(model.fields[f]!.kind, va, vb), model.weights[f]!);
  }
  return total;
}

export function scoreFromWeight(model: ScoringModel, weight: number): number {
  return 1 / (1 + 2 ** (model.pivot - weight));
}

export function scorePair(model: ScoringModel, a: PreparedRow, b: PreparedRow): number {
  return scoreFromWeight(model, pairWeight(model, a, b));
}

export function explainPair(model: ScoringModel, a: PreparedRow, b: PreparedRow): MatchReason[] {
  return model.fields.map((field, f) => {
    const va = a[f];
    const vb = b[f];
    if (!va || !vb) return { field: field.columnId, kind: 'missing', weight: 0 };
    const similarity = compareValues(field.kind, va, vb);
    const weight = round(weightOf(similarity, model.weights[f] as FieldWeight));
    const reason: MatchReason = { field: field.columnId, kind: reasonKind(similarity), weight };
    if (reason.kind === 'similar') reason.similarity = round(similarity);
    const note = noteFor(field.kind, va, vb, similarity);
    if (note) reason.note = note;
    return reason;
  });
}

function reasonKind(similarity: number): ReasonKind {
  if (similarity >= 1) return 'same';
  return similarity >= SIMILAR_FROM ? 'similar' : 'differs';
}

function noteFor(kind: MatchKind, a: FieldValue, b: FieldValue, similarity: number): ReasonNote | undefined {
  if (kind === 'company' && isOtherBranch(a, b) && similarity === BRANCH_SIMILARITY) return 'other-branch';
  if ((kind === 'person' || kind === 'surname' || kind === 'givenName') && similarity === HOMOPHONE_SIMILARITY && a.key === b.key) {
    return 'homophone';
  }
  return undefined;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
