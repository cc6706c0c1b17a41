import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/lib/domain/demo/prng.ts';
import { branchName, composeCompanyName, drawCompanyName, retypeCompanyName, type CompanyName } from '../../../../src/lib/domain/demo/company-names.ts';
import { CITY_ENTRIES } from '../../../../src/lib/domain/demo/vocabulary/cities.ts';
import { INDUSTRIES } from '../../../../src/lib/domain/demo/vocabulary/industries.ts';

const shenzhen = CITY_ENTRIES.find((e) => e.city.name === '深圳市')!.city;
const beijing = CITY_ENTRIES.find((e) => e.city.name === '北京市')!.city;
const huaxin: CompanyName = { prefix: '深圳市', tradeName: '华信', tradePinyin: 'huaxin', industryWord: '电子', bracket: '', suffix: '有限公司', shop: false };

describe('demo company names', () => {
  it.each([
    [huaxin, false, '深圳市华信电子有限公司'],
    [{ ...huaxin, prefix: '', bracket: '深圳' }, false, '华信电子（深圳）有限公司'],
    [{ ...huaxin, prefix: '', bracket: '深圳' }, true, '华信电子(深圳)有限公司'],
  ])('writes %o as %s', (name, ascii, expected) => {
    expect(composeCompanyName(name, ascii)).toBe(expected);
  });

  it('names a branch after its own city, in brackets', () => {
    expect(composeCompanyName(branchName(huaxin, beijing))).toBe('华信电子（北京）有限公司');
  });

  it('retypes a name into something other than the name, whatever its form', () => {
    const rng = createRng(3);
    for (let i = 0; i < 3000; i++) {
      const industry = rng.pick(INDUSTRIES);
      const { city } = rng.pick(CITY_ENTRIES);
      const name = drawCompanyName(rng, city, industry);
      expect(retypeCompanyName(rng, name, city)).not.toBe(composeCompanyName(name));
    }
  });

  it('retypes 深圳市华信电子有限公司 in the ways people do', () => {
    const rng = createRng(1);
    const seen = new Set(Array.from({ length: 400 }, () => retypeCompanyName(rng, huaxin, shenzhen)));
    for (const expected of ['华信电子有限公司', '深圳市华信电子', '深圳市華信電子有限公司', '华信电子(深圳)有限公司', '深圳市华信电子有限责任公司']) {
      expect(seen.has(expected), expected).toBe(true);
    }
  });
});
