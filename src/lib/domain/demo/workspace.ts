// The demo workspace: four linked tables generated from a seed, with the customer mess listed.

import type { CellValue } from '../types.ts';
import { createRng, deriveSeed, type Rng } from './prng.ts';
import { buildCustomerTable, type PlantedMess } from './customer-table.ts';
import { buildPurchaseRows } from './purchases-table.ts';
import { buildInteractionRows } from './interactions-table.ts';
import { buildFollowupRows } from './followups-table.ts';
import {
  CUSTOMER_COLUMNS,
  FOLLOWUP_COLUMNS,
  INTERACTION_COLUMNS,
  PURCHASE_COLUMNS,
  type DemoColumn,
  type DemoTableKey,
} from './table-columns.ts';

export const DEMO_SEED = 20261123;

export interface DemoSizes {
  customers: number;
  purchases: number;
  interactions: number;
  followups: number;
}

export const DEFAULT_DEMO_SIZES: Readonly<DemoSizes> = { customers: 2400, purchases: 12_000, interactions: 6000, followups: 800 };

export interface DemoTable {
  key: DemoTableKey;
  name: string;
  /** The column naming a row; always the first column. */
  primaryColumnId: string;
  columns: DemoColumn[];
  /**
   * Column id → value, empty cells absent. A link cell holds the 1-based position of the target
   * row in the target table's `rows` (1 is rows[0]); the store swaps it for the real row id.
   */
  rows: Record<string, CellValue>[];
}

export interface DemoWorkspace {
  /** Customers first: every other table links into it. */
  tables: DemoTable[];
  /** Pairs of customer rows holding one customer, as 0-based indexes into the customers' rows. */
  plantedDuplicates: [number, number][];
  planted: PlantedMess;
}

export function generateDemoWorkspace(seed: number = DEMO_SEED, sizes: Partial<DemoSizes> = {}): DemoWorkspace {
  const size = { ...DEFAULT_DEMO_SIZES, ...sizes };
  // One stream per table, so changing one table's size leaves the others' rows as they were.
  const customers = buildCustomerTable(createRng(deriveSeed(seed, 1)), size.customers);
  const purchases = buildPurchaseRows(createRng(deriveSeed(seed, 2)), customers.profiles, size.purchases);
  const interactions = buildInteractionRows(createRng(deriveSeed(seed, 3)), customers.profiles, size.interactions);
  const followups = buildFollowupRows(createRng(deriveSeed(seed, 4)), customers.profiles, size.followups);
  markSignedCustomers(createRng(deriveSeed(seed, 5)), customers.rows, purchases);

  const table = (key: DemoTableKey, name: string, columns: readonly DemoColumn[], rows: Record<string, CellValue>[]): DemoTable => ({
    key,
    name,
    primaryColumnId: (columns[0] as DemoColumn).id,
    columns: columns.map((c) => ({ ...c, ...(c.choices ? { choices: [...c.choices] } : {}) })),
    rows,
  });
  return {
    tables: [
      table('customers', '客户', CUSTOMER_COLUMNS, customers.rows),
      table('purchases', '购买记录', PURCHASE_COLUMNS, purchases),
      table('interactions', '互动记录', INTERACTION_COLUMNS, interactions),
      table('followups', '跟进任务', FOLLOWUP_COLUMNS, followups),
    ],
    plantedDuplicates: customers.planted.duplicates,
    planted: customers.planted,
  };
}

/** 已签约 follows the orders: most buyers signed a contract; a few signed and have not ordered yet. */
function markSignedCustomers(rng: Rng, customers: Record<string, CellValue>[], purchases: Record<string, CellValue>[]): void {
  const bought = new Set(purchases.map((p) => p.p_customer as number));
  customers.forEach((cells, i) => {
    if (rng.chance(bought.has(i + 1) ? 0.92 : 0.04)) cells.c_signed = true;
    else delete cells.c_signed;
  });
}
