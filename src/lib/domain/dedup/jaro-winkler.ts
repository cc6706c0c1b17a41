// Jaro–Winkler similarity, written here rather than pulled in: it is thirty lines and sits in the hot loop.
// Works on UTF-16 code units, which is exact for Chinese (BMP) and Latin text.

const PREFIX_SCALE = 0.1;
const MAX_PREFIX = 4;
let matchedA = new Uint8Array(64);
let matchedB = new Uint8Array(64);

let scratch = new Uint16Array(128);

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a === '' ? 0 : 1;
  if (a === '' || b === '') return 0;
  // One implementation over code units: the strings are copied into a scratch pool (a few dozen units).
  if (scratch.length < a.length + b.length) scratch = new Uint16Array((a.length + b.length) * 2);
  for (let i = 0; i < a.length; i++) scratch[i] = a.charCodeAt(i);
  for (let j = 0; j < b.length; j++) scratch[a.length + j] = b.charCodeAt(j);
  return jaroWinklerCodes(scratch, 0, a.length, a.length, b.length);
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

// Most compared values (names, cores, tokens) are short: a 32-bit mask per side holds which characters matched,
// so nothing is cleared or written to memory per pair. Same steps as longJaroCodes, so the same result.
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
  if (matchedA.length < lengthA) matchedA = new Uint8Array(lengthA * 2);
  if (matchedB.length < lengthB) matchedB = new Uint8Array(lengthB * 2);
  matchedA.fill(0, 0, lengthA);
  matchedB.fill(0, 0, lengthB);
  const window = Math.max(0, Math.floor(Math.max(lengthA, lengthB) / 2) - 1);
  let matches = 0;
  for (let i = 0; i < lengthA; i++) {
    const code = pool[fromA + i];
    const to = Math.min(lengthB - 1, i + window);
    for (let j = Math.max(0, i - window); j <= to; j++) {
      if (matchedB[j] || pool[fromB + j] !== code) continue;
      matchedA[i] = 1;
      matchedB[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < lengthA; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[j]) j++;
    if (pool[fromA + i] !== pool[fromB + j]) transpositions++;
    j++;
  }
  const m = matches;
  return (m / lengthA + m / lengthB + (m - transpositions / 2) / m) / 3;
}
