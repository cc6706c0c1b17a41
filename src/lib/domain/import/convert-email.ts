// E-mail addresses: trimmed, lowercased, full-width ＠ folded, checked for one @ and a dotted domain.

import { toHalfWidth } from '../normalise/full-width.ts';

const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~.-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/;

export function parseEmail(raw: string): string | null {
  let s = toHalfWidth(raw).trim().toLowerCase();
  if (s.startsWith('mailto:')) s = s.slice(7);
  if (s.indexOf('@') < 1 || s.includes('..')) return null;
  return EMAIL.test(s) ? s : null;
}
