// Finding markup in a sheet's XML: in its raw bytes before they are decoded, and in the decoded text.

/** Where the rows are: just after `<sheetData>` up to `</sheetData>`, with the namespace prefix used; null when empty. */
export function sheetDataRange(xml: Uint8Array): { start: number; end: number; prefix: string } | null {
  const name = indexOfAscii(xml, 'sheetData', 0);
  if (name < 0) return null;
  let lt = name - 1;
  while (lt >= 0 && xml[lt] !== 60) lt--;
  if (lt < 0) return null;
  const prefix = String.fromCharCode(...xml.subarray(lt + 1, name));
  const tagEnd = xml.indexOf(62, name);
  if (tagEnd < 0 || xml[tagEnd - 1] === 47) return null;
  const close = lastIndexOfAscii(xml, `</${prefix}sheetData>`, xml.length, tagEnd);
  return { start: tagEnd + 1, end: close < 0 ? xml.length : close, prefix };
}

function indexOfAscii(bytes: Uint8Array, pattern: string, from: number): number {
  const first = pattern.charCodeAt(0);
  for (let p = bytes.indexOf(first, from); p >= 0; p = bytes.indexOf(first, p + 1)) {
    if (matchesAt(bytes, pattern, p)) return p;
  }
  return -1;
}

/** The last start of `pattern` at or before `from` and not before `floor`, or -1. */
export function lastIndexOfAscii(bytes: Uint8Array, pattern: string, from: number, floor: number): number {
  const first = pattern.charCodeAt(0);
  for (let p = Math.min(from, bytes.length - pattern.length); p >= floor; p--) {
    if (bytes[p] === first && matchesAt(bytes, pattern, p)) return p;
  }
  return -1;
}

function matchesAt(bytes: Uint8Array, pattern: string, at: number): boolean {
  for (let i = 1; i < pattern.length; i++) if (bytes[at + i] !== pattern.charCodeAt(i)) return false;
  return true;
}

/** 'AB' → 27. */
export function columnOfLetters(letters: string): number {
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + (letters.charCodeAt(i) - 64);
  return col - 1;
}

/** 'AB12' → 27; -1 when the reference has no letters. */
export function columnOf(text: string, from: number, to: number): number {
  let col = 0;
  let p = from;
  for (; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return p === from ? -1 : col - 1;
}

/** The row tag's r attribute, or 0 when it has none. */
export function rowAttribute(text: string, from: number, to: number): number {
  let p = text.indexOf('r=', from);
  while (p >= 0 && p < to) {
    if (isSpace(text.charCodeAt(p - 1))) {
      const q = text.charCodeAt(p + 2);
      if (q === 34 || q === 39) return parseInt(text.slice(p + 3, to), 10) || 0;
    }
    p = text.indexOf('r=', p + 2);
  }
  return 0;
}

/** The raw text of the first `open`…`close` element between `from` and `to`, or null when there is none. */
export function elementText(text: string, open: string, close: string, from: number, to: number): string | null {
  let p = from;
  for (;;) {
    const at = text.indexOf(open, p);
    if (at < 0 || at >= to) return null;
    const after = text.charCodeAt(at + open.length);
    if (!isTagNameEnd(after)) {
      p = at + open.length;
      continue;
    }
    const tagEnd = text.indexOf('>', at);
    if (tagEnd < 0 || tagEnd >= to) return null;
    if (text.charCodeAt(tagEnd - 1) === 47) return '';
    const end = text.indexOf(close, tagEnd);
    return text.slice(tagEnd + 1, end < 0 || end > to ? to : end);
  }
}

export function isTagNameEnd(c: number): boolean {
  return c === 62 || c === 47 || isSpace(c);
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
