import { describe, expect, it } from 'vitest';
import { detectColumnType, detectColumnTypes } from '../../../../src/lib/domain/import/detect-types.ts';

const repeat = (values: string[], times: number) => Array.from({ length: times }, () => values).flat();

describe('column type detection (90 % must parse, else text)', () => {
  it.each([
    ['numbers', ['1', '2.5', '-3', '1,234', '7'], 'number'],
    ['numbers with one stray word (9 of 10 parse)', ['11', '12', '13', '14', '15', '16', '17', '18', '19', 'n/a'], 'number'],
    ['numbers with two stray words (8 of 10 parse)', ['11', '12', '13', '14', '15', '16', '17', '18', 'n/a', '-'], 'text'],
    ['money with currency marks', ['¥1,234.50', '￥20', '500元', '1.2万'], 'money'],
    ['plain numbers with a single ¥', ['100', '200', '¥300', '400'], 'money'],
    ['dates in Chinese formats', ['2024年3月5日', '2024/3/6', '2024-03-07', '2024.03.08'], 'date'],
    ['compact dates', ['20240305', '20240306', '20231231'], 'date'],
    ['mobile phones', ['13800138000', '139-0013-9000', '+86 137 0013 7000', '15000150000'], 'phone'],
    ['landlines with area codes', ['010-12345678', '0755-1234567', '021-87654321'], 'phone'],
    ['e-mail addresses', ['a@b.com', 'C@D.CN', 'x.y@z.org'], 'email'],
    ['yes and no', ['是', '否', '是', '是'], 'checkbox'],
    ['ticks and blanks', ['✓', '✓', '×', '✓'], 'checkbox'],
    ['ones and zeros', ['1', '0', '1', '1'], 'number'],
    ['a few repeated values', ['A', 'B', 'A', 'C', 'B', 'A'], 'select'],
    ['tags with separators that repeat', ['VIP、老客户', '老客户', 'VIP、大客户', '大客户、VIP', 'VIP'], 'multiSelect'],
    ['company names', ['北京甲科技有限公司', '上海乙贸易有限公司', '深圳丙电子有限公司'], 'text'],
    ['18-digit ID numbers', ['110101199003071234', '110101199003071235', '44030119900307123X'], 'text'],
    ['codes with leading zeros', ['007', '012', '099'], 'text'],
    ['month/day fractions like 3/4', ['3/4', '5/6', '1/2'], 'text'],
    ['notes with line breaks', ['first line\nsecond line', 'short'], 'longText'],
    ['long remarks', [repeat(['很长的备注'], 15).join(''), repeat(['另一条备注'], 15).join('')], 'longText'],
    ['nothing at all', ['', '  ', ''], 'text'],
  ])('calls %s %s', (_name, values, type) => {
    expect(detectColumnType(values)).toBe(type);
  });

  it('ignores empty cells when counting', () => {
    expect(detectColumnType(['1', '', '', '2', '', '3'])).toBe('number');
  });

  it('detects each column of a table', () => {
    const rows = [
      ['甲', '13800138000', '2024-01-01'],
      ['乙', '13900139000', '2024-01-02'],
    ];
    expect(detectColumnTypes(rows, 3)).toEqual(['text', 'phone', 'date']);
  });
});
