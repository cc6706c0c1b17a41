import { Converter } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../../../src/lib/domain/normalise/traditional-chinese.ts';

const openCc = Converter({ from: 'hk', to: 'cn' });

describe('toSimplified', () => {
  it.each([
    ['張偉', '张伟'],
    ['騰訊科技（深圳）有限公司', '腾讯科技（深圳）有限公司'],
    // Phrases whose characters are all simplified already, yet OpenCC changes them as a phrase.
    ['一目瞭然', '一目了然'],
    ['反覆', '反复'],
    ['沈思', '沉思'],
    ['深圳市南山区科技园路1号', '深圳市南山区科技园路1号'],
    ['John Smith', 'John Smith'],
  ])('turns %s into %s', (input, expected) => {
    expect(toSimplified(input)).toBe(expected);
  });

  it('gives what OpenCC gives on every character of the common CJK block', () => {
    const all = Array.from({ length: 0x9fff - 0x4e00 + 1 }, (_, i) => String.fromCharCode(0x4e00 + i));
    for (let at = 0; at < all.length; at += 40) {
      const text = all.slice(at, at + 40).join('');
      expect(toSimplified(text)).toBe(openCc(text));
    }
  });
});
