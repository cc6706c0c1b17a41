// The query engine alone, in Node, at one size (default 1,000,000 generated customers): index builds,
// then sort, quick search and column filters on warm indexes, and an edit followed by a re-sort and a
// search. Wall and CPU milliseconds: CPU time stays meaningful on a loaded machine.
// Run: npx tsx tests/bench/query-engine.ts [rows]

import { ColumnarTable } from '../../src/lib/domain/query/columnar-table.ts';
import { runQuery } from '../../src/lib/domain/query/run-query.ts';
import { CUSTOMER_COLUMNS, generateCustomerRows } from '../../src/lib/domain/demo/index.ts';
import type { CellValue, Column, RowQuery } from '../../src/lib/domain/types.ts';

const n = Number(process.argv[2] ?? 1_000_000);
const columns: Column[] = CUSTOMER_COLUMNS.map((c, i) => ({ ...c, tableId: 't', order: i }));

function time<T>(label: string, run: () => T): T {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = run();
  const used = process.cpuUsage(cpu);
  console.log(`${label.padEnd(36)} ${(performance.now() - start).toFixed(0).padStart(6)} ms wall ${((used.user + used.system) / 1000).toFixed(0).padStart(6)} ms cpu`);
  return result;
}

const table = new ColumnarTable();
time(`load ${n} rows`, () => {
  let page: { id: number; cells: Record<string, CellValue> }[] = [];
  let id = 1;
  for (const cells of generateCustomerRows(n)) {
    page.push({ id: id++, cells });
    if (page.length < 20_000) continue;
    table.upsert(page);
    page = [];
  }
  table.upsert(page);
});

const q = (partial: Partial<RowQuery>): RowQuery => ({ sort: [], filters: [], search: '', ...partial });
const city = (op: 'contains' | 'equals', value: string) => q({ filters: [{ colId: 'c_city', join: 'AND', conditions: [{ kind: 'text', op, value }] }] });
const queries: [string, RowQuery][] = [
  ['sort 公司名称 asc', q({ sort: [{ colId: 'c_company', dir: 'asc' }] })],
  ['sort 公司名称 desc', q({ sort: [{ colId: 'c_company', dir: 'desc' }] })],
  ['sort 城市, 创建日期 desc', q({ sort: [{ colId: 'c_city', dir: 'asc' }, { colId: 'c_created', dir: 'desc' }] })],
  ['search 科技', q({ search: '科技' })],
  ['search 科技 北京', q({ search: '科技 北京' })],
  ['search 138', q({ search: '138' })],
  ['search acme', q({ search: 'acme' })],
  ['filter 城市 contains 上海', city('contains', '上海')],
  ['filter 城市 equals 上海市', city('equals', '上海市')],
  ['search 科技 + sort 公司名称', q({ search: '科技', sort: [{ colId: 'c_company', dir: 'asc' }] })],
];

for (const [label, query] of queries.slice(3, 8)) time(`cold ${label}`, () => runQuery(table, columns, query));
const heapMB = () => Math.round(process.memoryUsage().heapUsed / 2 ** 20);
const heapBefore = heapMB();
for (const column of columns) time(`index ${column.name}`, () => table.indexes.get(column));
for (const column of columns) table.indexes.get(column)?.joinedTexts(false);
console.log(`heap ${heapBefore} MB before the indexes, ${heapMB()} MB after (both may include garbage)`);
for (let round = 0; round < 2; round++) for (const [label, query] of queries) time(label, () => runQuery(table, columns, query));
time('edit a company, sort 公司名称 again', () => {
  table.upsert([{ id: 5, cells: { c_company: '新名字科技有限公司' } }]);
  return runQuery(table, columns, queries[0]![1]);
});
time('search 科技 after the edit', () => runQuery(table, columns, queries[3]![1]));
