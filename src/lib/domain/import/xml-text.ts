// The little XML the xlsx reader needs: entity and _xHHHH_ unescaping, and one tag's attributes.

const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const OOXML_ESCAPE = /_x([\da-fA-F]{4})_/g;
const NAMED: Readonly<Record<string, string>> = { '&quot;': '"', '&apos;': "'", '&gt;': '>', '&lt;': '<', '&amp;': '&' };

/** Text content as written between tags, with XML entities and OOXML's _xHHHH_ escapes (control characters) resolved. */
export function unescapeXml(text: string): string {
  const hasEntity = text.includes('&');
  const hasEscape = text.includes('_x');
  if (!hasEntity && !hasEscape) return text;
  let out = hasEscape ? text.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
  if (hasEntity) out = out.replace(ENTITY, entityText);
  return out;
}

function entityText(match: string, code: string | undefined): string {
  const named = NAMED[match.toLowerCase()];
  if (named !== undefined) return named;
  const n = parseInt(code ?? '', match.startsWith('&#x') || match.startsWith('&#X') ? 16 : 10);
  return Number.isFinite(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : match;
}

/** The value of attribute `name` in the tag text `tag` (either quote), or null. Matches whole names only. */
export function attribute(tag: string, name: string): string | null {
  let from = 0;
  for (;;) {
    const at = tag.indexOf(name, from);
    if (at < 0) return null;
    from = at + name.length;
    const before = tag.charCodeAt(at - 1);
    // A whole name: preceded by whitespace (or a prefix's colon), followed by optional spaces and '='.
    if (!(before === 32 || before === 9 || before === 10 || before === 13 || (before === 58 && name.indexOf(':') < 0))) continue;
    let p = from;
    while (isSpace(tag.charCodeAt(p))) p++;
    if (tag.charCodeAt(p) !== 61) continue;
    p++;
    while (isSpace(tag.charCodeAt(p))) p++;
    const quote = tag.charCodeAt(p);
    if (quote !== 34 && quote !== 39) continue;
    const end = tag.indexOf(quote === 34 ? '"' : "'", p + 1);
    if (end < 0) return null;
    return unescapeXml(tag.slice(p + 1, end));
  }
}

/** Each start tag `<prefix:local ...>` (or self-closed) of one local name, as its whole tag text. */
export function startTags(xml: string, local: string): string[] {
  const tags: string[] = [];
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${local}(?=[\\s/>])[^>]*>`, 'g');
  for (let m = pattern.exec(xml); m; m = pattern.exec(xml)) tags.push(m[0]);
  return tags;
}

/** The namespace prefix (with its colon) the element `local` is written with, '' when none; null when absent. */
export function prefixOf(xml: string, local: string): string | null {
  const m = new RegExp(`<([\\w.-]+:)?${local}(?=[\\s/>])`).exec(xml);
  return m ? (m[1] ?? '') : null;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
