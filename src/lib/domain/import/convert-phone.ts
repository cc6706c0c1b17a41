// Phone numbers as typed at import: digits kept, separators dropped, Excel's damage undone when it can be.

import { toHalfWidth } from '../normalise/full-width.ts';

export type PhoneConversion = { ok: true; value: string } | { ok: false; code: 'invalid-phone' | 'phone-precision-lost' };

const SCIENTIFIC = /^(\d)(?:\.(\d+))?[eE]\+?(\d{1,2})$/;
const TRAILING_ZERO_DECIMALS = /\.0+$/;
// Excel's General format shows 6 significant digits in scientific notation (1.38001E+10): that is rounded.
// A mantissa written with more digits than that came from a writer that printed them all.
const MIN_EXACT_MANTISSA_DIGITS = 7;

/**
 * '138-0013-8000' → '13800138000', '+86 138 0013 8000' → '+8613800138000',
 * '13800138000.0' → '13800138000', '1.38001380E+10' → '13800138000'.
 */
export function convertPhone(raw: string): PhoneConversion {
  let s = toHalfWidth(raw).trim();
  const sci = SCIENTIFIC.exec(s);
  if (sci) return fromScientific(sci[1] ?? '', sci[2] ?? '', Number(sci[3]));
  s = s.replace(TRAILING_ZERO_DECIMALS, '');
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const c = ch.charCodeAt(0);
    if (c >= 48 && c <= 57) out += ch;
    else if (ch === '+' && out === '' && i === firstNonSpace(s)) out = '+';
    else if (ch !== ' ' && ch !== '-' && ch !== '(' && ch !== ')' && ch !== '.' && ch !== '\u00a0') return { ok: false, code: 'invalid-phone' };
  }
  const digits = out.startsWith('+') ? out.length - 1 : out.length;
  if (digits < 5 || digits > 20) return { ok: false, code: 'invalid-phone' };
  return { ok: true, value: out };
}

/** A Chinese mobile (1[3-9] + 9 digits, optionally +86) or a landline with its 0 area code. */
export function looksLikePhone(raw: string): boolean {
  const c = convertPhone(raw);
  if (!c.ok) return false;
  const v = c.value.startsWith('+86') ? c.value.slice(3) : c.value.startsWith('86') && c.value.length === 13 ? c.value.slice(2) : c.value;
  if (v.length === 11 && v[0] === '1' && v.charCodeAt(1) >= 51 /* 3 */) return true;
  if (v[0] === '0' && v.length >= 10 && v.length <= 12) return true;
  return c.value.startsWith('+') && v.length >= 8;
}

function fromScientific(lead: string, fraction: string, exponent: number): PhoneConversion {
  const written = lead + fraction;
  const mantissa = written.replace(/0+$/, '') || '0';
  const length = exponent + 1;
  if (mantissa.length > length) return { ok: false, code: 'invalid-phone' };
  if (written.length < MIN_EXACT_MANTISSA_DIGITS && mantissa.length < length) return { ok: false, code: 'phone-precision-lost' };
  const value = mantissa.padEnd(length, '0');
  return value.length >= 5 ? { ok: true, value } : { ok: false, code: 'invalid-phone' };
}

function firstNonSpace(s: string): number {
  let i = 0;
  while (s[i] === ' ') i++;
  return i;
}
