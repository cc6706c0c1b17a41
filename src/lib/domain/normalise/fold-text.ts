// The common first step of every text normaliser: half width, simplified script, trimmed, single spaces.
import { toHalfWidth } from './full-width.ts';
import { toSimplified } from './traditional-chinese.ts';

export function foldText(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  return toSimplified(toHalfWidth(text)).replace(/\s+/g, ' ').trim();
}
