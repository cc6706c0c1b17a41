// Dates as Chinese spreadsheets hold them: 2024年3月5日, 2024/3/5, 2024-3-5, 2024.03.05, 20240305, Excel serials, ISO.

import { toHalfWidth } from '../normalise/full-width.ts';

export interface DateParseOptions {
  /** Read a bare number like 45356 as an Excel day serial (only for columns known to be dates). */
  allowSerial?: boolean;
}

const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(?:\s+.*)?$/;
const SEPARATED = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T\s].*)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s.*)?$/;
const SERIAL = /^\d{1,7}(?:\.\d+)?$/;

// Excel's day 0 is 1899-12-30 once its fictitious 1900-02-29 (serial 60) is accounted for.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const MAX_SERIAL = 2_958_465; // 9999-12-31

/** The ISO 'YYYY-MM-DD' a text names, or null. A time after the date is allowed and dropped. */
export function parseDate(raw: string, options: DateParseOptions = {}): string | null {
  const s = toHalfWidth(raw).trim();
  if (s.length < 5) return null;
  const c0 = s.charCodeAt(0);
  if (c0 < 48 || c0 > 57) return null;
  let m = SEPARATED.exec(s);
  if (m) return isoDate(m[1], m[3], m[4]);
  m = CHINESE.exec(s);
  if (m) return isoDate(m[1], m[2], m[3]);
  m = COMPACT.exec(s);
  if (m) return isoDate(m[1], m[2], m[3]);
  m = MONTH_FIRST.exec(s);
  if (m) return isoDate(m[3], m[1], m[2]);
  if (options.allowSerial && SERIAL.test(s)) return excelSerialToIso(Number(s));
  return null;
}

export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return null;
  const day = Math.floor(serial);
  // Serials before 61 sit before the fictitious leap day, one day later than the epoch suggests.
  const adjusted = day < 61 ? day + 1 : day;
  const d = new Date(EXCEL_EPOCH_MS + adjusted * DAY_MS);
  return isoFromUtc(d);
}

export function isoFromUtc(d: Date): string {
  const y = d.getUTCFullYear();
  return `${String(y).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** A date as an Excel day serial (what a real date cell stores). */
export function isoToExcelSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || isoDate(m[1], m[2], m[3]) === null) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const serial = Math.round((ms - EXCEL_EPOCH_MS) / DAY_MS);
  return serial < 61 ? serial - 1 : serial;
}

function isoDate(ys: string | undefined, ms: string | undefined, ds: string | undefined): string | null {
  const y = Number(ys);
  const mo = Number(ms);
  const d = Number(ds);
  if (y < 1000 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return `${y}-${pad2(mo)}-${pad2(d)}`;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
