import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { appendTexts, foldJoined, joinTexts, markMatching, type TextMatch } from '../../../../src/lib/domain/query/joined-texts.ts';

const naive = (text: string, match: TextMatch, wanted: string) =>
  match === 'contains' ? text.includes(wanted) : match === 'equals' ? text === wanted : match === 'startsWith' ? text.startsWith(wanted) : text.endsWith(wanted);

function matching(texts: string[], match: TextMatch, wanted: string): number[] {
  const answers = new Uint8Array(texts.length);
  markMatching(joinTexts(texts), match, wanted, answers);
  return [...answers.keys()].filter((k) => answers[k]);
}

describe('markMatching', () => {
  const texts = ['北京华信科技有限公司', '科技', '', '上海科技科技', 'Acme 科技', '技科'];

  it('finds every text holding the term once, including neighbours and repeats', () => {
    expect(matching(texts, 'contains', '科技')).toEqual([0, 1, 3, 4]);
  });

  it('tells equals, startsWith and endsWith apart without matching across two texts', () => {
    expect(matching(texts, 'equals', '科技')).toEqual([1]);
    expect(matching(texts, 'startsWith', '科技')).toEqual([1]);
    expect(matching(texts, 'endsWith', '科技')).toEqual([1, 3, 4]);
    expect(matching(['ab', 'c'], 'contains', 'bc')).toEqual([]);
  });

  const matchKind = fc.constantFrom<TextMatch>('contains', 'equals', 'startsWith', 'endsWith');
  const text = fc.string({ unit: fc.constantFrom('a', 'b', '\u0000', '科', 'İ'), maxLength: 5 });

  it('agrees with testing text by text, for any texts and terms (the separator and the empty term included)', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 30 }), matchKind, text, (texts, match, wanted) => {
        const expected = texts.map((_, k) => k).filter((k) => naive(texts[k]!, match, wanted));
        expect(matching(texts, match, wanted)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('finds texts appended later as if they had been joined at once', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 10 }), fc.array(text, { maxLength: 10 }), matchKind, text, (first, more, match, wanted) => {
        const answers = new Uint8Array(first.length + more.length);
        markMatching(appendTexts(joinTexts(first), more), match, wanted, answers);
        expect([...answers]).toEqual([...first, ...more].map((t) => (naive(t, match, wanted) ? 1 : 0)));
      }),
      { numRuns: 300 },
    );
  });

  it('folds case like lower-casing each text, even when a letter grows longer', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('A', 'b', 'İ', 'Σ', ' ', '科'), maxLength: 6 }), { maxLength: 20 }), fc.string({ unit: fc.constantFrom('a', 'i', '̇', 'σ', 'ς'), minLength: 1, maxLength: 2 }), (texts, wanted) => {
        const answers = new Uint8Array(texts.length);
        markMatching(foldJoined(joinTexts(texts)), 'contains', wanted, answers);
        const expected = texts.map((t) => (t.toLowerCase().includes(wanted) ? 1 : 0));
        expect([...answers]).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
