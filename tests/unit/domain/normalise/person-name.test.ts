import { describe, expect, it } from 'vitest';
import { normalisePersonName } from '../../../../src/lib/domain/normalise/person-name.ts';

describe('normalisePersonName', () => {
  it.each([
    ['张伟', '张伟', 'zhang wei'],
    [' 張偉 ', '张伟', 'zhang wei'],
    ['张玮', '张玮', 'zhang wei'],
    ['张 伟', '张伟', 'zhang wei'],
    ['王先生', '王', 'wang'],
    ['欧阳娜娜', '欧阳娜娜', 'ou yang na na'],
    ['John  Smith', 'john smith', 'john smith'],
    ['ＪＯＨＮ', 'john', 'john'],
  ])('turns %j into %s (%s)', (input, name, pinyin) => {
    expect(normalisePersonName(input)).toMatchObject({ name, pinyin });
  });

  it('gives homophones one key', () => {
    expect(normalisePersonName('张玮')?.key).toBe(normalisePersonName('張偉')?.key);
  });

  it('returns null for an empty cell', () => {
    expect(normalisePersonName('')).toBeNull();
  });
});
