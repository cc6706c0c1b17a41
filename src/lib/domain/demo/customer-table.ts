// The demo's customer table: distinct companies, lookalikes that are not duplicates, planted
// duplicates, empty cells, aliases and broken values, with the list of what was planted.

import type { CellValue } from '../types.ts';
import type { Rng } from './prng.ts';
import { DEMO_TODAY, dayFromIso } from './dates.ts';
import { CITY_ENTRIES } from './vocabulary/cities.ts';
import type { Industry } from './vocabulary/industries.ts';
import type { Tier } from './vocabulary/customer-choices.ts';
import { branchName } from './company-names.ts';
import { breakEmail, breakPhone, drawMobile } from './contact-details.ts';
import { commonPerson, type Person } from './people.ts';
import { customerCells, drawCustomer, type CustomerDraft } from './customer-records.ts';
import { cityAlias, drawMissing, duplicateCells, provinceAlias } from './customer-mess.ts';

/** What was planted in the customer rows. Row numbers are 0-based indexes into the customers' `rows`. */
export interface PlantedMess {
  /** Pairs of rows holding the same customer, [earlier, later]; a customer entered three times gives three pairs. */
  duplicates: [number, number][];
  /** Pairs that look alike but are different customers: branches of one company, or contacts sharing a common name. */
  lookalikes: { rows: [number, number]; kind: 'branch-office' | 'same-contact-name' }[];
  /** City and province cells holding an alias instead of one of the column's choices. */
  aliases: { row: number; columnId: 'c_city' | 'c_province'; value: string; canonical: string }[];
  invalidEmails: number[];
  invalidPhones: number[];
}

/** What the activity tables need to know about each customer row. */
export interface CustomerProfile {
  created: number;
  tier: Tier;
  industry: Industry;
  person: Person;
  owner: string;
  duplicate: boolean;
}

export interface CustomerTable {
  rows: Record<string, CellValue>[];
  profiles: CustomerProfile[];
  planted: PlantedMess;
}

export const CREATED_FROM = dayFromIso('2023-12-01');
const CREATED_TO = dayFromIso(DEMO_TODAY) - 1;

const DUPLICATE_SHARE = 0.04;
const CITY_ALIAS_SHARE = 0.03;
const PROVINCE_ALIAS_SHARE = 0.02;
const INVALID_SHARE = 0.005;

interface Original {
  draft: CustomerDraft;
  /** Members of one lookalike group share a group id. */
  group?: { id: number; kind: 'branch-office' | 'same-contact-name' };
}

export function buildCustomerTable(rng: Rng, count: number): CustomerTable {
  const dupCount = Math.round(count * DUPLICATE_SHARE);
  const originals = rng.sample(drawOriginals(rng, count - dupCount), count - dupCount);
  const days = Array.from({ length: count }, () => rng.dayBetween(CREATED_FROM, CREATED_TO)).sort((a, b) => a - b);

  const firstDupAt = Math.max(1, Math.floor(count * 0.05));
  const positions = Array.from({ length: count - firstDupAt }, (_, i) => firstDupAt + i);
  const dupAt = new Set(rng.sample(positions, dupCount));

  const rows: Record<string, CellValue>[] = [];
  const profiles: CustomerProfile[] = [];
  const placed: { original: Original; row: number }[] = [];
  const copiesOf = new Map<number, number[]>();
  let next = 0;
  for (let row = 0; row < count; row++) {
    if (dupAt.has(row) || next >= originals.length) {
      const source = pickSource(rng, placed, copiesOf);
      rows.push(duplicateCells(rng, source.original.draft, days[row] as number));
      profiles.push({ ...profileOf(source.original.draft), created: days[row] as number, duplicate: true });
      copiesOf.set(source.row, [...(copiesOf.get(source.row) ?? []), row]);
      continue;
    }
    const original = originals[next++] as Original;
    original.draft.created = days[row] as number;
    rows.push(customerCells(original.draft, drawMissing(rng)));
    profiles.push(profileOf(original.draft));
    placed.push({ original, row });
  }
  for (let i = 0; i < profiles.length; i++) {
    // The table's own cells are the truth for tier and owner: duplicates chose theirs.
    const profile = profiles[i] as CustomerProfile;
    profile.tier = rows[i]?.c_tier as Tier;
    profile.owner = rows[i]?.c_owner as string;
  }

  const duplicates = duplicatePairs(copiesOf);
  const planted: PlantedMess = {
    duplicates,
    lookalikes: lookalikePairs(placed),
    aliases: plantAliases(rng, rows),
    ...plantInvalidValues(rng, rows, duplicates),
  };
  return { rows, profiles, planted };
}

function profileOf(draft: CustomerDraft): CustomerProfile {
  const { created, tier, industry, person, owner } = draft;
  return { created, tier, industry, person, owner, duplicate: false };
}

/** Distinct companies (no two share 字号 and industry word, except branches) with unique phones and mails. */
function drawOriginals(rng: Rng, count: number): Original[] {
  const cores = new Set<string>();
  const phones = new Set<string>();
  const emails = new Set<string>();
  const out: Original[] = [];
  const keep = (draft: CustomerDraft, group?: Original['group']): void => {
    while (phones.has(draft.phone)) draft.phone = drawMobile(rng);
    while (emails.has(draft.email)) draft.email = draft.email.replace('@', `${rng.int(1, 99)}@`);
    phones.add(draft.phone);
    emails.add(draft.email);
    out.push(group ? { draft, group } : { draft });
  };
  const fresh = (fixed: Parameters<typeof drawCustomer>[2] = {}): CustomerDraft => {
    for (;;) {
      const draft = drawCustomer(rng, 0, fixed);
      const core = draft.company.tradeName + draft.company.industryWord;
      if (!cores.has(core)) {
        cores.add(core);
        return draft;
      }
    }
  };

  let group = 0;
  const branchGroups = Math.max(1, Math.round(count / 150));
  for (let g = 0; g < branchGroups && out.length + 3 <= count; g++, group++) {
    let head = fresh();
    while (head.company.shop) head = fresh();
    const places = rng.sample(CITY_ENTRIES, rng.chance(0.3) ? 3 : 2);
    for (const place of places) {
      const company = branchName(head.company, place.city);
      keep(drawCustomer(rng, 0, { company, place, industry: head.industry }), { id: group, kind: 'branch-office' });
    }
  }
  const sameNameGroups = count >= 300 ? 4 : 1;
  for (let g = 0; g < sameNameGroups && out.length + 3 <= count; g++, group++) {
    for (let k = 0; k < 3; k++) keep(fresh({ person: commonPerson(g) }), { id: group, kind: 'same-contact-name' });
  }
  while (out.length < count) keep(fresh());
  return out;
}

function pickSource(
  rng: Rng,
  placed: { original: Original; row: number }[],
  copiesOf: Map<number, number[]>,
): { original: Original; row: number } {
  const copied = [...copiesOf.keys()];
  if (copied.length && rng.chance(0.1)) {
    const row = rng.pick(copied);
    return placed.find((p) => p.row === row) as { original: Original; row: number };
  }
  // Branches are left alone so a branch's duplicate stays unambiguous for measuring dedup.
  for (let attempt = 0; attempt < 20; attempt++) {
    const candidate = rng.pick(placed);
    if (!candidate.original.group || candidate.original.group.kind !== 'branch-office') {
      if (!copiesOf.has(candidate.row)) return candidate;
    }
  }
  return rng.pick(placed);
}

function duplicatePairs(copiesOf: Map<number, number[]>): [number, number][] {
  const pairs: [number, number][] = [];
  for (const [source, copies] of copiesOf) {
    const rows = [source, ...copies];
    for (let i = 0; i < rows.length; i++) {
      for (let j = i + 1; j < rows.length; j++) pairs.push([rows[i] as number, rows[j] as number]);
    }
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

function lookalikePairs(placed: { original: Original; row: number }[]): PlantedMess['lookalikes'] {
  const groups = new Map<number, { rows: number[]; kind: 'branch-office' | 'same-contact-name' }>();
  for (const { original, row } of placed) {
    if (!original.group) continue;
    const entry = groups.get(original.group.id) ?? { rows: [], kind: original.group.kind };
    entry.rows.push(row);
    groups.set(original.group.id, entry);
  }
  const pairs: PlantedMess['lookalikes'] = [];
  for (const { rows, kind } of groups.values()) {
    for (let i = 0; i < rows.length; i++) {
      for (let j = i + 1; j < rows.length; j++) pairs.push({ rows: [rows[i] as number, rows[j] as number], kind });
    }
  }
  return pairs;
}

function plantAliases(rng: Rng, rows: Record<string, CellValue>[]): PlantedMess['aliases'] {
  const aliases: PlantedMess['aliases'] = [];
  rows.forEach((cells, row) => {
    const entry = CITY_ENTRIES.find((e) => e.city.name === cells.c_city && e.province.name === cells.c_province);
    if (!entry) return;
    if (rng.chance(PROVINCE_ALIAS_SHARE)) {
      const value = provinceAlias(rng, entry.province);
      aliases.push({ row, columnId: 'c_province', value, canonical: entry.province.name });
      cells.c_province = value;
    }
    if (rng.chance(CITY_ALIAS_SHARE)) {
      const value = cityAlias(rng, entry.city);
      aliases.push({ row, columnId: 'c_city', value, canonical: entry.city.name });
      cells.c_city = value;
    }
  });
  return aliases;
}

function plantInvalidValues(
  rng: Rng,
  rows: Record<string, CellValue>[],
  duplicates: [number, number][],
): Pick<PlantedMess, 'invalidEmails' | 'invalidPhones'> {
  // Kept away from duplicates, so a broken value never hides a planted duplicate.
  const inPairs = new Set(duplicates.flat());
  const count = Math.max(1, Math.round(rows.length * INVALID_SHARE));
  const withEmail = rows.flatMap((cells, row) => (!inPairs.has(row) && typeof cells.c_email === 'string' ? [row] : []));
  const invalidEmails = rng.sample(withEmail, count).sort((a, b) => a - b);
  for (const row of invalidEmails) {
    const cells = rows[row] as Record<string, CellValue>;
    cells.c_email = breakEmail(rng, cells.c_email as string);
  }
  const withPhone = rows.flatMap((cells, row) => (!inPairs.has(row) && typeof cells.c_mobile === 'string' ? [row] : []));
  const invalidPhones = rng.sample(withPhone, count).sort((a, b) => a - b);
  for (const row of invalidPhones) {
    const cells = rows[row] as Record<string, CellValue>;
    cells.c_mobile = breakPhone(rng, cells.c_mobile as string);
  }
  return { invalidEmails, invalidPhones };
}
