// Street addresses as a Chinese customer sheet holds them: sometimes with the city written first,
// a district, a road and number, often a building, floor and room.

import type { Rng } from './prng.ts';
import { BUILDING_NAMES, COMMON_ROADS, type City, type Province } from './vocabulary/cities.ts';

export interface AddressParts {
  district: string;
  street: string;
}

export function drawAddressParts(rng: Rng, city: City): AddressParts {
  const road = rng.chance(0.65) ? rng.pick(city.roads) : rng.pick(COMMON_ROADS);
  const number = `${rng.int(1, 999)}号`;
  const floor = rng.int(1, 32);
  const form = rng.next();
  let street: string;
  if (form < 0.35) street = road + number;
  else if (form < 0.6) street = `${road}${number}${rng.pick(BUILDING_NAMES)}${floor}楼`;
  else if (form < 0.85) street = `${road}${number}${rng.pick(BUILDING_NAMES)}${floor}${String(rng.int(1, 20)).padStart(2, '0')}室`;
  else street = `${rng.pick(BUILDING_NAMES)}${rng.pick(['A', 'B', 'C', 'D', '1', '2', '3', '5'])}栋${floor}楼`;
  return { district: rng.pick(city.districts), street };
}

/** How the address is written: the city in front for some rows, the province too for a few. */
export function writeAddress(rng: Rng, parts: AddressParts, province: Province, city: City): string {
  const lead = rng.next();
  const municipality = province.name === city.name;
  if (lead < 0.1 && !municipality) return province.name + city.name + parts.district + parts.street;
  if (lead < 0.45) return city.name + parts.district + parts.street;
  return parts.district + parts.street;
}
