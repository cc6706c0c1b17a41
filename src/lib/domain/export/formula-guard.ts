// Keeps Excel and WPS from running exported text as a formula (CSV injection), without touching real numbers.

const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\uff1d', '\uff0b', '\uff0d', '\uff20']);
// A signed number ('-12.5', '-1,234.50') or a phone number ('+86 138 0013 8000') cannot call anything.
const SIGNED_NUMBER = /^[-+]\s?\d{1,3}(?:,?\d{3})*(?:\.\d+)?%?$/;
const SIGNED_NUMBER_PLAIN = /^[-+]\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/;
const INTERNATIONAL_PHONE = /^\+\d{1,4}(?:[ -]?\(?\d+\)?)+$/;

export function isFormulaLike(text: string): boolean {
  if (text === '' || !TRIGGERS.has(text[0] as string)) return false;
  // A lone dash is how people write "none"; Excel keeps it as text.
  if (text === '-' || text === '--' || text === '\uff0d') return false;
  return !(SIGNED_NUMBER_PLAIN.test(text) || SIGNED_NUMBER.test(text) || INTERNATIONAL_PHONE.test(text));
}

/** Prefixes a single quote to text a spreadsheet would evaluate; everything else is returned as is. */
export function neutraliseFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}
