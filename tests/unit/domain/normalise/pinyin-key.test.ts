import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { toPinyin, toPinyinKey } from '../../../../src/lib/domain/normalise/pinyin-key.ts';

const fromPinyinPro = (text: string) => pinyin(text, { toneType: 'none', nonZh: 'consecutive', v: true }).toLowerCase();

describe('toPinyin and toPinyinKey', () => {
  it.each([
    // Single-reading characters, looked up one by one.
    ['张伟', 'zhang wei', 'zhangwei'],
    ['腾讯科技', 'teng xun ke ji', 'tengxunkeji'],
    // Characters with several readings, settled by the word around them.
    ['银行', 'yin hang', 'yinhang'],
    ['重庆长城', 'chong qing chang cheng', 'chongqingchangcheng'],
    ['绿地', 'lv di', 'lvdi'],
    ['abc张3', 'abc zhang 3', 'abczhang3'],
    ['John Smith', 'john smith', 'johnsmith'],
  ])('reads %s as %s (key %s)', (text, spaced, key) => {
    expect(toPinyin(text)).toBe(spaced);
    expect(toPinyinKey(text)).toBe(key);
  });

  it('gives what pinyin-pro gives for names and companies of every kind', () => {
    const samples = ['曾志伟', '单田芳', '解放军', '朝阳区长安街', '东莞市厚街镇', '华为技术', '思科中国', '万科企业', '盛大网络', 'A股研究所'];
    for (const text of samples) {
      expect(toPinyin(text)).toBe(fromPinyinPro(text));
      expect(toPinyinKey(text)).toBe(fromPinyinPro(text).replace(/[^a-z0-9]/g, ''));
    }
  });
});
