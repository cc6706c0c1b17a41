// The demo's purchase records: few customers buy most (Pareto-like), some never buy, some stopped
// buying long ago, so recency, frequency and value segments have something to find.

import type { CellValue } from '../types.ts';
import { weightedPicker, type Rng } from './prng.ts';
import { DEMO_TODAY, dayFromIso, isoFromDay } from './dates.ts';
import { TIERS } from './vocabulary/customer-choices.ts';
import { DISCOUNTS, OFFICE_PRODUCTS, PRODUCTS_BY_INDUSTRY, type Product } from './vocabulary/products.ts';
import type { CustomerProfile } from './customer-table.ts';

const TODAY = dayFromIso(DEMO_TODAY);
const drawDiscount = weightedPicker(DISCOUNTS, DISCOUNTS.map((d) => d.weight));
const BUYING_WEIGHT = new Map(TIERS.map((t) => [t.name, t.buyingWeight]));

interface Purchase {
  customer: number;
  day: number;
  product: Product;
  quantity: number;
  amount: number;
}

export function buildPurchaseRows(rng: Rng, customers: CustomerProfile[], count: number): Record<string, CellValue>[] {
  const windows = customers.map((c) => activeWindow(rng, c));
  const weights = customers.map((c) => buyingWeight(rng, c));
  const drawCustomer = weightedPicker(
    customers.map((_, i) => i),
    weights,
  );
  const purchases: Purchase[] = [];
  for (let i = 0; i < count; i++) {
    const customer = drawCustomer(rng);
    const [from, to] = windows[customer] as [number, number];
    const profile = customers[customer] as CustomerProfile;
    const own = PRODUCTS_BY_INDUSTRY[profile.industry.name] ?? OFFICE_PRODUCTS;
    const product = rng.chance(0.85) ? rng.pick(own) : rng.pick(OFFICE_PRODUCTS);
    const [min, max] = product.quantity;
    // Most orders are small; the square skews quantities towards the low end of the usual range.
    const quantity = min + Math.floor((max - min + 1) * rng.next() ** 2.5);
    const amount = Math.round(product.price * quantity * drawDiscount(rng).rate * 100) / 100;
    purchases.push({ customer, day: rng.dayBetween(from, to), product, quantity, amount });
  }
  purchases.sort((a, b) => a.day - b.day);
  const perYear = new Map<string, number>();
  return purchases.map((p) => {
    const date = isoFromDay(p.day);
    const year = date.slice(0, 4);
    const seq = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, seq);
    return {
      p_order: `SO-${year}-${String(seq).padStart(6, '0')}`,
      // Links hold the 1-based position of the customer in the customers' rows.
      p_customer: p.customer + 1,
      p_date: date,
      p_product: p.product.name,
      p_quantity: p.quantity,
      p_amount: p.amount,
    };
  });
}

/** A customer's share of orders: by tier, times a Pareto draw; 潜在 and some 普通 never buy. */
function buyingWeight(rng: Rng, customer: CustomerProfile): number {
  const tierWeight = BUYING_WEIGHT.get(customer.tier) ?? 1;
  if (tierWeight === 0 || (customer.tier === '普通' && rng.chance(0.15))) return 0;
  const heavy = Math.min(rng.pareto(1.2, 1), 40);
  return tierWeight * heavy * (customer.duplicate ? 0.3 : 1);
}

/** Buying starts when the customer was created; about a third stopped at some point since. */
function activeWindow(rng: Rng, customer: CustomerProfile): [number, number] {
  const from = customer.created;
  const churned = rng.chance(customer.tier === 'VIP' ? 0.1 : 0.35);
  return [from, churned ? rng.dayBetween(from, TODAY) : TODAY];
}
