// Traditional → simplified Chinese through OpenCC, so 張偉 and 张伟 compare equal.
import { ConverterFactory, type ConverterFunction, type DictGroup, type DictLike } from 'opencc-js/core';
import { from, to } from 'opencc-js/preset/t2cn';

const CHAIN: readonly DictGroup[] = [...(from.hk ?? []), ...(to.cn ?? [])];
let convert: ConverterFunction | undefined;
let triggers: Set<number> | undefined;

/**
 * OpenCC walks every character through its tries, the costly step of normalising; most cells are already
 * simplified, so it runs only on strings holding a character some dictionary entry would change.
 */
export function toSimplified(text: string): string {
  triggers ??= changingCharacters(CHAIN);
  let i = 0;
  for (; i < text.length; i++) if (triggers.has(text.charCodeAt(i))) break;
  if (i === text.length) return text;
  convert ??= ConverterFactory(...CHAIN);
  return convert(text);
}

// A conversion changes a string only where an entry's source differs from its replacement: the characters
// at those places (all of a source whose length changes) are the only ones that can set it off. Surrogate
// halves are listed as code units, so astral characters are covered too.
function changingCharacters(chain: readonly DictGroup[]): Set<number> {
  const found = new Set<number>();
  for (const group of chain) {
    for (const dict of group) {
      for (const [source, replacement] of entries(dict)) {
        if (source === replacement) continue;
        for (let i = 0; i < source.length; i++) {
          if (source.length !== replacement.length || source[i] !== replacement[i]) found.add(source.charCodeAt(i));
        }
      }
    }
  }
  return found;
}

function entries(dict: DictLike): Iterable<readonly [string, string]> {
  if (typeof dict !== 'string') return dict;
  return dict.split('|').map((entry) => {
    const [source = '', replacement = ''] = entry.split(' ');
    return [source, replacement] as const;
  });
}
