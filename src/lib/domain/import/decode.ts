// Turns the bytes of a text file into a string: BOM, UTF-8, UTF-16 without BOM, GB18030 or Big5.

import { problem, type ImportProblem } from './problems.ts';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName; confidence: number }
  | { ok: false; problem: ImportProblem };

const OVERRIDE_LABELS: Readonly<Record<string, TextEncodingName>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-8-bom': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16': 'utf-16le',
  utf16le: 'utf-16le',
  'utf-16be': 'utf-16be',
  utf16be: 'utf-16be',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  cp936: 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
};

/** The encoding named by a user, or null when we cannot decode it. GBK and GB2312 are read as their superset GB18030. */
export function encodingFromLabel(label: string): TextEncodingName | null {
  return OVERRIDE_LABELS[label.trim().toLowerCase()] ?? null;
}

const SAMPLE_BYTES = 64 * 1024;

export function decodeBytes(bytes: Uint8Array, override?: string): DecodeResult {
  if (override !== undefined && override !== '') {
    const encoding = encodingFromLabel(override);
    if (!encoding) return { ok: false, problem: problem('encoding-unsupported', { value: override }) };
    const skip = bomLength(bytes, encoding);
    return finish(decodeWith(bytes.subarray(skip), encoding, false), encoding, 1);
  }
  const bom = sniffBom(bytes);
  if (bom) return finish(decodeWith(bytes.subarray(bom.length), bom.encoding, false), bom.encoding, 1);

  const utf16 = sniffUtf16WithoutBom(bytes);
  if (utf16) return finish(decodeWith(bytes, utf16, false), utf16, 0.8);

  if (looksBinary(bytes)) return { ok: false, problem: problem('binary-file') };

  const utf8 = decodeWith(bytes, 'utf-8', true);
  if (utf8 !== null) return finish(utf8, 'utf-8', 1);

  return decodeLegacyChinese(bytes);
}

function finish(text: string | null, encoding: TextEncodingName, confidence: number): DecodeResult {
  if (text === null) return { ok: false, problem: problem('encoding-unknown', { value: encoding }) };
  // A BOM of another encoding, or a doubled one, must never reach the first header.
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (hasBinaryCharacters(clean)) return { ok: false, problem: problem('binary-file') };
  return { ok: true, text: clean, encoding, confidence };
}

function decodeWith(bytes: Uint8Array, encoding: TextEncodingName, fatal: boolean): string | null {
  try {
    // ignoreBOM: we strip BOMs ourselves so an explicit override sees the same text.
    return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function sniffBom(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function bomLength(bytes: Uint8Array, encoding: TextEncodingName): number {
  const bom = sniffBom(bytes);
  return bom && bom.encoding === encoding ? bom.length : 0;
}

/** UTF-16 text of mostly ASCII has a NUL in every other byte: odd positions for LE, even for BE. */
function sniffUtf16WithoutBom(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** NUL bytes or many C0 control bytes mean this is not text in any ASCII-compatible encoding. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  return controls > 0 && controls >= Math.max(1, n * 0.01);
}

function hasBinaryCharacters(text: string): boolean {
  const n = Math.min(text.length, SAMPLE_BYTES);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) bad++;
  }
  return bad > 0 && bad >= Math.max(1, n * 0.01);
}

/**
 * GB18030 or Big5. In GB2312's common region both bytes of a character are ≥ 0xA1;
 * Big5 puts about half of its common characters' trail bytes in 0x40–0x7E, which GB18030
 * would read as rare GBK extension characters.
 */
function decodeLegacyChinese(bytes: Uint8Array): DecodeResult {
  const stats = doubleByteStats(bytes);
  const big5 = stats.lowTrail > stats.pairs * 0.15 && stats.fourByte === 0 ? decodeWith(bytes, 'big5', true) : null;
  if (big5 !== null && traditionalScore(big5) > 0) return finish(big5, 'big5', 0.7);
  const gb = decodeWith(bytes, 'gb18030', false);
  const confidence = stats.lowTrail === 0 ? 0.9 : stats.lowTrail < stats.pairs * 0.1 ? 0.75 : 0.5;
  return finish(gb, 'gb18030', confidence);
}

function doubleByteStats(bytes: Uint8Array): { pairs: number; lowTrail: number; fourByte: number } {
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let pairs = 0;
  let lowTrail = 0;
  let fourByte = 0;
  for (let i = 0; i < n; i++) {
    const lead = bytes[i] as number;
    if (lead < 0x81 || lead === 0xff) continue;
    const trail = bytes[i + 1] ?? 0;
    if (trail >= 0x30 && trail <= 0x39) {
      fourByte++;
      i += 3;
      continue;
    }
    pairs++;
    if (trail < 0xa1) lowTrail++;
    i++;
  }
  return { pairs, lowTrail, fourByte };
}

// Frequent characters written only in traditional script: their presence in a Big5 reading is a good sign.
const TRADITIONAL_MARKERS = new Set(
  '這個們來說時會為對過學後麼於發當經頭從動兩長樣現將與進點種聲話裡開無見實業間電門東語題請讓認論義結術資帶條變聯權傳紅決保達辦運區轉輕華報張數難應記邊風戰許覺歷錢書車國話號碼聯絡電郵地址縣廣臺灣區客戶名稱公司負責單價數量產品類別',
);

function traditionalScore(text: string): number {
  let score = 0;
  const n = Math.min(text.length, SAMPLE_BYTES);
  for (let i = 0; i < n; i++) if (TRADITIONAL_MARKERS.has(text[i] as string)) score++;
  return score;
}
