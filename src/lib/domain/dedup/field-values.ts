// A cell turned into what matching needs for its kind: a text to measure, a key to equal, tokens.
import { normaliseAddress } from '../normalise/address.ts';
import { normaliseCity } from '../normalise/city.ts';
import { normaliseCompanyName } from '../normalise/company-name.ts';
import { normaliseEmail } from '../normalise/email.ts';
import { foldText } from '../normalise/fold-text.ts';
import { normalisePersonName } from '../normalise/person-name.ts';
import { normalisePhone, phoneKey } from '../normalise/phone.ts';
import type { MatchKind } from './match-fields.ts';
import { soundex } from './soundex.ts';

export interface FieldValue {
  /** The normalised text similarity is measured on. */
  text: string;
  /** Equal keys mean the same value (E.164 phone, pinyin of a company's core, canonical city). */
  key: string;
  /** Further equal-means-same keys: the other numbers of a cell holding several phones. */
  keys?: string[];
  tokens?: string[];
  /** Cities in a company's name: two branches of one company differ here. */
  places?: string[];
  han?: boolean;
  /** Blocking keys this value contributes (without the field prefix). */
  blockKeys: string[];
}

const SEVERAL = /[,;，；、/|]|\s{2,}/;

// Every value has the same shape, in the same order: the comparison loop stays monomorphic and fast.
function fieldValue(text: string, key: string, blockKeys: string[], extra: Partial<FieldValue> = {}): FieldValue {
  return {
    text,
    key,
    keys: extra.keys,
    tokens: extra.tokens,
    places: extra.places,
    han: extra.han,
    blockKeys,
  };
}

export function prepareFieldValue(kind: MatchKind, raw: unknown): FieldValue | null {
  if (raw === null || raw === undefined || raw === '') return null;
  switch (kind) {
    case 'phone':
      return prepareMany(raw, (part) => {
        const phone = normalisePhone(part);
        return phone && phone.digits.length >= 5 ? phoneKey(phone) : null;
      });
    case 'email':
      return prepareMany(raw, (part) => normaliseEmail(part)?.value ?? null);
    case 'company': {
      const name = normaliseCompanyName(raw);
      if (!name) return null;
      const blockKeys = name.key.length >= 2 ? [name.key] : [];
      return fieldValue(name.core, name.key, blockKeys, { places: name.places });
    }
    case 'person':
    case 'givenName':
    case 'surname':
      return preparePerson(kind, raw);
    case 'address':
      return prepareAddress(raw);
    case 'city':
    case 'province': {
      const city = normaliseCity(raw);
      return city ? fieldValue(city.value, city.value, []) : null;
    }
    default:
      return prepareCode(kind, raw);
  }
}

function prepareMany(raw: unknown, keyOf: (part: string) => string | null): FieldValue | null {
  if (typeof raw !== 'string' || !SEVERAL.test(raw)) {
    // One value in the cell, the usual case: no splitting, no lists to build.
    const key = keyOf(String(raw));
    if (key === null) return null;
    const keys = [key];
    return fieldValue(key, key, keys, { keys });
  }
  const parts = raw.split(SEVERAL);
  const keys = [...new Set(parts.map((part) => keyOf(String(part))).filter((k): k is string => k !== null))];
  const first = keys[0];
  if (first === undefined) return null;
  return fieldValue(first, first, keys, { keys });
}

function preparePerson(kind: MatchKind, raw: unknown): FieldValue | null {
  const person = normalisePersonName(raw);
  if (!person) return null;
  // Chinese names block on their sound; Latin names on Soundex, which forgives a typo in the middle.
  const blockKeys = person.han ? [person.key] : person.name.split(' ').map(soundex).filter((s) => s !== '');
  if (kind === 'person' && !person.han) blockKeys.push(person.key);
  return fieldValue(person.name, person.key, blockKeys, { han: person.han });
}

function prepareAddress(raw: unknown): FieldValue | null {
  const address = normaliseAddress(raw);
  if (!address) return null;
  // Provinces are implied by the city and often left out; they would only dilute the comparison.
  const tokens = address.tokens.filter((t) => !/(省|自治区|特别行政区)$/.test(t));
  // Block on the street and its number (科技园路|1号): the road alone is shared by whole districts.
  const at = tokens.findIndex((t) => /(路|街|道|巷|弄|大道)$/.test(t));
  const street = at >= 0 ? tokens.slice(at, at + 2).join('|') : tokens.filter((t) => !/(市|区|县)$/.test(t)).join('|');
  return fieldValue(address.text, address.text, street.length >= 3 ? [street] : [], { tokens });
}

function prepareCode(kind: MatchKind, raw: unknown): FieldValue | null {
  const folded = foldText(raw).toLowerCase();
  const key = kind === 'streetNumber' ? folded.replace(/\s+/g, '') : folded.replace(/[\s./-]+/g, '');
  if (key === '') return null;
  const blockKeys = kind === 'streetNumber' ? [] : [key];
  return fieldValue(key, key, blockKeys);
}
