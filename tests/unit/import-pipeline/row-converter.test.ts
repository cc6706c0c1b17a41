import { describe, expect, it } from 'vitest';
import { RowConverter, type TargetColumn } from '../../../src/lib/import-pipeline/row-converter.ts';
import { ProblemLog } from '../../../src/lib/import-pipeline/problem-log.ts';

const targets: TargetColumn[] = [
  { id: 'city', name: '城市', type: 'select' },
  { id: 'tags', name: '标签', type: 'multiSelect' },
  { id: 'day', name: '日期', type: 'date' },
];

describe('RowConverter on values that repeat', () => {
  it('converts a repeated value the same way every time, and each row owns its list', () => {
    const problems = new ProblemLog();
    const converter = new RowConverter(targets, ['城市', '标签', '日期'], problems, false);
    const rows = Array.from({ length: 10_000 }, (_, i) => converter.convert(['北京', 'VIP、老客户', i % 2 ? '2024/3/5' : '三月'], i + 1));
    expect(rows[0]!.cells).toEqual({ city: '北京', tags: ['VIP', '老客户'], day: '三月' });
    expect(rows[9_999]!.cells).toEqual({ city: '北京', tags: ['VIP', '老客户'], day: '2024-03-05' });
    (rows[0]!.cells.tags as string[]).push('changed');
    expect(rows[2]!.cells.tags).toEqual(['VIP', '老客户']);
    expect([...converter.choices.get('tags')!]).toEqual(['VIP', '老客户']);
  });

  it('still reports every row whose repeated value does not convert', () => {
    const problems = new ProblemLog();
    const converter = new RowConverter(targets, ['城市', '标签', '日期'], problems, true);
    for (let i = 1; i <= 5; i++) converter.convert(['上海', '', '不是日期'], i);
    expect(problems.count).toBe(5);
    expect(problems.items.map((p) => p.row)).toEqual([1, 2, 3, 4, 5]);
  });

  it('converts 20,000 values that never repeat correctly (the memo gives up on such a column)', () => {
    const converter = new RowConverter([{ id: 'day', name: '日期', type: 'date' }], ['日期'], new ProblemLog(), true);
    const iso = (i: number) => new Date(Date.UTC(1990, 0, 1 + i)).toISOString().slice(0, 10);
    const wrong: number[] = [];
    for (let i = 0; i < 20_000; i++) if (converter.convert([iso(i).replace(/-/g, '/')], i + 1).cells.day !== iso(i)) wrong.push(i);
    expect(wrong).toEqual([]);
  });
});
