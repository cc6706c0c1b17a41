import { describe, expect, it } from 'vitest';
import { jaroWinkler } from '../../../../src/lib/domain/dedup/jaro-winkler.ts';
import { soundex } from '../../../../src/lib/domain/dedup/soundex.ts';

describe('jaroWinkler', () => {
  it.each([
    ['martha', 'marhta', 0.9611],
    ['dwayne', 'duane', 0.84],
    ['dixon', 'dicksonx', 0.8133],
    ['abc', 'abc', 1],
    ['abc', 'xyz', 0],
    ['', 'abc', 0],
  ])('rates %s and %s at %d', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
  });

  it('is symmetric', () => {
    expect(jaroWinkler('腾讯科技', '腾迅科技')).toBeCloseTo(jaroWinkler('腾迅科技', '腾讯科技'), 10);
  });
});

describe('soundex', () => {
  it.each([
    ['Robert', 'R163'], ['Rupert', 'R163'], ['Ashcraft', 'A261'], ['Tymczak', 'T522'], ['Pfister', 'P236'], ['Lee', 'L000'], ['', ''],
  ])('codes %s as %s', (word, code) => {
    expect(soundex(word)).toBe(code);
  });
});
