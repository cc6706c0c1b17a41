// Cities and provinces: any alias (SZ, 深圳, Shenzhen, 粤) to its canonical name (深圳市, 广东省).
import { PLACES, type Place, type PlaceLevel } from './city-aliases.ts';
import { foldText } from './fold-text.ts';

export interface NormalisedCity {
  /** The canonical name when known (深圳市), else the folded input. */
  value: string;
  known: boolean;
  level: PlaceLevel | null;
}

const byAlias = new Map<string, Place>();
for (const place of PLACES) {
  for (const alias of [place.name, ...place.aliases]) byAlias.set(aliasKey(alias), place);
}
const LONGEST_HAN_NAME = Math.max(...[...byAlias.keys()].filter((key) => /[\u4e00-\u9fff]/.test(key)).map((k) => k.length));

function aliasKey(text: string): string {
  return text.toLowerCase().replace(/[\s'’.-]/g, '');
}

export function findPlace(text: string): Place | undefined {
  return byAlias.get(aliasKey(foldText(text)));
}

/** Like findPlace, for text already folded (half width, simplified): the fast path of other normalisers. */
export function findFoldedPlace(folded: string): Place | undefined {
  return byAlias.get(aliasKey(folded));
}

/** The place a folded string starts with (深圳市南山区 → 深圳市), two characters at least, longest first. */
export function placePrefix(text: string): { place: Place; length: number } | undefined {
  // Only prefixes made wholly of Chinese characters are looked up: those no longer than the leading run of them.
  let run = 0;
  const most = Math.min(LONGEST_HAN_NAME, text.length);
  while (run < most && isHan(text.charCodeAt(run))) run++;
  for (let length = run; length >= 2; length--) {
    const place = byAlias.get(text.slice(0, length));
    if (place) return { place, length };
  }
  return undefined;
}

function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

export function normaliseCity(input: unknown): NormalisedCity | null {
  const text = foldText(input);
  if (text === '') return null;
  const place = byAlias.get(aliasKey(text)) ?? placePrefix(text)?.place;
  if (place) return { value: place.name, known: true, level: place.level };
  return { value: text.toLowerCase(), known: false, level: null };
}
