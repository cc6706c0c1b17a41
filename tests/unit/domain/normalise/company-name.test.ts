import { describe, expect, it } from 'vitest';
import { normaliseCompanyName } from '../../../../src/lib/domain/normalise/company-name.ts';

describe('normaliseCompanyName', () => {
  it.each([
    ['腾讯科技（深圳）有限公司', '腾讯科技', ['深圳市']],
    ['騰訊科技(深圳)有限公司', '腾讯科技', ['深圳市']],
    ['深圳市腾讯计算机系统有限公司', '腾讯计算机系统', ['深圳市']],
    ['北京字节跳动科技有限公司', '字节跳动科技', ['北京市']],
    ['华为技术有限公司', '华为技术', []],
    ['某某科技深圳分公司', '某某科技', ['深圳市']],
    ['广东省深圳市华强电子有限公司', '华强电子', ['深圳市']],
    ['阿里巴巴集团', '阿里巴巴', []],
    ['某某商贸股份有限公司', '某某商贸', []],
    ['某某商贸有限责任公司', '某某商贸', []],
    ['ＡＢＣ貿易有限公司', 'abc贸易', []],
    ['Acme Co., Ltd.', 'acme', []],
    ['ACME Inc.', 'acme', []],
    ['Foo Bar LLC', 'foo bar', []],
    ['中山大学', '中山大学', []],
  ])('finds the core of %s: %s', (input, core, places) => {
    const name = normaliseCompanyName(input);
    expect(name?.core).toBe(core);
    expect(name?.places).toEqual(places);
  });

  it('says what it removed', () => {
    expect(normaliseCompanyName('某某科技（北京）有限公司')?.removed).toEqual({
      suffixes: ['有限公司'],
      places: [],
      brackets: ['北京'],
    });
  });

  it('gives homophone and traditional spellings the same pinyin key', () => {
    expect(normaliseCompanyName('騰訊科技有限公司')?.key).toBe(normaliseCompanyName('腾讯科技')?.key);
  });

  it('returns null for an empty cell', () => {
    expect(normaliseCompanyName(' ')).toBeNull();
  });
});
