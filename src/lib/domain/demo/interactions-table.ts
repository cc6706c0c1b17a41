// The demo's interaction log: calls, mails, meetings, WeChat messages and visits, in date order.

import type { CellValue } from '../types.ts';
import { weightedPicker, type Rng } from './prng.ts';
import { DEMO_TODAY, dayFromIso, isoFromDay, monthOfDay } from './dates.ts';
import { INTERACTION_METHODS, SUMMARY_TEMPLATES } from './vocabulary/activity-texts.ts';
import type { Tier } from './vocabulary/customer-choices.ts';
import { OFFICE_PRODUCTS, PRODUCTS_BY_INDUSTRY } from './vocabulary/products.ts';
import { drawOwnerName } from './customer-records.ts';
import { drawHonorific } from './people.ts';
import type { CustomerProfile } from './customer-table.ts';

const TODAY = dayFromIso(DEMO_TODAY);
const drawMethod = weightedPicker(INTERACTION_METHODS, INTERACTION_METHODS.map((m) => m.weight));
const CONTACT_WEIGHT: Record<Tier, number> = { VIP: 4, 重要: 3, 普通: 2, 潜在: 1.6 };

export function buildInteractionRows(rng: Rng, customers: CustomerProfile[], count: number): Record<string, CellValue>[] {
  const drawCustomer = weightedPicker(
    customers.map((_, i) => i),
    customers.map((c) => CONTACT_WEIGHT[c.tier] * Math.min(rng.pareto(2, 1), 10)),
  );
  const drafts: { customer: number; day: number; cells: Record<string, CellValue> }[] = [];
  for (let i = 0; i < count; i++) {
    const customer = drawCustomer(rng);
    const profile = customers[customer] as CustomerProfile;
    const day = rng.dayBetween(profile.created, TODAY);
    const method = drawMethod(rng).name;
    drafts.push({
      customer,
      day,
      cells: {
        i_summary: fillActivityText(rng, rng.pick(SUMMARY_TEMPLATES[method]), profile, day),
        i_customer: customer + 1,
        i_date: isoFromDay(day),
        i_method: method,
        i_owner: rng.chance(0.85) ? profile.owner : drawOwnerName(rng),
      },
    });
  }
  return drafts.sort((a, b) => a.day - b.day).map((d) => d.cells);
}

/** Fills {title}, {product} and {month} of a template for one customer. */
export function fillActivityText(rng: Rng, template: string, profile: CustomerProfile, day: number): string {
  const products = PRODUCTS_BY_INDUSTRY[profile.industry.name] ?? OFFICE_PRODUCTS;
  return template
    .replace('{title}', drawHonorific(rng, profile.person))
    .replace('{product}', rng.pick(products).name)
    .replace('{month}', String(monthOfDay(day)));
}
