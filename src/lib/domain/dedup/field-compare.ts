// How alike two values of one kind are, from 0 (unrelated) to 1 (the same).
import type { FieldValue } from './field-values.ts';
import { jaroWinkler } from './jaro-winkler.ts';
import type { MatchKind } from './match-fields.ts';

/** Two Chinese names that sound alike but are written differently (张伟/张玮). */
export const HOMOPHONE_SIMILARITY = 0.9;
/** One slip of a digit or two digits swapped in a code, date or postcode. */
export const TYPO_SIMILARITY = 0.8;
/** Same company core, but named after different cities: another branch. */
export const BRANCH_SIMILARITY = 0.5;

export function compareValues(kind: MatchKind, a: FieldValue, b: FieldValue): number {
  switch (kind) {
    case 'phone':
    case 'email':
      return shareKey(a, b) ? 1 : 0;
    case 'city':
    case 'province':
      return a.key === b.key ? 1 : jaroWinkler(a.text, b.text);
    case 'company':
      return compareCompanies(a, b);
    case 'person':
    case 'givenName':
    case 'surname':
      return comparePeople(a, b);
    case 'address':
      return a.key === b.key ? 1 : compareTokens(a.tokens ?? [], b.tokens ?? []);
    case 'streetNumber':
      return a.key === b.key ? 1 : 0;
    default:
      return compareCodes(a.key, b.key);
  }
}

// In the hot loop: plain loops, no arrays or closures made per pair.
function shareKey(a: FieldValue, b: FieldValue): boolean {
  if (a.key === b.key) return true;
  const mine = a.keys;
  const others = b.keys;
  if (!mine || mine.length < 2) return others !== undefined && others.length > 1 && others.includes(a.key);
  for (const key of mine) if (key === b.key || (others !== undefined && others.includes(key))) return true;
  return false;
}

export function isOtherBranch(a: FieldValue, b: FieldValue): boolean {
  const pa = a.places;
  const pb = b.places;
  if (!pa || !pb || pa.length === 0 || pb.length === 0) return false;
  for (const place of pa) if (pb.includes(place)) return false;
  return true;
}

function compareCompanies(a: FieldValue, b: FieldValue): number {
  // Equal pinyin keys already catch homophone and script variants; the text measures the rest.
  const similarity = a.key === b.key ? 1 : jaroWinkler(a.text, b.text);
  return isOtherBranch(a, b) ? Math.min(similarity, BRANCH_SIMILARITY) : similarity;
}

function comparePeople(a: FieldValue, b: FieldValue): number {
  if (a.text === b.text) return 1;
  if (a.key === b.key && a.key !== '') return HOMOPHONE_SIMILARITY;
  if (a.han && b.han) return jaroWinkler(a.text, b.text);
  if (a.han !== b.han) return jaroWinkler(a.key, b.key) * HOMOPHONE_SIMILARITY;
  return Math.max(jaroWinkler(a.text, b.text), jaroWinkler(sortWords(a.text), sortWords(b.text)));
}

function sortWords(text: string): string {
  return text.includes(' ') ? text.split(' ').sort().join(' ') : text;
}

// Symmetric Monge–Elkan: each token's best match on the other side, averaged both ways.
// Tokens holding digits (numbers, 1号, 1201室) match only exactly: 1号 and 2号 are different doors.
// Equal tokens are settled first, so Jaro–Winkler runs only between the few that differ.
function compareTokens(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  return (bestMatches(a, b) + bestMatches(b, a)) / 2;
}

function bestMatches(from: readonly string[], to: readonly string[]): number {
  let total = 0;
  for (const token of from) {
    if (to.includes(token)) {
      total += 1;
      continue;
    }
    if (hasDigit(token)) continue;
    let best = 0;
    for (const other of to) {
      if (hasDigit(other)) continue;
      const similarity = jaroWinkler(token, other);
      if (similarity > best) best = similarity;
    }
    total += best;
  }
  return total / from.length;
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

function compareCodes(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length !== b.length) return 0;
  let first = -1;
  let differences = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (differences === 0) first = i;
    differences++;
  }
  if (differences === 1) return TYPO_SIMILARITY;
  const swapped = differences === 2 && a[first] === b[first + 1] && a[first + 1] === b[first];
  return swapped ? TYPO_SIMILARITY : 0;
}
