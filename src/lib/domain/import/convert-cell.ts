// One entry point from a raw imported string to the value a typed column stores.

import type { CellValue, ColumnType } from '../types.ts';
import { parseCheckbox } from './convert-checkbox.ts';
import { parseDate } from './convert-date.ts';
import { parseEmail } from './convert-email.ts';
import { splitList } from './convert-list.ts';
import { parseMoney } from './convert-money.ts';
import { parseNumber } from './convert-number.ts';
import { convertPhone } from './convert-phone.ts';

export type ConvertCode =
  | 'invalid-number'
  | 'invalid-money'
  | 'invalid-date'
  | 'invalid-phone'
  | 'phone-precision-lost'
  | 'invalid-email'
  | 'invalid-checkbox';

export type ConvertResult = { ok: true; value: CellValue } | { ok: false; code: ConvertCode };

export interface ConvertOptions {
  /** Bare numbers in a date column are Excel day serials (default true). */
  allowDateSerial?: boolean;
}

/** An empty or blank input gives `{ ok: true, value: null }`: the cell is left absent. */
export function convertCell(raw: string, type: ColumnType, options: ConvertOptions = {}): ConvertResult {
  const trimmed = raw.trim();
  if (trimmed === '') return { ok: true, value: null };
  switch (type) {
    case 'number': {
      const n = parseNumber(trimmed);
      return n === null ? { ok: false, code: 'invalid-number' } : { ok: true, value: n };
    }
    case 'money': {
      const m = parseMoney(trimmed);
      return m === null ? { ok: false, code: 'invalid-money' } : { ok: true, value: m.value };
    }
    case 'date': {
      const d = parseDate(trimmed, { allowSerial: options.allowDateSerial ?? true });
      return d === null ? { ok: false, code: 'invalid-date' } : { ok: true, value: d };
    }
    case 'phone': {
      const p = convertPhone(trimmed);
      return p.ok ? { ok: true, value: p.value } : { ok: false, code: p.code };
    }
    case 'email': {
      const e = parseEmail(trimmed);
      return e === null ? { ok: false, code: 'invalid-email' } : { ok: true, value: e };
    }
    case 'checkbox': {
      const b = parseCheckbox(trimmed);
      return b === null ? { ok: false, code: 'invalid-checkbox' } : { ok: true, value: b };
    }
    case 'multiSelect':
      return { ok: true, value: splitList(trimmed) };
    case 'longText':
      // Line breaks and inner spacing are part of a note; only the edges are trimmed.
      return { ok: true, value: trimmed };
    case 'text':
    case 'select':
    case 'link':
      return { ok: true, value: trimmed };
  }
}
