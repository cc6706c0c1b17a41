// Jaro–Winkler similarity, written here rather than pulled in: it is thirty lines and sits in the hot loop.
// Works on UTF-16 code units, which is exact for Chinese (BMP) and Latin text.

const PREFIX_SCALE = 0.1;
const MAX_PREFIX = 4;
let matchedA = new Uint8Array(64);
let matchedB = new Uint8Array(64);

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a === '' ? 0 : 1;
  if (a === '' || b === '') return 0;
  const jaro = a.length <= 32 && b.length <= 32 ? shortJaro(a, b) : jaroSimilarity(a, b);
  let prefix = 0;
  const limit = Math.min(MAX_PREFIX, a.length, b.length);
  while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * PREFIX_SCALE * (1 - jaro);
}

// Most compared values (names, cores, tokens) are short: a 32-bit mask per side holds which characters matched,
// so nothing is cleared or written to memory per pair. Same steps as jaroSimilarity, so the same result.
function shortJaro(a: string, b: string): number {
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  let inA = 0;
  let inB = 0;
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const code = a.charCodeAt(i);
    const to = Math.min(b.length - 1, i + window);
    for (let j = Math.max(0, i - window); j <= to; j++) {
      if ((inB & (1 << j)) !== 0 || b.charCodeAt(j) !== code) continue;
      inA |= 1 << i;
      inB |= 1 << j;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if ((inA & (1 << i)) === 0) continue;
    while ((inB & (1 << j)) === 0) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) transpositions++;
    j++;
  }
  const m = matches;
  return (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3;
}

function jaroSimilarity(a: string, b: string): number {
  if (matchedA.length < a.length) matchedA = new Uint8Array(a.length * 2);
  if (matchedB.length < b.length) matchedB = new Uint8Array(b.length * 2);
  matchedA.fill(0, 0, a.length);
  matchedB.fill(0, 0, b.length);
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (matchedB[j] || a.charCodeAt(i) !== b.charCodeAt(j)) continue;
      matchedA[i] = 1;
      matchedB[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[j]) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) transpositions++;
    j++;
  }
  const m = matches;
  return (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3;
}

/**
 * jaroWinkler of two stretches of one pool of UTF-16 code units (a = pool[fromA, fromA + lengthA)), with the
 * same steps and so the same result: the hot loop's form, reading two runs of a typed array instead of two strings.
 */
export function jaroWinklerCodes(pool: Uint16Array, fromA: number, lengthA: number, fromB: number, lengthB: number): number {
  if (lengthA === 0 || lengthB === 0) return 0;
  const jaro = lengthA <= 32 && lengthB <= 32 ? shortJaroCodes(pool, fromA, lengthA, fromB, lengthB) : longJaroCodes(pool, fromA, lengthA, fromB, lengthB);
  let prefix = 0;
  const limit = Math.min(MAX_PREFIX, lengthA, lengthB);
  while (prefix < limit && pool[fromA + prefix] === pool[fromB + prefix]) prefix++;
  return jaro + prefix * PREFIX_SCALE * (1 - jaro);
}

function shortJaroCodes(pool: Uint16Array, fromA: number, lengthA: number, fromB: number, lengthB: number): number {
  const window = Math.max(0, Math.floor(Math.max(lengthA, lengthB) / 2) - 1);
  let inA = 0;
  let inB = 0;
  let matches = 0;
  for (let i = 0; i < lengthA; i++) {
    const code = pool[fromA + i];
    const to = Math.min(lengthB - 1, i + window);
    for (let j = Math.max(0, i - window); j <= to; j++) {
      if ((inB & (1 << j)) !== 0 || pool[fromB + j] !== code) continue;
      inA |= 1 << i;
      inB |= 1 << j;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < lengthA; i++) {
    if ((inA & (1 << i)) === 0) continue;
    while ((inB & (1 << j)) === 0) j++;
    if (pool[fromA + i] !== pool[fromB + j]) transpositions++;
    j++;
  }
  const m = matches;
  return (m / lengthA + m / lengthB + (m - transpositions / 2) / m) / 3;
}

function longJaroCodes(pool: Uint16Array, fromA: number, lengthA: number, fromB: number, lengthB: number): number {
  return jaroSimilarity(String.fromCharCode(...pool.subarray(fromA, fromA + lengthA)), String.fromCharCode(...pool.subarray(fromB, fromB + lengthB)));
}
