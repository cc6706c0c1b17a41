import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoWorkspace, type DemoTable, type DemoWorkspace } from '../../../../src/lib/domain/demo/index.ts';
import { dayFromIso, DEMO_TODAY } from '../../../../src/lib/domain/demo/dates.ts';
import type { CellValue } from '../../../../src/lib/domain/types.ts';

let demo: DemoWorkspace;
const tableOf = (key: DemoTable['key']): DemoTable => demo.tables.find((t) => t.key === key) as DemoTable;
const hashOf = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

beforeAll(() => {
  demo = generateDemoWorkspace();
});

describe('the demo workspace', () => {
  it('builds the four tables at their default sizes, above the minimums', () => {
    expect(demo.tables.map((t) => [t.key, t.name])).toEqual([
      ['customers', '客户'],
      ['purchases', '购买记录'],
      ['interactions', '互动记录'],
      ['followups', '跟进任务'],
    ]);
    expect(tableOf('customers').rows).toHaveLength(2400);
    expect(tableOf('purchases').rows).toHaveLength(12_000);
    expect(tableOf('interactions').rows).toHaveLength(6000);
    expect(tableOf('followups').rows).toHaveLength(800);
  });

  it('names each table by its first column, with stable column ids', () => {
    expect(demo.tables.map((t) => t.primaryColumnId)).toEqual(['c_company', 'p_order', 'i_summary', 'f_task']);
    for (const table of demo.tables) expect(table.columns[0]?.id).toBe(table.primaryColumnId);
    expect(tableOf('customers').columns.map((c) => c.name)).toEqual([
      '公司名称', '联系人', '手机', '邮箱', '省份', '城市', '地址', '行业', '来源渠道', '客户等级', '标签', '创建日期', '负责人', '备注', '已签约',
    ]);
  });

  it('points every link cell at an existing row of the linked table, counted from 1', () => {
    for (const table of demo.tables) {
      for (const column of table.columns.filter((c) => c.type === 'link')) {
        const target = tableOf(column.linkTableId as DemoTable['key']);
        for (const row of table.rows) {
          const link = row[column.id];
          expect(Number.isInteger(link)).toBe(true);
          expect(link).toBeGreaterThanOrEqual(1);
          expect(link).toBeLessThanOrEqual(target.rows.length);
        }
      }
    }
  });

  it('writes every date cell as a real ISO day', () => {
    for (const table of demo.tables) {
      for (const column of table.columns.filter((c) => c.type === 'date')) {
        for (const row of table.rows) {
          const value = row[column.id] as string;
          expect(value).toMatch(ISO_DAY);
          expect(new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10)).toBe(value);
        }
      }
    }
  });

  it('gives each cell the kind of value its column type stores', () => {
    const accepts: Record<string, (v: CellValue) => boolean> = {
      text: (v) => typeof v === 'string',
      longText: (v) => typeof v === 'string',
      phone: (v) => typeof v === 'string',
      email: (v) => typeof v === 'string',
      select: (v) => typeof v === 'string',
      date: (v) => typeof v === 'string',
      number: (v) => typeof v === 'number' && Number.isFinite(v),
      money: (v) => typeof v === 'number' && Math.abs(Math.round(v * 100) - v * 100) < 1e-6,
      multiSelect: (v) => Array.isArray(v) && v.every((t) => typeof t === 'string'),
      checkbox: (v) => v === true,
      link: (v) => typeof v === 'number',
    };
    // Collected, then checked once: an expect per cell would take seconds for 100,000 cells.
    const wrong: string[] = [];
    for (const table of demo.tables) {
      const types = new Map(table.columns.map((c) => [c.id, c.type]));
      for (const row of table.rows) {
        for (const [id, value] of Object.entries(row)) {
          const type = types.get(id);
          if (!type || !accepts[type]?.(value)) wrong.push(`${table.key}.${id} = ${JSON.stringify(value)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('leaves empty cells absent, never as empty strings, null or empty lists', () => {
    const blank = demo.tables.flatMap((table) =>
      table.rows.flatMap((row) =>
        Object.entries(row)
          .filter(([, v]) => v === '' || v === null || v === undefined || (Array.isArray(v) && v.length === 0))
          .map(([id]) => `${table.key}.${id}`),
      ),
    );
    expect(blank).toEqual([]);
  });

  it('keeps select and tag values within their choices, except the planted aliases', () => {
    const aliasAt = new Set(demo.planted.aliases.map((a) => `${a.row}:${a.columnId}`));
    for (const table of demo.tables) {
      for (const column of table.columns.filter((c) => c.type === 'select' || c.type === 'multiSelect')) {
        const choices = new Set(column.choices);
        expect(choices.size).toBeGreaterThan(1);
        table.rows.forEach((row, i) => {
          const value = row[column.id];
          if (value === undefined) return;
          const values = Array.isArray(value) ? value : [value as string];
          if (table.key === 'customers' && aliasAt.has(`${i}:${column.id}`)) return;
          for (const v of values) expect(choices.has(v), `${table.key}.${column.id} = ${v}`).toBe(true);
        });
      }
    }
  });

  it('is the same for the same seed, down to the last byte', () => {
    expect(hashOf(generateDemoWorkspace())).toBe(hashOf(demo));
  });

  it('differs for another seed', () => {
    const other = generateDemoWorkspace(7);
    expect(hashOf(other.tables[0]?.rows)).not.toBe(hashOf(demo.tables[0]?.rows));
    expect(hashOf(other.tables[1]?.rows)).not.toBe(hashOf(demo.tables[1]?.rows));
  });

  it('keeps the other tables as they were when one table is made larger', () => {
    const more = generateDemoWorkspace(undefined, { followups: 900 });
    expect(hashOf(more.tables.slice(0, 3))).toBe(hashOf(demo.tables.slice(0, 3)));
    expect(more.tables[3]?.rows).toHaveLength(900);
  });

  it('builds a consistent smaller workspace when asked for smaller sizes', () => {
    const small = generateDemoWorkspace(11, { customers: 120, purchases: 300, interactions: 100, followups: 20 });
    expect(small.tables.map((t) => t.rows.length)).toEqual([120, 300, 100, 20]);
    for (const row of small.tables[1]?.rows ?? []) expect(row.p_customer).toBeLessThanOrEqual(120);
    expect(small.plantedDuplicates.length).toBeGreaterThan(0);
  });
});

describe('the demo activity tables', () => {
  it('charges each order its list price times quantity, less one of the usual discounts', async () => {
    const { ALL_PRODUCTS, DISCOUNTS } = await import('../../../../src/lib/domain/demo/vocabulary/products.ts');
    const price = new Map(ALL_PRODUCTS.map((p) => [p.name, p.price]));
    for (const row of tableOf('purchases').rows) {
      const full = (price.get(row.p_product as string) as number) * (row.p_quantity as number);
      const charged = DISCOUNTS.some((d) => Math.abs(Math.round(full * d.rate * 100) / 100 - (row.p_amount as number)) < 0.005);
      expect(charged, JSON.stringify(row)).toBe(true);
    }
  });

  it('numbers orders SO-year-sequence by the year of their date, each number once', () => {
    const rows = tableOf('purchases').rows;
    for (const row of rows) {
      expect(row.p_order).toMatch(/^SO-\d{4}-\d{6}$/);
      expect((row.p_order as string).slice(3, 7)).toBe((row.p_date as string).slice(0, 4));
    }
    expect(new Set(rows.map((r) => r.p_order)).size).toBe(rows.length);
    expect(rows.map((r) => r.p_order)).toContain('SO-2025-000001');
  });

  it('spreads orders unevenly: a fifth of the buyers place most orders, and many customers never buy', () => {
    const counts = new Map<number, number>();
    for (const row of tableOf('purchases').rows) counts.set(row.p_customer as number, (counts.get(row.p_customer as number) ?? 0) + 1);
    const perBuyer = [...counts.values()].sort((a, b) => b - a);
    const topFifth = perBuyer.slice(0, Math.ceil(perBuyer.length / 5)).reduce((a, b) => a + b, 0);
    expect(topFifth / 12_000).toBeGreaterThan(0.5);
    const neverBought = tableOf('customers').rows.length - counts.size;
    expect(neverBought).toBeGreaterThan(400);
  });

  it('dates no order or interaction before its customer was created, nor after the demo today', () => {
    const customers = tableOf('customers').rows;
    for (const [key, dateId, linkId] of [
      ['purchases', 'p_date', 'p_customer'],
      ['interactions', 'i_date', 'i_customer'],
    ] as const) {
      for (const row of tableOf(key).rows) {
        const created = customers[(row[linkId] as number) - 1]?.c_created as string;
        expect(row[dateId] as string >= created).toBe(true);
        expect(row[dateId] as string <= DEMO_TODAY).toBe(true);
      }
    }
  });

  it('spans customer creation over about three years up to November 2026', () => {
    const created = tableOf('customers').rows.map((r) => r.c_created as string).sort();
    expect(created[0]! < '2024-01-01').toBe(true);
    expect(created.at(-1)! >= '2026-11-01').toBe(true);
    expect(created.at(-1)! < DEMO_TODAY).toBe(true);
  });

  it('has open tasks already overdue, upcoming ones, and finished ones', () => {
    const today = dayFromIso(DEMO_TODAY);
    const rows = tableOf('followups').rows;
    const overdueOpen = rows.filter((r) => dayFromIso(r.f_due as string) < today && r.f_status !== '已完成');
    const upcoming = rows.filter((r) => dayFromIso(r.f_due as string) >= today);
    expect(overdueOpen.length).toBeGreaterThan(50);
    expect(upcoming.length).toBeGreaterThan(150);
    expect(rows.filter((r) => r.f_status === '已完成').length).toBeGreaterThan(150);
  });

  it('fills every template slot in summaries and tasks', () => {
    for (const row of [...tableOf('interactions').rows, ...tableOf('followups').rows]) {
      expect(String(row.i_summary ?? row.f_task)).not.toMatch(/[{}]/);
    }
  });
});
