import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ColumnarTable } from '../../../../src/lib/domain/query/columnar-table.ts';
import { COLLATED_DISTINCT_LIMIT, EMPTY } from '../../../../src/lib/domain/query/column-index.ts';
import { runQuery } from '../../../../src/lib/domain/query/run-query.ts';
import type { CellValue, Column, RowQuery } from '../../../../src/lib/domain/types.ts';

const col = (id: string, type: Column['type']): Column => ({ id, tableId: 't', name: id, type, order: 0 });
const columns = [col('name', 'text'), col('city', 'select'), col('amount', 'money'), col('since', 'date'), col('tags', 'multiSelect'), col('ok', 'checkbox'), col('owner', 'link')];
const OWNERS = new Map([[1, '王芳'], [2, 'Wang Fang'], [3, '']]);
const labels = (column: Column) => (column.type === 'link' ? (id: number) => OWNERS.get(id) : undefined);
const [name, city, amount] = columns as [Column, Column, Column];

type Cells = Record<string, CellValue>;
const q = (partial: Partial<RowQuery>): RowQuery => ({ sort: [], filters: [], search: '', ...partial });

function tableOf(rows: [number, Cells][]): ColumnarTable {
  const t = new ColumnarTable();
  t.upsert(rows.map(([id, cells]) => ({ id, cells })));
  return t;
}

/** The row ids of a query's answer. */
const answer = (t: ColumnarTable, query: RowQuery) => [...runQuery(t, columns, query, labels)].map((i) => t.ids[i]);

describe('column indexes', () => {
  it('give every row the place of its value among the distinct values, empty cells apart', () => {
    const t = tableOf([[1, { name: '恒达' }], [2, { name: '鼎盛' }], [3, {}], [4, { name: '恒达' }]]);
    const index = t.indexes.get(name)!;
    expect(index.values).toEqual(['鼎盛', '恒达']);
    expect([...index.ranks.subarray(0, 4)]).toEqual([1, 0, EMPTY, 1]);
  });

  it('follow an edit to a new value, to an existing value and to empty without a rebuild', () => {
    const t = tableOf([[1, { name: '恒达' }], [2, { name: '鼎盛' }], [3, { name: '华信' }]]);
    const index = t.indexes.get(name)!;
    t.upsert([{ id: 1, cells: { name: '安泰' } }, { id: 2, cells: { name: '华信' } }, { id: 3, cells: {} }]);
    expect(t.indexes.get(name)).toBe(index);
    expect(answer(t, q({ sort: [{ colId: 'name', dir: 'asc' }] }))).toEqual([1, 2, 3]);
    expect(answer(t, q({ search: '华信' }))).toEqual([2]);
  });

  it('follow removed rows and a row restored with its old id', () => {
    const t = tableOf([[1, { amount: 30 }], [2, { amount: 10 }], [3, { amount: 20 }], [4, { amount: 5 }]]);
    t.indexes.get(amount);
    t.remove([2, 4]);
    expect(answer(t, q({ sort: [{ colId: 'amount', dir: 'asc' }] }))).toEqual([3, 1]);
    t.upsert([{ id: 2, cells: { amount: 1 } }]);
    expect(t.ids).toEqual([1, 2, 3]);
    expect(answer(t, q({ sort: [{ colId: 'amount', dir: 'desc' }] }))).toEqual([1, 3, 2]);
  });

  it('are built in steps in the background, and a build overtaken by an edit is dropped', () => {
    const rows: [number, Cells][] = Array.from({ length: COLLATED_DISTINCT_LIMIT * 1.2 }, (_, i) => [i + 1, { name: `公司${(i * 7919) % 60_000}` }]);
    const t = tableOf(rows);
    const steps = t.indexes.buildInSteps(name);
    let pauses = 0;
    while (!steps.next().done) pauses++;
    expect(pauses).toBeGreaterThan(2);
    expect(t.indexes.has('name')).toBe(true);
    expect([...t.indexes.get(name)!.ranks.subarray(0, 3)]).toEqual([0, 1, 2].map((i) => t.indexes.get(name)!.values.indexOf(`公司${(i * 7919) % 60_000}`)));

    const other = tableOf(rows);
    const overtaken = other.indexes.buildInSteps(name);
    overtaken.next();
    other.upsert([{ id: 1, cells: { name: '0' } }]);
    while (!overtaken.next().done);
    expect(other.indexes.has('name')).toBe(false);
    expect(answer(other, q({ sort: [{ colId: 'name', dir: 'asc' }] }))[0]).toBe(1);
  });

  it('are dropped when the table changed without telling them', () => {
    const t = tableOf([[1, { name: 'b' }], [2, { name: 'a' }]]);
    const index = t.indexes.get(name)!;
    t.columnValues('name')[0] = 'c';
    t.version++;
    expect(t.indexes.get(name)).not.toBe(index);
    expect(answer(t, q({ sort: [{ colId: 'name', dir: 'asc' }] }))).toEqual([2, 1]);
  });

  it('switch from pinyin to code-unit order when edits push the distinct values past the limit, as a fresh build would', () => {
    const rows: [number, Cells][] = Array.from({ length: COLLATED_DISTINCT_LIMIT }, (_, i) => [i + 1, { city: `城${i}` }]);
    const t = tableOf(rows);
    expect(t.indexes.get(city)!.order).toBe('collated');
    t.upsert([{ id: rows.length + 1, cells: { city: 'Zed' } }, { id: rows.length + 2, cells: { city: '安' } }]);
    expect(t.indexes.get(city)!.order).toBe('code-units');
    const sorted = answer(t, q({ sort: [{ colId: 'city', dir: 'asc' }] }));
    expect(sorted.slice(0, 1)).toEqual([rows.length + 1]);
    expect(sorted.at(-1)).toBe(rows.length + 2);
  });

  it('searches and filters a column of many distinct texts exactly, without sorting it first', () => {
    const rows: [number, Cells][] = Array.from({ length: COLLATED_DISTINCT_LIMIT * 1.2 }, (_, i) => [i + 1, i % 7 ? { city: `城${i}` } : ({} as Cells)]);
    const t = tableOf(rows);
    const holding = rows.filter(([, c]) => String(c.city ?? '').includes('城4999')).map(([id]) => id);
    expect(holding).toHaveLength(10);
    expect(answer(t, q({ search: '城4999' }))).toEqual(holding);
    expect(t.indexes.has('city')).toBe(false);
    const blanks = answer(t, q({ filters: [{ colId: 'city', join: 'AND', conditions: [{ kind: 'text', op: 'blank' }] }] }));
    expect(blanks).toEqual(rows.filter(([, c]) => !c.city).map(([id]) => id));
    const equal = answer(t, q({ filters: [{ colId: 'city', join: 'AND', conditions: [{ kind: 'text', op: 'equals', value: '城8' }] }] }));
    expect(equal).toEqual([9]);
  });

  // Random tables and random edits: the patched indexes must answer every query exactly as a table
  // built afresh from the final rows, so a stale rank can never show a wrong order or a wrong match.
  const word = fc.constantFrom('恒达', '鼎盛', 'Acme', 'acme', 'ACME ltd', '华信科技', '北京', 'İzmir', '', '10', '9');
  const cells: fc.Arbitrary<Cells> = fc.record(
    {
      name: word,
      city: word,
      amount: fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constant(0.5)),
      since: fc.constantFrom('2024-01-02', '2023-12-31', '2024-01-02 08:00'),
      tags: fc.array(fc.constantFrom('VIP', '重点', 'vip'), { maxLength: 2 }),
      ok: fc.boolean(),
      owner: fc.integer({ min: 1, max: 4 }),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<Cells>;
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('upsert' as const), id: fc.integer({ min: 1, max: 14 }), cells }),
    fc.record({ kind: fc.constant('remove' as const), ids: fc.array(fc.integer({ min: 1, max: 14 }), { maxLength: 3 }) }),
  );
  const queries: RowQuery[] = [
    q({ sort: [{ colId: 'name', dir: 'asc' }] }),
    q({ sort: [{ colId: 'city', dir: 'desc' }, { colId: 'amount', dir: 'asc' }] }),
    q({ sort: [{ colId: 'since', dir: 'desc' }, { colId: 'tags', dir: 'asc' }, { colId: 'ok', dir: 'asc' }] }),
    q({ search: 'acme' }),
    q({ search: '科技 北京' }),
    q({ search: 'i' }),
    q({ filters: [{ colId: 'name', join: 'OR', conditions: [{ kind: 'text', op: 'equals', value: 'acme' }, { kind: 'text', op: 'blank' }] }] }),
    q({ filters: [{ colId: 'city', join: 'AND', conditions: [{ kind: 'text', op: 'notContains', value: '京' }, { kind: 'text', op: 'startsWith', value: '1' }] }] }),
    q({ filters: [{ colId: 'tags', join: 'AND', conditions: [{ kind: 'text', op: 'endsWith', value: 'vip' }] }], sort: [{ colId: 'amount', dir: 'desc' }] }),
    q({ search: 'wang 1', sort: [{ colId: 'owner', dir: 'desc' }] }),
    q({ filters: [{ colId: 'owner', join: 'OR', conditions: [{ kind: 'text', op: 'blank' }, { kind: 'text', op: 'startsWith', value: '王' }] }] }),
    q({ filters: [{ colId: 'amount', join: 'AND', conditions: [{ kind: 'text', op: 'notContains', value: '-' }] }] }),
  ];

  it('answer every query after any edits exactly as a table built afresh', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 12 }), cells), { maxLength: 12 }), fc.array(edit, { maxLength: 8 }), (start, edits) => {
        const live = new Map<number, Cells>(start);
        const t = tableOf([...live]);
        for (const column of columns) t.indexes.get(column);
        const agreesWithFresh = () => {
          const fresh = tableOf([...live].sort((a, b) => a[0] - b[0]));
          for (const query of queries) expect(answer(t, query)).toEqual(answer(fresh, query));
        };
        // Answering between edits also fills the indexes' search texts, which the next edits must extend.
        agreesWithFresh();
        for (const e of edits) {
          if (e.kind === 'upsert') {
            live.set(e.id, e.cells);
            t.upsert([{ id: e.id, cells: e.cells }]);
          } else {
            for (const id of e.ids) live.delete(id);
            t.remove(e.ids);
          }
          agreesWithFresh();
        }
      }),
      { numRuns: Number(process.env.RUNS ?? 300) },
    );
  });
});
