// Phone numbers: however they were typed or stored by Excel, to E.164 (or bare digits when unparsable).
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { toHalfWidth } from './full-width.ts';

export interface NormalisedPhone {
  /** '+8613800138000' when the number parses for its country; null otherwise. */
  e164: string | null;
  /** The digits as typed, after removing punctuation and the 00/+ prefix. */
  digits: string;
  valid: boolean;
}

// Excel turns long numbers into 1.38001380E+10 or 13800138000.0; both still hold the digits.
const EXCEL_EXPONENT = /^\d(\.\d+)?e\+?\d{1,2}$/i;
const EXCEL_DECIMAL = /^(\d+)\.0+$/;
const CN_MOBILE = /^(86)?1[3-9]\d{9}$/;

const BARE_MOBILE = /^1[3-9]\d{9}$/;

export function normalisePhone(input: unknown, defaultCountry: CountryCode = 'CN'): NormalisedPhone | null {
  if (input === null || input === undefined) return null;
  // Most cells hold a bare 11-digit mobile: the steps below would leave it as it is, so skip them.
  if (defaultCountry === 'CN' && typeof input === 'string' && BARE_MOBILE.test(input)) {
    return { e164: '+86' + input, digits: input, valid: true };
  }
  const text = typeof input === 'number' ? numberToDigits(input) : fromExcelText(toHalfWidth(String(input)).trim());
  // An extension (转123, ext. 123, #123) is not part of the number that identifies a customer.
  const main = text.split(/转|ext\.?|x|#/i)[0] ?? '';
  const international = /^\s*(\+|00)/.test(main);
  let digits = main.replace(/\D/g, '');
  if (digits === '') return null;
  if (international && main.trim().startsWith('00')) digits = digits.slice(2);
  // The commonest shape by far, a Chinese mobile, needs no parser (libphonenumber gives the same answer).
  if (defaultCountry === 'CN' && CN_MOBILE.test(digits) && (!international || digits.startsWith('86'))) {
    const national = digits.length === 13 ? digits.slice(2) : digits;
    return { e164: `+86${national}`, digits, valid: true };
  }
  const parsed = parsePhoneNumberFromString(international ? `+${digits}` : digits, defaultCountry);
  if (parsed && parsed.isValid()) return { e164: parsed.number, digits, valid: true };
  return { e164: null, digits, valid: false };
}

function numberToDigits(value: number): string {
  return Number.isFinite(value) ? Math.round(value).toString() : '';
}

function fromExcelText(text: string): string {
  const compact = text.replace(/\s+/g, '');
  if (EXCEL_EXPONENT.test(compact)) return numberToDigits(Number(compact));
  const decimal = EXCEL_DECIMAL.exec(compact);
  return decimal?.[1] ?? text;
}

/** The key two phones are compared by: E.164 when valid, else the digits. */
export function phoneKey(phone: NormalisedPhone): string {
  return phone.e164 ?? phone.digits;
}
