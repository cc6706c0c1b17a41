// One customer, drawn as structured parts (a draft) and written as the cells of a customer row.

import type { CellValue } from '../types.ts';
import { weightedPicker, type Rng } from './prng.ts';
import { isoFromDay } from './dates.ts';
import { CITY_ENTRIES, type City, type Province } from './vocabulary/cities.ts';
import { INDUSTRIES, type Industry } from './vocabulary/industries.ts';
import { NOTE_TEMPLATES, SOURCE_CHANNELS, TAGS, TIERS, type Tier } from './vocabulary/customer-choices.ts';
import { SALESPEOPLE } from './vocabulary/sales-team.ts';
import { PRODUCTS_BY_INDUSTRY } from './vocabulary/products.ts';
import { drawCompanyName, composeCompanyName, type CompanyName } from './company-names.ts';
import { drawPerson, fullName, type Person } from './people.ts';
import { drawEmail, drawLandline, drawMobile } from './contact-details.ts';
import { drawAddressParts, writeAddress, type AddressParts } from './addresses.ts';

export interface CustomerDraft {
  company: CompanyName;
  person: Person;
  /** As first typed: 11 mobile digits, or a landline '0755-26881234'. */
  phone: string;
  email: string;
  province: Province;
  city: City;
  addressParts: AddressParts;
  address: string;
  industry: Industry;
  source: string;
  tier: Tier;
  tags: string[];
  /** Day number of 创建日期. */
  created: number;
  owner: string;
  notes?: string;
  signed: boolean;
}

const drawCity = weightedPicker(CITY_ENTRIES, CITY_ENTRIES.map((e) => e.city.weight));
const drawIndustry = weightedPicker(INDUSTRIES, INDUSTRIES.map((i) => i.weight));
const drawSource = weightedPicker(SOURCE_CHANNELS, SOURCE_CHANNELS.map((s) => s.weight));
const drawTier = weightedPicker(TIERS, TIERS.map((t) => t.weight));
const drawTag = weightedPicker(TAGS, TAGS.map((t) => t.weight));
const drawOwner = weightedPicker(SALESPEOPLE, SALESPEOPLE.map((s) => s.weight));

// Share of each tier that has signed a contract; the workspace later ties this to real purchases.
const SIGNED_SHARE: Record<Tier, number> = { VIP: 0.98, 重要: 0.9, 普通: 0.65, 潜在: 0.03 };

export interface DraftChoices {
  /** Fixed parts instead of drawn ones: the lookalike plants choose them. */
  person?: Person;
  place?: { province: Province; city: City };
  industry?: Industry;
  company?: CompanyName;
}

export function drawCustomer(rng: Rng, created: number, fixed: DraftChoices = {}): CustomerDraft {
  const { province, city } = fixed.place ?? drawCity(rng);
  const industry = fixed.industry ?? drawIndustry(rng);
  const company = fixed.company ?? drawCompanyName(rng, city, industry);
  const person = fixed.person ?? drawPerson(rng);
  const tier = drawTier(rng).name;
  const addressParts = drawAddressParts(rng, city);
  const draft: CustomerDraft = {
    company,
    person,
    phone: rng.chance(0.93) ? drawMobile(rng) : drawLandline(rng, city),
    email: drawEmail(rng, person, company, industry),
    province,
    city,
    addressParts,
    address: writeAddress(rng, addressParts, province, city),
    industry,
    source: drawSource(rng).name,
    tier,
    tags: drawTags(rng),
    created,
    owner: drawOwner(rng).name,
    signed: rng.chance(SIGNED_SHARE[tier]),
  };
  if (rng.chance(0.14)) draft.notes = drawNote(rng, draft);
  return draft;
}

export function drawOwnerName(rng: Rng): string {
  return drawOwner(rng).name;
}

function drawTags(rng: Rng): string[] {
  const count = rng.weighted([0, 1, 2, 3], [38, 38, 18, 6]);
  const tags: string[] = [];
  for (let i = 0; i < count; i++) {
    const tag = drawTag(rng).name;
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

function drawNote(rng: Rng, draft: CustomerDraft): string {
  const products = PRODUCTS_BY_INDUSTRY[draft.industry.name] ?? [];
  return rng
    .pick(NOTE_TEMPLATES)
    .replace('{surname}', draft.person.surname.hanzi)
    .replace('{product}', products.length ? rng.pick(products).name : '办公用品')
    .replace('{days}', String(rng.pick([30, 45, 60, 90])));
}

/**
 * The draft as a row: column id → value in column order. Empty values, and the columns named in
 * `missing`, are left out rather than deleted afterwards (a deleted key makes a slow object).
 */
export function customerCells(draft: CustomerDraft, missing: ReadonlySet<string> = NONE): Record<string, CellValue> {
  const cells: Record<string, CellValue> = { c_company: composeCompanyName(draft.company) };
  if (!missing.has('c_contact')) cells.c_contact = fullName(draft.person);
  if (!missing.has('c_mobile')) cells.c_mobile = draft.phone;
  if (!missing.has('c_email')) cells.c_email = draft.email;
  cells.c_province = draft.province.name;
  cells.c_city = draft.city.name;
  if (!missing.has('c_address')) cells.c_address = draft.address;
  cells.c_industry = draft.industry.name;
  cells.c_source = draft.source;
  cells.c_tier = draft.tier;
  if (draft.tags.length) cells.c_tags = draft.tags;
  cells.c_created = isoFromDay(draft.created);
  cells.c_owner = draft.owner;
  if (draft.notes) cells.c_notes = draft.notes;
  // An unticked checkbox is an empty cell, as in the sheets it mimics.
  if (draft.signed) cells.c_signed = true;
  return cells;
}

const NONE: ReadonlySet<string> = new Set();
