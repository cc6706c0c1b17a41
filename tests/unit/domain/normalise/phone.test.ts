import { describe, expect, it } from 'vitest';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { normalisePhone } from '../../../../src/lib/domain/normalise/phone.ts';

describe('normalisePhone', () => {
  it.each([
    ['13800138000', '+8613800138000'],
    ['138 0013 8000', '+8613800138000'],
    ['138-0013-8000', '+8613800138000'],
    ['+86 138 0013 8000', '+8613800138000'],
    ['0086-138-0013-8000', '+8613800138000'],
    ['8613800138000', '+8613800138000'],
    ['＋８６ １３８００１３８０００', '+8613800138000'],
    ['1.38001380E+10', '+8613800138000'],
    ['13800138000.0', '+8613800138000'],
    [13800138000, '+8613800138000'],
    ['138-0013-8000 转 123', '+8613800138000'],
    ['010-12345678', '+861012345678'],
    ['(020) 1234 5678', '+862012345678'],
    ['+1 650 253 0000', '+16502530000'],
  ])('reads %s as %s', (input, e164) => {
    expect(normalisePhone(input)).toMatchObject({ e164, valid: true });
  });

  it('keeps the digits of a number it cannot validate, marked invalid', () => {
    expect(normalisePhone('12345')).toEqual({ e164: null, digits: '12345', valid: false });
  });

  it('returns null for an empty cell', () => {
    expect(normalisePhone('')).toBeNull();
    expect(normalisePhone(null)).toBeNull();
  });

  it('gives the same answer as libphonenumber on its fast path for mobiles', () => {
    for (const number of ['13912345678', '15012345678', '18612345678', '19912345678', '16612345678']) {
      expect(normalisePhone(number)?.e164).toBe(parsePhoneNumberFromString(number, 'CN')?.number);
    }
  });
});
