// Full-width (全角) digits, letters and punctuation folded to their ASCII forms before parsing.

const IDEOGRAPHIC_SPACE = 0x3000;
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_TO_HALF = 0xfee0;

/** Folds U+FF01–U+FF5E and the ideographic space to ASCII; other characters are kept. */
export function toHalfWidth(s: string): string {
  // Most cells hold nothing full-width: return them untouched without building a new string.
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === IDEOGRAPHIC_SPACE || (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST)) break;
  }
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === IDEOGRAPHIC_SPACE) out += ' ';
    else if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) out += String.fromCharCode(c - FULL_TO_HALF);
    else out += s[i];
  }
  return out;
}
