import { describe, expect, it } from 'vitest';
import { parseCellInput } from '../../../../src/lib/domain/columns/cell-input.ts';
import type { ColumnType } from '../../../../src/lib/domain/types.ts';

describe('parseCellInput', () => {
  it.each<[string, ColumnType, unknown]>([
    ['', 'text', null],
    ['  华信科技 ', 'text', '华信科技'],
    ['¥1,234.50', 'money', 1234.5],
    ['1.2万', 'number', 12000],
    ['2024年3月5日', 'date', '2024-03-05'],
    ['138-0013-8000', 'phone', '13800138000'],
    ['✓', 'checkbox', true],
    ['VIP、重点', 'multiSelect', ['VIP', '重点']],
    ['42', 'link', 42],
  ])('reads %j in a %s column as %j, as the importer would', (text, type, expected) => {
    expect(parseCellInput(text, { type })).toEqual(expected);
  });

  it('keeps text that does not fit the column type as typed, to be flagged rather than lost', () => {
    expect(parseCellInput('about ten', { type: 'number' })).toBe('about ten');
    expect(parseCellInput('华信科技', { type: 'link' })).toBe('华信科技');
  });
});
