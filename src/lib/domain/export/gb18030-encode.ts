// Encodes text as GB18030 (what Excel on Chinese Windows reads as "CSV") from the platform's own GB18030 decoder.
// iconv-lite needs Node's Buffer, which the browser build does not have; the reverse table is built once, lazily.

const FOUR_BYTE_FLAG = 0x80000000;
const BMP_FOUR_BYTE_POINTERS = 39420;
const SUPPLEMENTARY_BASE_POINTER = 189000;

let table: Uint32Array | null = null;

/** For each BMP code unit: a two-byte code (≤ 0xFFFF) or a four-byte pointer with the flag set; 0 when unmapped. */
function encodeTable(): Uint32Array {
  if (table) return table;
  const t = new Uint32Array(0x10000);
  const decoder = new TextDecoder('gb18030');
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const s = decoder.decode(pair);
      const cu = s.charCodeAt(0);
      if (s.length === 1 && cu !== 0xfffd && t[cu] === 0) t[cu] = (lead << 8) | trail;
    }
  }
  const quad = new Uint8Array(4);
  for (let pointer = 0; pointer < BMP_FOUR_BYTE_POINTERS; pointer++) {
    writeFourBytes(quad, 0, pointer);
    const s = decoder.decode(quad);
    const cu = s.charCodeAt(0);
    if (s.length === 1 && cu !== 0xfffd && t[cu] === 0) t[cu] = FOUR_BYTE_FLAG | pointer;
  }
  table = t;
  return t;
}

function writeFourBytes(out: Uint8Array, at: number, pointer: number): void {
  let p = pointer;
  out[at + 3] = 0x30 + (p % 10);
  p = Math.floor(p / 10);
  out[at + 2] = 0x81 + (p % 126);
  p = Math.floor(p / 126);
  out[at + 1] = 0x30 + (p % 10);
  out[at] = 0x81 + Math.floor(p / 10);
}

export function encodeGb18030(text: string): Uint8Array {
  const t = encodeTable();
  let out = new Uint8Array(Math.max(16, text.length * 2));
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (n + 4 > out.length) {
      const bigger = new Uint8Array(out.length * 2);
      bigger.set(out);
      out = bigger;
    }
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        writeFourBytes(out, n, SUPPLEMENTARY_BASE_POINTER + cp - 0x10000);
        n += 4;
        i++;
        continue;
      }
    }
    const code = t[c] ?? 0;
    if (code === 0) {
      out[n++] = 0x3f; // '?' for a lone surrogate or an unmapped unit
    } else if (code & FOUR_BYTE_FLAG) {
      writeFourBytes(out, n, code & ~FOUR_BYTE_FLAG);
      n += 4;
    } else {
      out[n++] = code >> 8;
      out[n++] = code & 0xff;
    }
  }
  return out.slice(0, n);
}
