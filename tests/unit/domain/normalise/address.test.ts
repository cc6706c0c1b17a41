import { describe, expect, it } from 'vitest';
import { charBigrams, normaliseAddress } from '../../../../src/lib/domain/normalise/address.ts';

describe('normaliseAddress', () => {
  it.each([
    ['广东省深圳市南山区科技园路1号', ['广东省', '深圳市', '南山区', '科技园路', '1号']],
    [' 深圳市 南山区, 科技园路 1 号 ', ['深圳市', '南山区', '科技园路', '1号']],
    ['上海市浦東新區世紀大道100號', ['上海市', '浦东新区', '世纪大道', '100号']],
    ['北京市朝阳区建国路８８号１２０１室', ['北京市', '朝阳区', '建国路', '88号', '1201室']],
    ['6 Tullaroop Street, Willaroo', ['6', 'tullaroop', 'st', 'willaroo']],
  ])('cuts %j into tokens', (input, tokens) => {
    expect(normaliseAddress(input)?.tokens).toEqual(tokens);
  });

  it('keeps the folded text without punctuation', () => {
    expect(normaliseAddress('深圳市，南山区（科技园）')?.text).toBe('深圳市南山区科技园');
  });

  it('returns null for an empty cell', () => {
    expect(normaliseAddress(' ，')).toBeNull();
  });

  it('cuts character pairs for addresses that do not tokenise', () => {
    expect(charBigrams('南山区')).toEqual(['南山', '山区']);
  });
});
