// Company names built from parts (city, 字号, industry word, legal suffix), and the other ways
// the same company gets typed: without 有限公司, in traditional characters, with ASCII brackets…

import { weightedPicker, type Rng } from './prng.ts';
import type { City } from './vocabulary/cities.ts';
import type { Industry } from './vocabulary/industries.ts';
import {
  CURATED_TRADE_NAMES,
  LEGAL_SUFFIXES,
  SHOP_SUFFIXES,
  SUFFIX_SWAPS,
  TRADE_NAME_FIRST,
  TRADE_NAME_SECOND,
} from './vocabulary/companies.ts';
import { toTraditional } from './vocabulary/traditional-characters.ts';

export interface CompanyName {
  /** A city (or city and district, for shops) written first: '深圳市', '深圳', ''. */
  prefix: string;
  tradeName: string;
  tradePinyin: string;
  industryWord: string;
  /** A city written in brackets after the industry word: '深圳' → 华信电子（深圳）有限公司; or ''. */
  bracket: string;
  suffix: string;
  /** Sole traders and shops: no 有限公司, no company mail domain. */
  shop: boolean;
}

const drawLegalSuffix = weightedPicker(LEGAL_SUFFIXES, LEGAL_SUFFIXES.map((s) => s.weight));
const SHOP_WORD = /(店|超市|药房)$/;

export function composeCompanyName(name: CompanyName, asciiBrackets = false): string {
  const bracket = name.bracket ? (asciiBrackets ? `(${name.bracket})` : `（${name.bracket}）`) : '';
  return name.prefix + name.tradeName + name.industryWord + bracket + name.suffix;
}

export function drawTradeName(rng: Rng): { hanzi: string; pinyin: string } {
  if (rng.chance(0.25)) return rng.pick(CURATED_TRADE_NAMES);
  const first = rng.pick(TRADE_NAME_FIRST);
  let second = rng.pick(TRADE_NAME_SECOND);
  while (second.hanzi === first.hanzi) second = rng.pick(TRADE_NAME_SECOND);
  return { hanzi: first.hanzi + second.hanzi, pinyin: first.pinyin + second.pinyin };
}

export function drawCompanyName(rng: Rng, city: City, industry: Industry): CompanyName {
  const trade = drawTradeName(rng);
  const industryWord = rng.pick(industry.nameWords);
  if (rng.chance(industry.shopShare)) {
    // A word that already names a shop (便利店, 大药房, 超市) takes no further shop suffix.
    const suffix = SHOP_WORD.test(industryWord) ? '' : rng.pick(SHOP_SUFFIXES);
    const prefix = rng.chance(0.6) ? city.name + rng.pick(city.districts) : '';
    return companyName(trade, industryWord, prefix, '', suffix, true);
  }
  const suffix = drawLegalSuffix(rng).text;
  const form = rng.next();
  if (form < 0.4) return companyName(trade, industryWord, city.name, '', suffix, false);
  if (form < 0.55) return companyName(trade, industryWord, city.short, '', suffix, false);
  if (form < 0.7) return companyName(trade, industryWord, '', city.short, suffix, false);
  return companyName(trade, industryWord, '', '', suffix, false);
}

// A plain literal rather than spreads: this runs a million times for the benchmark tables.
function companyName(
  trade: { hanzi: string; pinyin: string },
  industryWord: string,
  prefix: string,
  bracket: string,
  suffix: string,
  shop: boolean,
): CompanyName {
  return { prefix, tradeName: trade.hanzi, tradePinyin: trade.pinyin, industryWord, bracket, suffix, shop };
}

/** A branch of the same company in another city: 华信科技（北京）有限公司 beside 华信科技（上海）有限公司. */
export function branchName(head: CompanyName, city: City): CompanyName {
  return { ...head, prefix: '', bracket: city.short };
}

type Retyping = (name: CompanyName, city: City, rng: Rng) => string | null;

// Each returns the name as someone else typed it, or null when it does not apply to this name.
const RETYPINGS: readonly Retyping[] = [
  (name) => (name.suffix ? composeCompanyName({ ...name, suffix: '' }) : null),
  (name) => {
    const swapped = SUFFIX_SWAPS[name.suffix];
    return swapped ? composeCompanyName({ ...name, suffix: swapped }) : null;
  },
  (name) => (name.prefix ? composeCompanyName({ ...name, prefix: '' }) : null),
  (name, city, rng) =>
    name.prefix || name.bracket ? null : composeCompanyName({ ...name, prefix: rng.chance(0.5) ? city.name : city.short }),
  (name) => (name.bracket ? composeCompanyName(name, true) : null),
  (name, city) => (name.prefix && !name.shop ? composeCompanyName({ ...name, prefix: '', bracket: city.short }, true) : null),
  (name) => {
    const traditional = toTraditional(composeCompanyName(name));
    return traditional === composeCompanyName(name) ? null : traditional;
  },
  (name) => (name.suffix ? `${name.prefix}${name.tradeName}${name.industryWord} ${name.suffix}` : null),
  (name) => `${composeCompanyName(name)} `,
];

/** The same company's name typed another way; always differs from the canonical name. */
export function retypeCompanyName(rng: Rng, name: CompanyName, city: City): string {
  const canonical = composeCompanyName(name);
  for (let attempt = 0; attempt < 12; attempt++) {
    const retyped = rng.pick(RETYPINGS)(name, city, rng);
    if (retyped !== null && retyped !== canonical) {
      // Sometimes a second habit stacks on the first: traditional characters without 有限公司.
      if (rng.chance(0.3) && !/[\s()]/.test(retyped)) {
        const stacked = toTraditional(retyped);
        if (stacked !== retyped) return stacked;
      }
      return retyped;
    }
  }
  return `${canonical} `;
}
