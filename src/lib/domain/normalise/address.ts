// Addresses: folded and cut into tokens (province, city, district, road, number...) for token-wise matching.
import { foldText } from './fold-text.ts';

export interface NormalisedAddress {
  /** The folded text without punctuation: 广东省深圳市南山区科技园路1号. */
  text: string;
  /** 广东省 | 深圳市 | 南山区 | 科技园路 | 1号, or the words of a Latin address. */
  tokens: string[];
}

// A Chinese address token ends with one of these markers; what follows starts the next token.
const HAN_MARKERS = /(自治区|特别行政区|自治州|新区|街道|大道|大街|大厦|广场|园区|工业区|开发区|省|市|区|县|镇|乡|村|路|街|道|巷|弄|里|号|栋|幢|座|楼|层|室|单元|期)/g;
const PUNCTUATION = /[\s,.;:!?'"“”‘’、，。；：！？()（）[\]【】{}<>《》#&/\\|_~`^*+=-]+/g;
// Common English street words and their usual short forms, so 'street' and 'st' compare equal.
const LATIN_SHORT: Record<string, string> = {
  street: 'st', road: 'rd', avenue: 'ave', av: 'ave', drive: 'dr', place: 'pl', court: 'ct', crescent: 'cres',
  circuit: 'cct', close: 'cl', lane: 'ln', parade: 'pde', highway: 'hwy', terrace: 'tce', boulevard: 'blvd',
  square: 'sq', north: 'n', south: 's', east: 'e', west: 'w', apartment: 'apt', unit: 'u',
};

export function normaliseAddress(input: unknown): NormalisedAddress | null {
  const folded = foldText(input).toLowerCase();
  const spaced = folded.replace(PUNCTUATION, ' ').trim();
  if (spaced === '') return null;
  // Spaces next to Chinese characters or digits are typing noise (深圳市 南山区, 1 号), not word breaks.
  // (PUNCTUATION folded every space to ' ': without one there is nothing to join, and the lookarounds cost.)
  const text = spaced.includes(' ') && /[\u3400-\u9fff]/.test(spaced) ? spaced.replace(/\s+(?=[\u3400-\u9fff\d])|(?<=[\u3400-\u9fff\d])\s+/g, '') : spaced;
  const tokens: string[] = [];
  for (const word of text.split(' ')) {
    if (/[\u3400-\u9fff]/.test(word)) tokens.push(...splitHan(word));
    else tokens.push(LATIN_SHORT[word] ?? word);
  }
  return { text, tokens: tokens.filter((t) => t !== '') };
}

function splitHan(word: string): string[] {
  return word.replace(HAN_MARKERS, '$1\u0000').split('\u0000');
}

/** Overlapping character pairs of a string: the fallback key for addresses that do not tokenise. */
export function charBigrams(text: string): string[] {
  const compact = text.replace(/\s+/g, '');
  if (compact.length < 2) return compact === '' ? [] : [compact];
  const grams: string[] = [];
  for (let i = 0; i + 2 <= compact.length; i++) grams.push(compact.slice(i, i + 2));
  return grams;
}
