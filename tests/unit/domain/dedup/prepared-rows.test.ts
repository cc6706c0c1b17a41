import { describe, expect, it } from 'vitest';
import { comparableColumns } from '../../../../src/lib/domain/dedup/column-fields.ts';
import { findDuplicates, findPreparedDuplicates, RowPreparer } from '../../../../src/lib/domain/dedup/find-duplicates.ts';
import { pickMatchFields } from '../../../../src/lib/domain/dedup/match-fields.ts';
import { CUSTOMER_COLUMNS, generateCustomerRows } from '../../../../src/lib/domain/demo/index.ts';

const fields = pickMatchFields(comparableColumns(CUSTOMER_COLUMNS.map((c) => ({ ...c, tableId: 't', order: 0 }))));
const rows = [...generateCustomerRows(3000, 7)].map((cells, i) => ({ id: 10 + i * 3, cells }));

describe('RowPreparer', () => {
  it('finds the same clusters from rows prepared page by page as from all rows at once', () => {
    const preparer = new RowPreparer(fields);
    for (let at = 0; at < rows.length; at += 700) for (const row of rows.slice(at, at + 700)) preparer.add(row);
    const paged = findPreparedDuplicates(preparer, { threshold: 0.5, notDuplicates: [[10, 13]] });
    const whole = findDuplicates(rows, fields, { threshold: 0.5, notDuplicates: [[10, 13]] });
    expect(whole.clusters.length).toBeGreaterThan(50);
    expect(paged).toEqual(whole);
  });

  it('prepares a value repeated down a column once, and shares it between the rows', () => {
    const preparer = new RowPreparer(fields);
    preparer.add({ id: 1, cells: { c_city: '深圳', c_company: '腾讯科技（深圳）有限公司' } });
    preparer.add({ id: 2, cells: { c_city: '深圳', c_company: '腾讯科技有限公司' } });
    const city = fields.findIndex((f) => f.columnId === 'c_city');
    expect(preparer.rows[0]![city]).toBe(preparer.rows[1]![city]);
    expect(preparer.rows[0]![city]?.key).toBe('深圳市');
    expect(preparer.ids).toEqual([1, 2]);
  });

  it('lists the pairs of a cluster in row order', () => {
    const { clusters } = findDuplicates(rows, fields, { threshold: 0.5 });
    for (const cluster of clusters) {
      const order = cluster.pairs.map((p) => [p.a, p.b]);
      expect(order).toEqual([...order].sort((x, y) => x[0]! - y[0]! || x[1]! - y[1]!));
    }
  });
});
