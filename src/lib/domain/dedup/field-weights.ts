// Fellegi–Sunter weights per kind: m = P(values agree | same entity), u = P(agree | different entities).
import type { MatchKind } from './match-fields.ts';

export interface KindWeights {
  m: number;
  u: number;
  /** Below this similarity a value counts as a full disagreement; above, the weight rises linearly. */
  floor: number;
}

// u is roughly 1 / (how many distinct values the field takes among customers); m allows for typos and changes.
export const KIND_WEIGHTS: Readonly<Record<MatchKind, KindWeights>> = {
  identifier: { m: 0.9, u: 1e-6, floor: 0.5 },
  phone: { m: 0.9, u: 1e-6, floor: 0.99 },
  email: { m: 0.9, u: 1e-6, floor: 0.99 },
  company: { m: 0.95, u: 1e-4, floor: 0.75 },
  date: { m: 0.9, u: 1e-4, floor: 0.5 },
  person: { m: 0.9, u: 2e-3, floor: 0.75 },
  address: { m: 0.9, u: 1e-3, floor: 0.6 },
  postcode: { m: 0.9, u: 2e-3, floor: 0.5 },
  surname: { m: 0.9, u: 5e-3, floor: 0.75 },
  givenName: { m: 0.9, u: 1e-2, floor: 0.75 },
  streetNumber: { m: 0.9, u: 2e-2, floor: 0.99 },
  city: { m: 0.95, u: 5e-2, floor: 0.85 },
  province: { m: 0.95, u: 0.1, floor: 0.85 },
};

export interface FieldWeight {
  agree: number;
  disagree: number;
  floor: number;
}

export function fieldWeight(weights: KindWeights): FieldWeight {
  return {
    agree: Math.log2(weights.m / weights.u),
    disagree: Math.log2((1 - weights.m) / (1 - weights.u)),
    floor: weights.floor,
  };
}

/** The weight a similarity earns: full agreement at 1, full disagreement at or below the floor. */
export function weightOf(similarity: number, weight: FieldWeight): number {
  if (similarity >= 1) return weight.agree;
  if (similarity <= weight.floor) return weight.disagree;
  return weight.disagree + ((weight.agree - weight.disagree) * (similarity - weight.floor)) / (1 - weight.floor);
}
