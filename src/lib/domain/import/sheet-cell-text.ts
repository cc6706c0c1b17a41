// The text a person sees typed in a workbook cell: numbers without float noise, dates as ISO, errors by name.

import { isoFromUtc } from './convert-date.ts';

export const ERROR_TEXT: Readonly<Record<number, string>> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

const KNOWN_ERRORS: ReadonlySet<string> = new Set(Object.values(ERROR_TEXT));

/** An error cell's text as Excel wrote it, or '#ERROR' for one we do not know. */
export function errorText(written: string): string {
  return KNOWN_ERRORS.has(written) ? written : '#ERROR';
}

/** 13800138000 stays '13800138000' (never 1.38E+10 nor 13800138000.0); 0.1+0.2 shows as 0.3 like Excel. */
export function numberText(v: number, format?: string | number): string {
  if (typeof format === 'string' && isPercentFormat(format)) return `${plainDigits(v * 100)}%`;
  return plainDigits(v);
}

export function isPercentFormat(format: string): boolean {
  return format.includes('%') && !format.includes('"%"');
}

function plainDigits(v: number): string {
  // Excel keeps 15 significant digits; so do we, and we never print an exponent.
  const n = Number(v.toPrecision(15));
  if (Number.isInteger(n)) return Math.abs(n) < 1e15 ? n.toFixed(0) : bigIntegerText(v);
  const s = String(n);
  if (!s.includes('e')) return s;
  return n.toFixed(Math.min(100, 15 - Math.floor(Math.log10(Math.abs(n))))).replace(/\.?0+$/, '');
}

/** 1.10101199003071e+17 → '110101199003071000', as Excel shows it, not the double's 110101199003071008. */
function bigIntegerText(v: number): string {
  const [mantissa = '', exponent = '0'] = Math.abs(v).toPrecision(15).split('e+');
  const digits = mantissa.replace('.', '').replace(/0+$/, '');
  const length = Number(exponent) + 1;
  return (v < 0 ? '-' : '') + digits.padEnd(length, '0');
}

const DAY_MS = 24 * 60 * 60 * 1000;
const EPOCH_1899_12_30 = Date.UTC(1899, 11, 30);

/**
 * A date-formatted serial as text, the way SheetJS dates it: day 60 is Excel's phantom 1900-02-29 and stays a number,
 * days before it are shifted by the 1900 leap-year bug, 1904-based books add 1,462 days.
 */
export function serialDateText(serial: number, date1904: boolean): string {
  const v = date1904 ? serial + 1462 : serial;
  if (v >= 60 && v < 61) return numberText(v);
  return dateText(new Date((v > 60 ? v : v + 1) * DAY_MS + EPOCH_1899_12_30));
}

export function dateText(d: Date): string {
  const ms = Math.round(d.getTime() / 1000) * 1000;
  if (Number.isNaN(ms)) return '';
  const t = new Date(ms);
  const time = `${pad2(t.getUTCHours())}:${pad2(t.getUTCMinutes())}:${pad2(t.getUTCSeconds())}`;
  const date = isoFromUtc(t);
  // A time-only cell sits on Excel's day 0.
  if (date === '1899-12-30' || date === '1899-12-31') return time;
  return time === '00:00:00' ? date : `${date} ${time}`;
}

const PLAIN_NUMBER = /^(?:-?[1-9]\d*(?:\.\d*[1-9])?|-?0\.\d*[1-9]|0)$/;

/** Digits with no exponent, no leading or trailing zeros and at most 15 of them: numberText would give the same. */
export function isPlainNumberText(raw: string): boolean {
  if (raw.length > 17 || !PLAIN_NUMBER.test(raw)) return false;
  let digits = raw.length;
  if (raw.charCodeAt(0) === 45) digits--;
  if (raw.includes('.')) digits--;
  return digits <= 15;
}

/** A t="d" cell holds an ISO 8601 date-time; shown as our other dates are. */
export function isoCellText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  return dateText(new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s))));
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
