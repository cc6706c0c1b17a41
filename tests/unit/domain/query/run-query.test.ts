import { describe, expect, it } from 'vitest';
import { ColumnarTable } from '../../../../src/lib/domain/query/columnar-table.ts';
import { runQuery } from '../../../../src/lib/domain/query/run-query.ts';
import type { Column, RowQuery } from '../../../../src/lib/domain/types.ts';

const col = (id: string, type: Column['type']): Column => ({ id, tableId: 't', name: id, type, order: 0 });
const columns = [col('name', 'text'), col('city', 'select'), col('amount', 'money'), col('since', 'date'), col('tags', 'multiSelect')];

function table(): ColumnarTable {
  const t = new ColumnarTable();
  t.upsert([
    { id: 1, cells: { name: '华信科技', city: '北京市', amount: 300, since: '2024-03-05', tags: ['VIP'] } },
    { id: 2, cells: { name: '恒达贸易', city: '上海市', amount: 50, since: '2023-01-01' } },
    { id: 3, cells: { name: 'Acme Ltd', city: '北京市', since: '2025-07-01', tags: ['重点', 'VIP'] } },
    { id: 4, cells: { name: '鼎盛餐饮', amount: 1200 } },
  ]);
  return t;
}

const q = (partial: Partial<RowQuery>): RowQuery => ({ sort: [], filters: [], search: '', ...partial });
const ids = (t: ColumnarTable, order: Uint32Array) => [...order].map((i) => t.ids[i]);

describe('runQuery', () => {
  it('keeps storage order when there is nothing to do', () => {
    const t = table();
    expect(ids(t, runQuery(t, columns, q({})))).toEqual([1, 2, 3, 4]);
  });

  it('sorts numbers ascending and descending with empty cells last both ways', () => {
    const t = table();
    expect(ids(t, runQuery(t, columns, q({ sort: [{ colId: 'amount', dir: 'asc' }] })))).toEqual([2, 1, 4, 3]);
    expect(ids(t, runQuery(t, columns, q({ sort: [{ colId: 'amount', dir: 'desc' }] })))).toEqual([4, 1, 2, 3]);
  });

  it('sorts by a second column where the first ties', () => {
    const t = table();
    const order = runQuery(t, columns, q({ sort: [{ colId: 'city', dir: 'asc' }, { colId: 'since', dir: 'desc' }] }));
    expect(ids(t, order)).toEqual([3, 1, 2, 4]);
  });

  it('sorts Chinese text in pinyin order', () => {
    const t = table();
    const order = runQuery(t, columns, q({ sort: [{ colId: 'name', dir: 'asc' }] }));
    // 鼎盛 (ding), 恒达 (heng), 华信 (hua); the zh collation puts Latin after Han.
    expect(ids(t, order)).toEqual([4, 2, 1, 3]);
  });

  it('searches every visible column, case-insensitively, requiring every term', () => {
    const t = table();
    expect(ids(t, runQuery(t, columns, q({ search: 'acme' })))).toEqual([3]);
    expect(ids(t, runQuery(t, columns, q({ search: '北京 vip' })))).toEqual([1, 3]);
    expect(ids(t, runQuery(t, columns, q({ search: '北京 恒达' })))).toEqual([]);
  });

  it('filters numbers by range and dates before a day', () => {
    const t = table();
    const range = q({ filters: [{ colId: 'amount', join: 'AND', conditions: [{ kind: 'number', op: 'inRange', value: 100, valueTo: 2000 }] }] });
    expect(ids(t, runQuery(t, columns, range))).toEqual([1, 4]);
    const before = q({ filters: [{ colId: 'since', join: 'AND', conditions: [{ kind: 'date', op: 'lessThan', value: '2024-12-31 00:00:00' }] }] });
    expect(ids(t, runQuery(t, columns, before))).toEqual([1, 2]);
  });

  it('joins two text conditions with OR and finds blanks', () => {
    const t = table();
    const either = q({
      filters: [{ colId: 'name', join: 'OR', conditions: [{ kind: 'text', op: 'startsWith', value: '华' }, { kind: 'text', op: 'endsWith', value: 'ltd' }] }],
    });
    expect(ids(t, runQuery(t, columns, either))).toEqual([1, 3]);
    const blank = q({ filters: [{ colId: 'city', join: 'AND', conditions: [{ kind: 'text', op: 'blank' }] }] });
    expect(ids(t, runQuery(t, columns, blank))).toEqual([4]);
  });

  it('puts a row restored with its old id back in its old place', () => {
    const t = table();
    t.remove([2]);
    t.upsert([{ id: 2, cells: { name: '恒达贸易' } }]);
    expect(ids(t, runQuery(t, columns, q({})))).toEqual([1, 2, 3, 4]);
    expect(t.columnValues('name')[t.indexOf(3)!]).toBe('Acme Ltd');
  });

  it('sees an updated cell and forgets a removed row', () => {
    const t = table();
    t.upsert([{ id: 2, cells: { name: '恒达贸易', city: '北京市' } }]);
    t.remove([1]);
    expect(ids(t, runQuery(t, columns, q({ search: '北京' })))).toEqual([2, 3]);
    expect(t.columnValues('amount')[t.indexOf(2)!]).toBeUndefined();
  });
});

describe('ColumnarTable', () => {
  it('keeps every cell on its row when a row goes from a column first filled after the earlier rows', () => {
    const t = new ColumnarTable();
    t.upsert([{ id: 1, cells: { name: 'a' } }, { id: 2, cells: { name: 'b', city: '北京市' } }, { id: 3, cells: { name: 'c' } }]);
    t.remove([3]);
    expect(t.cellsAt(t.indexOf(1)!, ['name', 'city'])).toEqual({ name: 'a' });
    expect(t.cellsAt(t.indexOf(2)!, ['name', 'city'])).toEqual({ name: 'b', city: '北京市' });
  });
});
