import { describe, expect, it } from 'vitest';
import { normaliseEmail } from '../../../../src/lib/domain/normalise/email.ts';

describe('normaliseEmail', () => {
  it.each([
    [' Zhang.Wei@QQ.com ', 'zhang.wei@qq.com', true],
    ['mailto:li@163.com', 'li@163.com', true],
    ['ｗａｎｇ＠１６３．ｃｏｍ', 'wang@163.com', true],
    ['first.last@gmail.com', 'first.last@gmail.com', true],
    ['not-an-address', 'not-an-address', false],
    ['a@b', 'a@b', false],
  ])('turns %j into %j (valid: %s)', (input, value, valid) => {
    expect(normaliseEmail(input)).toEqual({ value, valid });
  });

  it('returns null for an empty cell', () => {
    expect(normaliseEmail('  ')).toBeNull();
  });
});
