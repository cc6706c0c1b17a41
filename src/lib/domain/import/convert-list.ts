// Multi-value cells (tags): split on 、 , ; | and their full-width forms, trimmed, without repeats.

import { toHalfWidth } from '../normalise/full-width.ts';

const SEPARATORS = /[、,;|\n]/;

export function hasListSeparator(raw: string): boolean {
  return SEPARATORS.test(toHalfWidth(raw));
}

export function splitList(raw: string): string[] {
  const seen = new Set<string>();
  for (const part of toHalfWidth(raw).split(SEPARATORS)) {
    const item = part.trim();
    if (item !== '') seen.add(item);
  }
  return [...seen];
}
