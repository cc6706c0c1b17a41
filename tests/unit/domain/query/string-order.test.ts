import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { orderStrings } from '../../../../src/lib/domain/query/string-order.ts';

const byCodeUnits = (xs: string[]) => [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('orderStrings', () => {
  it('orders like a code-unit comparison, prefixes first', () => {
    const input = ['上海市华信', '上海', '北京', 'b', 'a', 'ab', '', '上海市', 'Z'];
    expect([...orderStrings(input)].map((i) => input[i])).toEqual(byCodeUnits(input));
  });

  it('agrees with a comparison sort on large groups sharing long prefixes', () => {
    const input = Array.from({ length: 5000 }, (_, i) => `上海市浦东新区${(i * 7919) % 5000}号${i % 3 ? '有限公司' : ''}`);
    expect([...orderStrings(input)].map((i) => input[i])).toEqual(byCodeUnits(input));
  });

  it('agrees with a comparison sort on any strings', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 300 }), (input) => {
        const got = [...orderStrings(input)].map((i) => input[i]);
        expect(got).toEqual(byCodeUnits(input));
      }),
      { numRuns: 200 },
    );
  });
});
