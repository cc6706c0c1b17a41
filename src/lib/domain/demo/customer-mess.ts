// The mess of real customer sheets: the same company entered twice another way, empty cells,
// city and province aliases, and phones or mails that cannot be right.

import type { CellValue } from '../types.ts';
import type { Rng } from './prng.ts';
import type { City, Province } from './vocabulary/cities.ts';
import { customerCells, drawOwnerName, type CustomerDraft } from './customer-records.ts';
import { retypeCompanyName } from './company-names.ts';
import { drawHonorific, fullName, homophoneName } from './people.ts';
import { reformatPhone } from './contact-details.ts';
import { writeAddress } from './addresses.ts';

/** Share of original rows whose cell is left empty, per column. */
export const MISSING_SHARE = { c_contact: 0.06, c_mobile: 0.03, c_email: 0.08, c_address: 0.07 } as const;

export type MissingColumn = keyof typeof MISSING_SHARE;

/** Which cells a row leaves empty, as people skip what they do not know. */
export function drawMissing(rng: Rng): ReadonlySet<MissingColumn> {
  let missing: Set<MissingColumn> | undefined;
  for (const column of MISSING_COLUMNS) {
    if (rng.chance(MISSING_SHARE[column])) (missing ??= new Set()).add(column);
  }
  return missing ?? NOTHING_MISSING;
}

const MISSING_COLUMNS = Object.keys(MISSING_SHARE) as MissingColumn[];
const NOTHING_MISSING: ReadonlySet<MissingColumn> = new Set();

/**
 * The same customer entered again later, by someone typing it their own way: the company name
 * retyped, the phone reformatted or left out, the contact misspelt or addressed by title, the
 * mail in capitals. At least one of phone, mail or contact name always survives.
 */
export function duplicateCells(rng: Rng, source: CustomerDraft, created: number): Record<string, CellValue> {
  const phone = rng.weighted(['same', 'reformat', 'missing'] as const, [30, 45, 25]);
  const contact = rng.weighted(['same', 'homophone', 'title', 'missing'] as const, [50, 22, 13, 15]);
  const email = rng.weighted(['same', 'upper', 'capitalised', 'missing'] as const, [40, 15, 10, 35]);
  const address = rng.weighted(['same', 'rewritten', 'missing'] as const, [35, 35, 30]);
  const missing = new Set<MissingColumn>();
  if (phone === 'missing') missing.add('c_mobile');
  if (contact === 'missing') missing.add('c_contact');
  // Without its phone, the duplicate keeps its mail: something besides the name must tie it.
  if (email === 'missing' && phone !== 'missing') missing.add('c_email');
  if (address === 'missing') missing.add('c_address');

  // Whoever entered it again chose their own tier and owner, and often no tags.
  const retyped: CustomerDraft = {
    ...source,
    created,
    notes: undefined,
    owner: rng.chance(0.4) ? drawOwnerName(rng) : source.owner,
    tier: rng.chance(0.3) ? rng.pick(['重要', '普通', '潜在'] as const) : source.tier,
    tags: rng.chance(0.6) ? [] : source.tags,
  };
  const cells = customerCells(retyped, missing);
  if (!rng.chance(0.08)) cells.c_company = retypeCompanyName(rng, source.company, source.city);
  if (phone === 'reformat') cells.c_mobile = reformatPhone(rng, source.phone);
  if (contact === 'homophone') cells.c_contact = homophoneName(source.person) ?? fullName(source.person);
  if (contact === 'title') cells.c_contact = drawHonorific(rng, source.person);
  if (email === 'upper') cells.c_email = source.email.toUpperCase();
  if (email === 'capitalised') cells.c_email = source.email.slice(0, 1).toUpperCase() + source.email.slice(1);
  if (address === 'rewritten') cells.c_address = writeAddress(rng, source.addressParts, source.province, source.city);
  return cells;
}

/** A city as people write it instead of the canonical choice: 深圳, Shenzhen, shenzhen, SZ. */
export function cityAlias(rng: Rng, city: City): string {
  const forms = [city.short, city.pinyin, city.pinyin.toLowerCase()];
  const weights = [55, 20, 8];
  if (city.abbreviation) {
    forms.push(city.abbreviation);
    weights.push(17);
  }
  return rng.weighted(forms, weights);
}

/** A province as people write it instead of the canonical choice: 广东, Guangdong. */
export function provinceAlias(rng: Rng, province: Province): string {
  return rng.weighted([province.short, province.pinyin], [70, 30]);
}
