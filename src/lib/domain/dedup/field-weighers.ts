// One field's weight for a pair of its distinct values, computed from flat typed arrays where the kind allows
// (gathered as the values were made, value-features.ts): key and text ids replace string equality, a pool of code
// units replaces the strings Jaro–Winkler reads, so a pair touches a few array slots, not objects all over the heap.
// Each weigher gives exactly what weightOf(compareValues(...)) gives; kinds it does not speed up use that.
import { BRANCH_SIMILARITY, compareValues, HOMOPHONE_SIMILARITY, isOtherBranch } from './field-compare.ts';
import type { FieldValue } from './field-values.ts';
import { weightOf, type FieldWeight } from './field-weights.ts';
import { jaroWinklerCodes } from './jaro-winkler.ts';
import type { MatchKind } from './match-fields.ts';
import type { ValueFeatures } from './value-features.ts';

/** The weight of two different value indexes of one field. */
export type Weigher = (a: number, b: number) => number;

/** keys[v]: values[v].key as an id, equal for equal keys; features: what was gathered of each value. */
export function fieldWeigher(
  kind: MatchKind,
  values: readonly FieldValue[],
  keys: Int32Array,
  features: ValueFeatures,
  weight: FieldWeight,
): Weigher {
  const measured: Weigher = (a, b) => weightOf(compareValues(kind, values[a]!, values[b]!), weight);
  switch (kind) {
    case 'phone':
    case 'email':
      return keyWeigher(keys, features, weight, measured);
    case 'company':
      return companyWeigher(values, keys, features, weight);
    case 'person':
    case 'givenName':
    case 'surname':
      return personWeigher(values, keys, features, weight, measured);
    default:
      return measured;
  }
}

// Phones and e-mails match only on an equal key; a cell holding several numbers takes the measured path.
function keyWeigher(keys: Int32Array, features: ValueFeatures, weight: FieldWeight, measured: Weigher): Weigher {
  const several = features.flag.items;
  const same = weightOf(1, weight);
  const differs = weightOf(0, weight);
  return (a, b) => {
    if (keys[a] === keys[b]) return same;
    return several[a] === 0 && several[b] === 0 ? differs : measured(a, b);
  };
}

function companyWeigher(values: readonly FieldValue[], keys: Int32Array, features: ValueFeatures, weight: FieldWeight): Weigher {
  const text = codePool(features);
  // -1: no place in the name; -2: several (compared as lists); else the one place's id.
  const place = features.place.items;
  return (a, b) => {
    const similarity = keys[a] === keys[b] ? 1 : text.similarity(a, b);
    const pa = place[a]!;
    const pb = place[b]!;
    const otherBranch = pa === -1 || pb === -1 ? false : pa >= 0 && pb >= 0 ? pa !== pb : isOtherBranch(values[a]!, values[b]!);
    return weightOf(otherBranch ? Math.min(similarity, BRANCH_SIMILARITY) : similarity, weight);
  };
}

// Chinese names on both sides are measured on the pool; Latin and mixed pairs take the measured path.
function personWeigher(
  values: readonly FieldValue[],
  keys: Int32Array,
  features: ValueFeatures,
  weight: FieldWeight,
  measured: Weigher,
): Weigher {
  const texts = features.textId.items;
  const han = features.flag.items;
  const text = codePool(features);
  const same = weightOf(1, weight);
  const homophone = weightOf(HOMOPHONE_SIMILARITY, weight);
  const emptyKey = values.findIndex((v) => v.key === '');
  const noKey = emptyKey < 0 ? -1 : keys[emptyKey]!;
  return (a, b) => {
    if (texts[a] === texts[b]) return same;
    if (keys[a] === keys[b] && keys[a] !== noKey) return homophone;
    return han[a] === 1 && han[b] === 1 ? weightOf(text.similarity(a, b), weight) : measured(a, b);
  };
}

/** Jaro–Winkler between two values' texts, read from the pool of code units. */
function codePool(features: ValueFeatures) {
  const pool = features.pool.items;
  const start = features.start.items;
  return {
    similarity: (a: number, b: number) => jaroWinklerCodes(pool, start[a]!, start[a + 1]! - start[a]!, start[b]!, start[b + 1]! - start[b]!),
  };
}
