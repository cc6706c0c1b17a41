import { describe, expect, it } from 'vitest';
import { convertCell } from '../../../../src/lib/domain/import/convert-cell.ts';
import { parseDate, excelSerialToIso, isoToExcelSerial } from '../../../../src/lib/domain/import/convert-date.ts';
import { parseMoney } from '../../../../src/lib/domain/import/convert-money.ts';
import { parseNumber, isFaithfulNumber } from '../../../../src/lib/domain/import/convert-number.ts';
import { convertPhone } from '../../../../src/lib/domain/import/convert-phone.ts';
import { parseEmail } from '../../../../src/lib/domain/import/convert-email.ts';
import { parseCheckbox } from '../../../../src/lib/domain/import/convert-checkbox.ts';
import { splitList } from '../../../../src/lib/domain/import/convert-list.ts';
import { toHalfWidth } from '../../../../src/lib/domain/normalise/full-width.ts';

describe('full-width text', () => {
  it.each([
    ['１２３', '123'],
    ['１，２３４．５', '1,234.5'],
    ['ａｂｃ＠ｄ．ｃｏｍ', 'abc@d.com'],
    ['（１）', '(1)'],
    ['a\u3000b', 'a b'],
    ['中文不变', '中文不变'],
  ])('folds %j to %j', (input, expected) => {
    expect(toHalfWidth(input)).toBe(expected);
  });
});

describe('dates', () => {
  it.each([
    ['2024年3月5日', '2024-03-05'],
    ['2024 年 3 月 5 日', '2024-03-05'],
    ['2024/3/5', '2024-03-05'],
    ['2024-3-5', '2024-03-05'],
    ['2024.03.05', '2024-03-05'],
    ['20240305', '2024-03-05'],
    ['2024-03-05T10:30:00Z', '2024-03-05'],
    ['2024-03-05 10:30', '2024-03-05'],
    ['２０２４／３／５', '2024-03-05'],
    ['3/5/2024', '2024-03-05'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %j as %s', (input, iso) => {
    expect(parseDate(input)).toBe(iso);
  });

  it.each([['2023-02-29'], ['2024-13-01'], ['3/4'], ['45356'], ['hello'], ['2024/3'], ['20241332'], ['']])(
    'rejects %j without the serial option',
    (input) => {
      expect(parseDate(input)).toBeNull();
    },
  );

  it.each([
    [45356, '2024-03-05'],
    [1, '1900-01-01'],
    [61, '1900-03-01'],
    [43831, '2020-01-01'],
  ])('reads the Excel serial %d as %s', (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
    expect(isoToExcelSerial(iso)).toBe(serial);
  });

  it('reads a bare serial only in a column known to hold dates', () => {
    expect(convertCell('45356', 'date')).toEqual({ ok: true, value: '2024-03-05' });
    expect(convertCell('45356', 'date', { allowDateSerial: false })).toEqual({ ok: false, code: 'invalid-date' });
  });
});

describe('money', () => {
  it.each([
    ['¥1,234.50', 1234.5, true],
    ['￥1,234.50', 1234.5, true],
    ['1.2万', 12000, false],
    ['3亿', 300000000, false],
    ['500元', 500, true],
    ['RMB 1,000', 1000, true],
    ['(1,234)', -1234, false],
    ['-1,234', -1234, false],
    ['-¥1,234', -1234, true],
    ['￥１，２３４．５０', 1234.5, true],
    ['1.1万元', 11000, true],
  ])('reads %j as %d (marked: %s)', (input, value, marked) => {
    expect(parseMoney(input)).toEqual({ value, marked });
  });

  it.each([['¥'], ['1,23,4'], ['abc元'], ['1.2.3']])('rejects %j', (input) => {
    expect(parseMoney(input)).toBeNull();
  });
});

describe('numbers', () => {
  it.each([
    ['1234', 1234],
    ['1,234.5', 1234.5],
    ['-12.5', -12.5],
    ['+3', 3],
    ['12%', 0.12],
    ['１２３', 123],
    ['1e3', 1000],
    ['.5', 0.5],
  ])('reads %j as %d', (input, value) => {
    expect(parseNumber(input)).toBe(value);
  });

  it.each([
    ['0', true],
    ['0.5', true],
    ['007', false],
    ['010010', false],
    ['110101199003071234', false],
    ['123456789012345', true],
    ['1234567890123456', false],
    ['abc', false],
  ])('calls %j a faithful number: %s', (input, faithful) => {
    expect(isFaithfulNumber(input)).toBe(faithful);
  });
});

describe('phones as typed', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['+86 138 0013 8000', '+8613800138000'],
    ['13800138000.0', '13800138000'],
    ['1.38001380E+10', '13800138000'],
    ['1.3800138E+10', '13800138000'],
    ['010-12345678', '01012345678'],
    ['(010) 1234 5678', '01012345678'],
    ['１３８００１３８０００', '13800138000'],
  ])('keeps %j as %s', (input, value) => {
    expect(convertPhone(input)).toEqual({ ok: true, value });
  });

  it('refuses to invent digits Excel rounded away', () => {
    expect(convertPhone('1.38E+10')).toEqual({ ok: false, code: 'phone-precision-lost' });
    expect(convertPhone('1.38001E+10')).toEqual({ ok: false, code: 'phone-precision-lost' });
  });

  it.each([['abc'], ['138'], ['13800138000/13900139000']])('rejects %j', (input) => {
    expect(convertPhone(input).ok).toBe(false);
  });
});

describe('e-mail', () => {
  it.each([
    ['Zhang.San@Example.COM', 'zhang.san@example.com'],
    ['  a@b.cn ', 'a@b.cn'],
    ['ａ＠ｂ．ｃｎ', 'a@b.cn'],
    ['mailto:x@y.com', 'x@y.com'],
  ])('normalises %j to %s', (input, value) => {
    expect(parseEmail(input)).toBe(value);
  });

  it.each([['a@b'], ['@b.com'], ['a b@c.com'], ['a@@b.com'], ['a..b@c.com']])('rejects %j', (input) => {
    expect(parseEmail(input)).toBeNull();
  });
});

describe('checkboxes', () => {
  it.each([
    ['是', true],
    ['否', false],
    ['true', true],
    ['FALSE', false],
    ['1', true],
    ['0', false],
    ['✓', true],
    ['x', true],
    ['×', false],
    ['Y', true],
    ['N', false],
    ['maybe', null],
  ])('reads %j as %s', (input, value) => {
    expect(parseCheckbox(input)).toBe(value);
  });
});

describe('tag lists', () => {
  it.each([
    ['VIP、老客户', ['VIP', '老客户']],
    ['a,b;c|d', ['a', 'b', 'c', 'd']],
    ['a，b；a', ['a', 'b']],
    ['  single ', ['single']],
  ])('splits %j', (input, items) => {
    expect(splitList(input)).toEqual(items);
  });
});

describe('convertCell', () => {
  it.each([
    ['¥1,234.50', 'money', { ok: true, value: 1234.5 }],
    ['abc', 'money', { ok: false, code: 'invalid-money' }],
    ['abc', 'number', { ok: false, code: 'invalid-number' }],
    ['2024年3月5日', 'date', { ok: true, value: '2024-03-05' }],
    ['not a date', 'date', { ok: false, code: 'invalid-date' }],
    ['138-0013-8000', 'phone', { ok: true, value: '13800138000' }],
    ['A@B', 'email', { ok: false, code: 'invalid-email' }],
    ['A@B.COM.CN', 'email', { ok: true, value: 'a@b.com.cn' }],
    ['是', 'checkbox', { ok: true, value: true }],
    ['perhaps', 'checkbox', { ok: false, code: 'invalid-checkbox' }],
    ['VIP、老客户', 'multiSelect', { ok: true, value: ['VIP', '老客户'] }],
    ['  text  ', 'text', { ok: true, value: 'text' }],
    ['   ', 'number', { ok: true, value: null }],
    ['110101199003071234', 'text', { ok: true, value: '110101199003071234' }],
  ] as const)('converts %j as %s', (raw, type, expected) => {
    expect(convertCell(raw, type)).toEqual(expected);
  });
});
