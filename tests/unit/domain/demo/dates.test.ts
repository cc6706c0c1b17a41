import { describe, expect, it } from 'vitest';
import { dayFromIso, isoFromDay } from '../../../../src/lib/domain/demo/dates.ts';

describe('demo day numbers', () => {
  it('writes every day from 1999 to 2031 as Date would, leap days included', () => {
    for (let day = dayFromIso('1999-01-01'); day <= dayFromIso('2031-12-31'); day++) {
      expect(isoFromDay(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
    }
  });

  it('reads back the day it wrote', () => {
    expect(dayFromIso(isoFromDay(20_000))).toBe(20_000);
    expect(isoFromDay(dayFromIso('2024-02-29'))).toBe('2024-02-29');
  });
});
