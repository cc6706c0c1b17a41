// E-mail addresses: trimmed and lower-cased; dots in Gmail local parts are kept (conservative).
import { toHalfWidth } from './full-width.ts';

export interface NormalisedEmail {
  value: string;
  valid: boolean;
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function normaliseEmail(input: unknown): NormalisedEmail | null {
  if (input === null || input === undefined) return null;
  const value = toHalfWidth(String(input))
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/\s+/g, '')
    .replace(/。/g, '.')
    .toLowerCase();
  if (value === '') return null;
  return { value, valid: EMAIL.test(value) };
}
