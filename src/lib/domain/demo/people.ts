// Contact people: a surname and a given name with their pinyin, and how a duplicate may misspell them.

import { weightedPicker, type Rng } from './prng.ts';
import { SURNAMES, type Surname } from './vocabulary/surnames.ts';
import { COMMON_FULL_NAMES, GIVEN_NAMES, HOMOPHONES, type GivenName } from './vocabulary/given-names.ts';
import { CONTACT_TITLES } from './vocabulary/activity-texts.ts';

export interface Person {
  surname: Surname;
  given: GivenName;
}

const drawSurname = weightedPicker(SURNAMES, SURNAMES.map((s) => s.weight));
const drawTitle = weightedPicker(CONTACT_TITLES, CONTACT_TITLES.map((t) => t.weight));

export function drawPerson(rng: Rng): Person {
  return { surname: drawSurname(rng), given: rng.pick(GIVEN_NAMES) };
}

/** One of the very common names (张伟, 王芳…) that unrelated contacts share. */
export function commonPerson(index: number): Person {
  const common = COMMON_FULL_NAMES[index % COMMON_FULL_NAMES.length] as (typeof COMMON_FULL_NAMES)[number];
  const surname = SURNAMES.find((s) => s.hanzi === common.surname) as Surname;
  const given = GIVEN_NAMES.find((g) => g.hanzi === common.given) as GivenName;
  return { surname, given };
}

export function fullName(person: Person): string {
  return person.surname.hanzi + person.given.hanzi;
}

/** The name with one given-name character swapped for a homophone (张伟 → 张玮), or null if none has one. */
export function homophoneName(person: Person): string | null {
  const chars = [...person.given.hanzi];
  for (let i = chars.length - 1; i >= 0; i--) {
    const swap = HOMOPHONES[chars[i] as string];
    if (swap) {
      chars[i] = swap;
      return person.surname.hanzi + chars.join('');
    }
  }
  return null;
}

/** How salespeople address a contact in their notes: 张总, 李经理. */
export function drawHonorific(rng: Rng, person: Person): string {
  return person.surname.hanzi + drawTitle(rng).text;
}
