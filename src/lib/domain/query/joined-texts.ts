// Many texts joined into one string, so that finding every text holding a term is a few native
// indexOf calls over one long string instead of a call per text (V8 searches long strings with
// Boyer-Moore-Horspool; per-call setup dominates over short ones). Hand-written: no kept library
// does substring search over a dictionary in a worker.

/** Separates the texts; a term holding it falls back to testing text by text. */
const SEP = '\u0000';

export interface JoinedTexts {
  /** SEP + text0 + SEP + text1 + … + SEP */
  joined: string;
  /** Where each text starts in `joined` (after its SEP); one more entry marks the end. */
  starts: Uint32Array;
  count: number;
}

function textOf(texts: JoinedTexts, k: number): string {
  return texts.joined.slice(texts.starts[k]!, texts.starts[k + 1]! - 1);
}

export function joinTexts(texts: readonly string[]): JoinedTexts {
  const starts = new Uint32Array(texts.length + 1);
  let at = 1;
  for (let k = 0; k < texts.length; k++) {
    starts[k] = at;
    at += texts[k]!.length + 1;
  }
  starts[texts.length] = at;
  return { joined: SEP + texts.join(SEP) + SEP, starts, count: texts.length };
}

/** The texts followed by more texts; the long joined string is not copied (V8 concatenates lazily). */
export function appendTexts(texts: JoinedTexts, more: readonly string[]): JoinedTexts {
  if (more.length === 0) return texts;
  const starts = new Uint32Array(texts.count + more.length + 1);
  starts.set(texts.starts.subarray(0, texts.count));
  let at = texts.joined.length;
  for (let k = 0; k < more.length; k++) {
    starts[texts.count + k] = at;
    at += more[k]!.length + 1;
  }
  starts[texts.count + more.length] = at;
  return { joined: texts.joined + more.join(SEP) + SEP, starts, count: texts.count + more.length };
}

/** The same texts lower-cased: one native call over the joined string unless a letter changes length ('İ'). */
export function foldJoined(texts: JoinedTexts): JoinedTexts {
  const joined = texts.joined.toLowerCase();
  if (joined.length === texts.joined.length) return { joined, starts: texts.starts, count: texts.count };
  return joinTexts(Array.from({ length: texts.count }, (_, k) => textOf(texts, k).toLowerCase()));
}

export type TextMatch = 'contains' | 'equals' | 'startsWith' | 'endsWith';

/** Sets answers[k] = 1 for each text k that matches `wanted` (the texts as given: fold case beforehand). */
export function markMatching(texts: JoinedTexts, match: TextMatch, wanted: string, answers: Uint8Array): void {
  const count = texts.count;
  if (count === 0) return;
  if (wanted === '' || wanted.includes(SEP)) {
    for (let k = 0; k < count; k++) if (matches(textOf(texts, k), match, wanted)) answers[k] = 1;
    return;
  }
  const pattern = match === 'equals' ? SEP + wanted + SEP : match === 'startsWith' ? SEP + wanted : match === 'endsWith' ? wanted + SEP : wanted;
  // Where the matched text itself begins inside the pattern's hit.
  const lead = match === 'equals' || match === 'startsWith' ? 1 : 0;
  const { joined, starts } = texts;
  let from = 0;
  for (;;) {
    const hit = joined.indexOf(pattern, from);
    if (hit < 0) return;
    const k = textAt(starts, hit + lead, count);
    // A text may itself hold a SEP: a hit counts only where the pattern's SEPs are the texts' bounds.
    const startOk = lead === 0 || hit + 1 === starts[k];
    const endOk = match === 'contains' || match === 'startsWith' || hit + lead + wanted.length === starts[k + 1]! - 1;
    if (startOk && endOk) {
      answers[k] = 1;
      // Resume at the SEP that ends text k, so a pattern starting with SEP can match the next text.
      from = starts[k + 1]! - 1;
    } else from = hit + 1;
  }
}

/** The text whose span holds position `at` (the last start at or before it). */
function textAt(starts: Uint32Array, at: number, count: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function matches(text: string, match: TextMatch, wanted: string): boolean {
  switch (match) {
    case 'contains': return text.includes(wanted);
    case 'equals': return text === wanted;
    case 'startsWith': return text.startsWith(wanted);
    case 'endsWith': return text.endsWith(wanted);
  }
}
