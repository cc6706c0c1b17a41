// The demo's follow-up tasks around "today": some overdue and still open, some done, some upcoming.

import type { CellValue } from '../types.ts';
import { weightedPicker, type Rng } from './prng.ts';
import { DEMO_TODAY, dayFromIso, isoFromDay } from './dates.ts';
import { TASK_TEMPLATES, type TaskStatus } from './vocabulary/activity-texts.ts';
import type { Tier } from './vocabulary/customer-choices.ts';
import { drawOwnerName } from './customer-records.ts';
import { fillActivityText } from './interactions-table.ts';
import type { CustomerProfile } from './customer-table.ts';

const TODAY = dayFromIso(DEMO_TODAY);
const FOLLOW_WEIGHT: Record<Tier, number> = { VIP: 3, 重要: 3, 普通: 1.5, 潜在: 2 };
const STATUSES: readonly TaskStatus[] = ['待办', '进行中', '已完成'];

export function buildFollowupRows(rng: Rng, customers: CustomerProfile[], count: number): Record<string, CellValue>[] {
  const drawCustomer = weightedPicker(
    customers.map((_, i) => i),
    customers.map((c) => FOLLOW_WEIGHT[c.tier]),
  );
  const drafts: { day: number; cells: Record<string, CellValue> }[] = [];
  for (let i = 0; i < count; i++) {
    const customer = drawCustomer(rng);
    const profile = customers[customer] as CustomerProfile;
    const due = rng.dayBetween(TODAY - 90, TODAY + 60);
    // Past tasks are mostly done, though some lie overdue; future ones are mostly still open.
    const status = rng.weighted(STATUSES, due < TODAY ? [20, 10, 70] : [60, 30, 10]);
    drafts.push({
      day: due,
      cells: {
        f_task: fillActivityText(rng, rng.pick(TASK_TEMPLATES), profile, due),
        f_customer: customer + 1,
        f_due: isoFromDay(due),
        f_status: status,
        f_owner: rng.chance(0.9) ? profile.owner : drawOwnerName(rng),
      },
    });
  }
  return drafts.sort((a, b) => a.day - b.day).map((d) => d.cells);
}
