// Amounts of money: ¥1,234.50, ￥1,234.50, RMB 1,000, 500元, 1.2万, (1,234), -¥1,234.

import { toHalfWidth } from '../normalise/full-width.ts';
import { parseNumber } from './convert-number.ts';

const PREFIXES = ['人民币', 'RMB', 'CNY', 'rmb', 'cny', '¥', '\uffe5', '$', 'US$'];
const SUFFIXES = ['人民币', '元整', '元', '块', 'RMB', 'CNY', 'rmb', 'cny'];

export interface ParsedMoney {
  value: number;
  /** Whether the text carried a currency mark: what tells a money column from a number column. */
  marked: boolean;
}

export function parseMoney(raw: string): ParsedMoney | null {
  let s = toHalfWidth(raw).trim();
  if (s === '') return null;
  let marked = false;
  let sign = '';
  if (s[0] === '-' || s[0] === '+' || s[0] === '\u2212') {
    sign = s[0] === '+' ? '' : '-';
    s = s.slice(1).trim();
  }
  for (const p of PREFIXES) {
    if (s.startsWith(p)) {
      s = s.slice(p.length).trim();
      marked = true;
      break;
    }
  }
  for (const suffix of SUFFIXES) {
    if (s.endsWith(suffix)) {
      s = s.slice(0, -suffix.length).trim();
      marked = true;
      break;
    }
  }
  const n = parseNumber(sign + s);
  if (n === null) return null;
  return { value: n, marked };
}
