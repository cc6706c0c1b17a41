import { describe, expect, it } from 'vitest';
import { ColumnarTable } from '../../../src/lib/domain/query/columnar-table.ts';
import type { Column } from '../../../src/lib/domain/types.ts';
import { ViewOrders } from '../../../src/lib/engine/view-order.ts';

const col = (id: string, type: Column['type'], hidden = false): Column => ({ id, tableId: 't', name: id, type, order: 0, hidden });
const columns = [col('name', 'text'), col('notes', 'longText', true), col('owner', 'link'), col('amount', 'number')];
const tasksRun = () => new Promise((resolve) => setTimeout(resolve, 20));

function table(): ColumnarTable {
  const t = new ColumnarTable();
  t.upsert([{ id: 1, cells: { name: '恒达', notes: 'x', owner: 7, amount: 3 } }, { id: 2, cells: { name: '鼎盛', amount: 1 } }]);
  return t;
}

describe('ViewOrders.warm', () => {
  it('builds the indexes of the visible indexable columns in the background, not of hidden or link columns', async () => {
    const t = table();
    new ViewOrders().warm('t', t, columns);
    expect(t.indexes.has('name')).toBe(false);
    await tasksRun();
    expect(['name', 'notes', 'owner', 'amount'].map((id) => t.indexes.has(id))).toEqual([true, false, false, true]);
  });

  it('waits while the user scrolls or types, then builds', async () => {
    const t = table();
    const orders = new ViewOrders();
    orders.noteActivity();
    orders.warm('t', t, columns);
    await tasksRun();
    expect(t.indexes.has('name')).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(t.indexes.has('name')).toBe(true);
  });

  it('tells when the warm-up is over', async () => {
    const t = table();
    const orders = new ViewOrders();
    orders.warm('t', t, columns);
    await orders.warmedUp('t');
    expect(t.indexes.has('name')).toBe(true);
  });

  it('stops building for a table copy that was forgotten', async () => {
    const t = table();
    const orders = new ViewOrders();
    orders.warm('t', t, columns);
    orders.forget('t');
    await tasksRun();
    expect(t.indexes.has('name')).toBe(false);
  });

  it('answers a query the same before and after the warm-up', async () => {
    const t = table();
    const orders = new ViewOrders();
    const query = { sort: [{ colId: 'name', dir: 'desc' as const }], filters: [], search: '' };
    const before = [...orders.orderOf('t', t, columns, query, () => undefined)];
    orders.warm('t', t, columns);
    await tasksRun();
    t.upsert([{ id: 3, cells: { name: '安泰' } }]);
    expect([...orders.orderOf('t', t, columns, query, () => undefined)].map((i) => t.ids[i])).toEqual([...before.map((i) => t.ids[i]), 3]);
  });
});
