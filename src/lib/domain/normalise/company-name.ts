// Company names reduced to their core (腾讯科技), with the legal form, places and brackets set aside.
import { findFoldedPlace, placePrefix } from './city.ts';
import { foldText } from './fold-text.ts';
import { toPinyinKey } from './pinyin-key.ts';

export interface NormalisedCompanyName {
  /** What names the company: 腾讯科技 for 腾讯科技（深圳）有限公司. */
  core: string;
  /** The core's pinyin without spaces, so a mistyped homophone still meets its twin. */
  key: string;
  /** Canonical cities found in the name (深圳市), provinces left out; two branches differ here. */
  places: string[];
  removed: { suffixes: string[]; places: string[]; brackets: string[] };
}

// Longest first: 股份有限公司 must go before 有限公司 before 公司.
const HAN_SUFFIXES = [
  '集团股份有限公司', '集团有限责任公司', '集团有限公司', '股份有限公司', '有限责任公司', '有限公司',
  '总公司', '分公司', '集团', '公司', '分店', '门店', '分部', '分厂', '办事处', '工作室', '商行', '经营部',
].sort((a, b) => b.length - a.length);
const LATIN_SUFFIX =
  /[\s,.]*\b(co\.?,?\s*ltd|company\s+limited|limited|ltd|incorporated|inc|llc|l\.l\.c|corporation|corp|gmbh|plc|co|company|group|holdings?)\.?$/i;
const HAS_LATIN_LETTER = /[a-z]/;
const BRACKETS = /[(（[【]([^)）\]】]*)[)）\]】]/g;
const MIN_CORE = 2;
// 中山大学 is not 大学 in 中山: a place followed by only a generic word stays part of the name.
const GENERIC_REST = new Set(['大学', '学院', '银行', '医院', '中学', '小学', '酒店', '宾馆', '饭店', '日报', '电视台', '机场', '公司', '集团']);

export function normaliseCompanyName(input: unknown): NormalisedCompanyName | null {
  let text = foldText(input).toLowerCase();
  if (text === '') return null;
  const removed: NormalisedCompanyName['removed'] = { suffixes: [], places: [], brackets: [] };
  const places: string[] = [];
  text = text.replace(BRACKETS, (_all, inner: string) => {
    const part = inner.trim();
    const place = findFoldedPlace(part);
    if (place && place.level !== 'province') places.push(place.name);
    removed.brackets.push(part);
    return ' ';
  });
  text = stripSuffixes(text.trim(), removed.suffixes);
  text = stripPlaces(text, places, removed.places);
  // A branch named after its place (某某科技深圳分公司) leaves the place at the end once 分公司 is gone.
  text = stripSuffixes(text, removed.suffixes);
  const core = text.replace(/[\s,.·・'"“”‘’&-]+/g, ' ').trim() || foldText(input).toLowerCase();
  return { core, key: toPinyinKey(core), places: [...new Set(places)], removed };
}

function stripSuffixes(text: string, removed: string[]): string {
  let current = text;
  for (let changed = true; changed; ) {
    changed = false;
    const suffix = HAN_SUFFIXES.find((s) => current.endsWith(s) && current.length - s.length >= MIN_CORE);
    if (suffix) {
      removed.push(suffix);
      current = current.slice(0, -suffix.length).trim();
      changed = true;
      continue;
    }
    // Every Latin suffix holds a letter: a name without one (most Chinese names) skips the costly pattern.
    const latin = HAS_LATIN_LETTER.test(current) ? LATIN_SUFFIX.exec(current) : null;
    if (latin && latin.index >= MIN_CORE) {
      removed.push(latin[0].trim());
      current = current.slice(0, latin.index).trim();
      changed = true;
    }
  }
  return current;
}

function stripPlaces(text: string, places: string[], removed: string[]): string {
  let current = text;
  for (let prefix = placePrefix(current); prefix; prefix = placePrefix(current)) {
    const rest = current.slice(prefix.length).trim();
    if (rest.length < MIN_CORE || GENERIC_REST.has(rest)) break;
    removed.push(current.slice(0, prefix.length));
    if (prefix.place.level !== 'province') places.push(prefix.place.name);
    current = rest;
  }
  const tail = trailingPlace(current);
  if (tail && current.length - tail.length >= MIN_CORE) {
    removed.push(current.slice(-tail.length));
    if (tail.level !== 'province') places.push(tail.name);
    current = current.slice(0, -tail.length).trim();
  }
  return current;
}

function trailingPlace(text: string): { name: string; level: string; length: number } | undefined {
  for (let length = 4; length >= 2; length--) {
    const place = text.length > length ? findFoldedPlace(text.slice(-length)) : undefined;
    if (place && /[\u4e00-\u9fff]{2}/.test(text.slice(-length))) return { name: place.name, level: place.level, length };
  }
  return undefined;
}
