// Plain numbers as people type them in China: 1,234.5, (1,234), 1.2万, 3亿, 12%, full-width digits.

import { toHalfWidth } from '../normalise/full-width.ts';

const MULTIPLIERS: readonly [string, number][] = [
  ['千万', 1e7],
  ['百万', 1e6],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
];

const PLAIN = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** The number a text holds, or null. Commas must group thousands; a unit suffix (万, 亿) multiplies. */
export function parseNumber(raw: string): number | null {
  let s = toHalfWidth(raw).trim();
  if (s === '') return null;
  let negative = false;
  if (s.charCodeAt(0) === 40 /* ( */ && s.charCodeAt(s.length - 1) === 41 /* ) */) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  const sign = s[0];
  if (sign === '-' || sign === '+' || sign === '\u2212') {
    if (sign !== '+') negative = !negative;
    s = s.slice(1).trim();
  }
  let factor = 1;
  if (s.endsWith('%')) {
    factor = 0.01;
    s = s.slice(0, -1).trim();
  } else {
    for (const [unit, value] of MULTIPLIERS) {
      if (s.endsWith(unit)) {
        factor = value;
        s = s.slice(0, -unit.length).trim();
        break;
      }
    }
  }
  if (s.includes(',')) {
    if (!GROUPED.test(s)) return null;
    s = s.replace(/,/g, '');
  } else if (!PLAIN.test(s)) {
    return null;
  }
  const n = Number(s);
  if (!Number.isFinite(n)) return null;
  // 1.1万 is 11000, not 11000.000000000002: keep the 15 digits a double holds exactly.
  const scaled = factor === 1 ? n : Number((n * factor).toPrecision(15));
  return negative ? -scaled : scaled === 0 ? 0 : scaled;
}

/**
 * True when a text would survive as a number without losing what was typed: no leading zeros
 * (邮编 010010, 工号 007), at most 15 significant digits (an 18-digit 身份证号 would be rounded).
 */
export function isFaithfulNumber(raw: string): boolean {
  const s = toHalfWidth(raw).trim();
  let digits = 0;
  let leading = true;
  let firstDigit = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (firstDigit < 0) firstDigit = i;
      if (leading && c === 48) continue;
      leading = false;
      digits++;
    } else if (c === 46 /* . */ || c === 101 || c === 69 /* e E */) {
      leading = false;
      if (c !== 46) break;
    }
  }
  if (digits > 15) return false;
  const next = s.charCodeAt(firstDigit + 1);
  const startsWithZero = firstDigit >= 0 && s.charCodeAt(firstDigit) === 48 && next >= 48 && next <= 57;
  return !startsWithZero && parseNumber(raw) !== null;
}
