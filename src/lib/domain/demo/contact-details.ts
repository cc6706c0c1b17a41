// Phone numbers and mail addresses as customers give them, the other ways the same number gets
// written, and the broken values every real sheet holds a few of.

import { weightedPicker, type Rng } from './prng.ts';
import type { City } from './vocabulary/cities.ts';
import { FREE_MAIL_DOMAINS } from './vocabulary/companies.ts';
import type { CompanyName } from './company-names.ts';
import type { Person } from './people.ts';
import type { Industry } from './vocabulary/industries.ts';

// Mobile prefixes allotted to China Mobile, Unicom and Telecom (all valid for libphonenumber).
const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '150', '151', '152', '153',
  '155', '156', '157', '158', '159', '166', '173', '175', '176', '177', '178', '180', '181', '182',
  '183', '184', '185', '186', '187', '188', '189', '198', '199',
];

const drawFreeDomain = weightedPicker(FREE_MAIL_DOMAINS, FREE_MAIL_DOMAINS.map((d) => d.weight));
// Mailbox names: zhangwei, zhang.wei, wei.zhang, zhangw88, zhangwei123, or a QQ number.
const drawLocalStyle = weightedPicker([0, 1, 2, 3, 4, 5], [22, 12, 6, 10, 18, 32]);

function digits(rng: Rng, count: number): string {
  return String(Math.floor(rng.next() * 10 ** count)).padStart(count, '0');
}

export function drawMobile(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + digits(rng, 8);
}

/** A landline with its area code: '0755-26881234'. Local numbers start with 2–8. */
export function drawLandline(rng: Rng, city: City): string {
  return `${city.areaCode}-${rng.int(2, 8)}${digits(rng, 7)}`;
}

/** The same number written another way: 138-0013-8000, +86 13800138000, (0755)26881234… */
export function reformatPhone(rng: Rng, phone: string): string {
  const landline = /^(0\d{2,3})-(\d{7,8})$/.exec(phone);
  if (landline) {
    const [, area, local] = landline as unknown as [string, string, string];
    return rng.pick([`(${area})${local}`, `${area}${local}`, `${area} ${local.slice(0, 4)} ${local.slice(4)}`, `+86-${area.slice(1)}-${local}`]);
  }
  const [a, b, c] = [phone.slice(0, 3), phone.slice(3, 7), phone.slice(7)];
  return rng.pick([`${a}-${b}-${c}`, `+86 ${phone}`, `${a} ${b} ${c}`, `+86-${a}-${b}-${c}`, `86${phone}`, `${phone}`]);
}

/**
 * A value no phone system accepts: typing stopped short, digits typed twice, a number masked by
 * the lead platform it came from (138****), or two numbers in one cell.
 */
export function breakPhone(rng: Rng, phone: string): string {
  const mobile = /^1\d{10}$/.test(phone) ? phone : drawMobile(rng);
  return rng.pick([
    mobile.slice(0, 9),
    mobile.slice(0, 6),
    `${mobile}${mobile.slice(-2)}`,
    `${mobile.slice(0, 3)}********`,
    `${mobile}/${drawMobile(rng)}`,
  ]);
}

export function drawEmail(rng: Rng, person: Person, company: CompanyName, industry: Industry): string {
  const surname = person.surname.pinyin;
  const given = person.given.pinyin;
  let local: string;
  switch (drawLocalStyle(rng)) {
    case 0: local = surname + given; break;
    case 1: local = `${surname}.${given}`; break;
    case 2: local = `${given}.${surname}`; break;
    case 3: local = `${surname}${given.slice(0, 1)}${rng.int(70, 99)}`; break;
    case 4: local = `${surname}${given}${rng.int(1, 999)}`; break;
    default: local = String(rng.int(10_000_000, 2_999_999_999)); // a QQ number
  }
  if (!company.shop && rng.chance(0.35)) {
    // A company domain: the pinyin of the 字号 and the industry's English word.
    const domain = rng.pick([
      `${company.tradePinyin}.com`,
      `${company.tradePinyin}-${industry.domainWord}.com`,
      `${company.tradePinyin}${industry.domainWord}.cn`,
      `${company.tradePinyin}.com.cn`,
    ]);
    const role = rng.pick(['sales', 'info', 'purchase', 'admin']);
    return `${/^\d+$/.test(local) ? role : local}@${domain}`;
  }
  const domain = /^\d+$/.test(local) ? 'qq.com' : drawFreeDomain(rng).domain;
  return `${local}@${domain}`;
}

/** An address no mail server accepts: no dot in the domain, a comma or a # for a dot, a doubled @… */
export function breakEmail(rng: Rng, email: string): string {
  const at = email.indexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  return rng.pick([
    `${local}@${domain.replace(/\.[a-z.]+$/, '')}`,
    `${local}@${domain.replace('.', ',')}`,
    `${local}#${domain}`,
    `${local}@@${domain}`,
    `${local}.${domain}`,
  ]);
}
