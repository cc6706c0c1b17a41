import { describe, expect, it } from 'vitest';
import { pinyin } from 'pinyin-pro';
import { Converter } from 'opencc-js/t2cn';
import { HOMOPHONES, GIVEN_NAMES, COMMON_FULL_NAMES } from '../../../../src/lib/domain/demo/vocabulary/given-names.ts';
import { SURNAMES } from '../../../../src/lib/domain/demo/vocabulary/surnames.ts';
import { TRADITIONAL, toTraditional } from '../../../../src/lib/domain/demo/vocabulary/traditional-characters.ts';
import { CURATED_TRADE_NAMES, TRADE_NAME_FIRST, TRADE_NAME_SECOND } from '../../../../src/lib/domain/demo/vocabulary/companies.ts';
import { INDUSTRIES } from '../../../../src/lib/domain/demo/vocabulary/industries.ts';
import { ALL_PRODUCTS, PRODUCTS_BY_INDUSTRY } from '../../../../src/lib/domain/demo/vocabulary/products.ts';
import { CITY_ENTRIES, PROVINCES } from '../../../../src/lib/domain/demo/vocabulary/cities.ts';

const plain = (text: string, surname = false): string =>
  pinyin(text, { toneType: 'none', separator: '', surname: surname ? 'all' : 'off' }).replace(/ü/g, 'v');

describe('the demo vocabulary', () => {
  it('pairs each character only with a homophone, tones aside', () => {
    for (const [char, swap] of Object.entries(HOMOPHONES)) expect(plain(swap), `${char} → ${swap}`).toBe(plain(char));
  });

  it('spells surnames and given names in the pinyin their mail addresses use', () => {
    for (const s of SURNAMES) expect(plain(s.hanzi, true), s.hanzi).toBe(s.pinyin);
    for (const g of GIVEN_NAMES) expect(plain(g.hanzi), g.hanzi).toBe(g.pinyin);
    for (const t of [...CURATED_TRADE_NAMES, ...TRADE_NAME_FIRST, ...TRADE_NAME_SECOND]) expect(plain(t.hanzi), t.hanzi).toBe(t.pinyin);
  });

  it('writes traditional characters that OpenCC turns back into the simplified ones', () => {
    const toSimplified = Converter({ from: 'hk', to: 'cn' });
    for (const [simplified, traditional] of Object.entries(TRADITIONAL)) expect(toSimplified(traditional)).toBe(simplified);
    expect(toTraditional('华信电子科技有限公司')).toBe('華信電子科技有限公司');
  });

  it('holds the common names among its own surnames and given names', () => {
    for (const name of COMMON_FULL_NAMES) {
      expect(SURNAMES.some((s) => s.hanzi === name.surname)).toBe(true);
      expect(GIVEN_NAMES.some((g) => g.hanzi === name.given)).toBe(true);
    }
  });

  it('can name far more than 2,000 distinct companies', () => {
    const tradeNames = TRADE_NAME_FIRST.length * TRADE_NAME_SECOND.length;
    const words = INDUSTRIES.reduce((n, i) => n + i.nameWords.length, 0);
    expect(tradeNames * words).toBeGreaterThan(50_000);
  });

  it('sells products with distinct names, positive prices and quantity ranges, to every industry', () => {
    expect(new Set(ALL_PRODUCTS.map((p) => p.name)).size).toBe(ALL_PRODUCTS.length);
    for (const p of ALL_PRODUCTS) {
      expect(p.price).toBeGreaterThan(0);
      expect(p.quantity[0]).toBeGreaterThanOrEqual(1);
      expect(p.quantity[1]).toBeGreaterThanOrEqual(p.quantity[0]);
    }
    for (const industry of INDUSTRIES) expect(PRODUCTS_BY_INDUSTRY[industry.name]?.length, industry.name).toBeGreaterThanOrEqual(4);
  });

  it('names each city once, with districts, roads and an area code', () => {
    expect(new Set(CITY_ENTRIES.map((e) => e.city.name)).size).toBe(CITY_ENTRIES.length);
    expect(new Set(PROVINCES.map((p) => p.name)).size).toBe(PROVINCES.length);
    for (const { city } of CITY_ENTRIES) {
      expect(city.districts.length).toBeGreaterThanOrEqual(2);
      expect(city.roads.length).toBeGreaterThanOrEqual(1);
      expect(city.areaCode).toMatch(/^0\d{2,3}$/);
      expect(city.short).not.toBe(city.name);
    }
  });

  it('gives unambiguous abbreviations only', () => {
    const abbreviations = CITY_ENTRIES.flatMap((e) => (e.city.abbreviation ? [e.city.abbreviation] : []));
    expect(new Set(abbreviations).size).toBe(abbreviations.length);
  });
});
