// Pinyin without tones: the sound of a Chinese string, so homophones (张伟/张玮) share a key.
import { pinyin } from 'pinyin-pro';

const HAS_HAN = /[\u3400-\u9fff]/;
const OPTIONS = { toneType: 'none', nonZh: 'consecutive', v: true } as const;
// Per character: its one reading, or null when it has several (行: xing/hang) and only the word decides.
const readings = new Map<number, string | null>();

// Strings needing pinyin-pro's segmenting repeat (one company core, many branches): its answers are kept,
// up to a bound, so a long-lived worker does not grow without end.
const segmented = new Map<string, string>();
const SEGMENTED_KEPT = 100_000;

/** 'zhang wei' for 张伟; Latin text is lower-cased and kept. */
export function toPinyin(text: string): string {
  if (!HAS_HAN.test(text)) return text.toLowerCase();
  return fromReadings(text, ' ') ?? segmentedPinyin(text).toLowerCase();
}

/** The pinyin with spaces removed: 'zhangwei'. */
export function toPinyinKey(text: string): string {
  if (!HAS_HAN.test(text)) return text.toLowerCase().replace(/[^a-z0-9]/g, '');
  return fromReadings(text, null) ?? segmentedPinyin(text).toLowerCase().replace(/[^a-z0-9]/g, '');
}

function segmentedPinyin(text: string): string {
  let found = segmented.get(text);
  if (found === undefined) {
    if (segmented.size >= SEGMENTED_KEPT) segmented.clear();
    found = pinyin(text, OPTIONS);
    segmented.set(text, found);
  }
  return found;
}

// Asking pinyin-pro costs ~20 µs a string (it segments words to settle polyphones). A string made only of
// characters with a single reading needs no segmenting: its pinyin is their readings, looked up once each.
// With no separator (a key), ASCII letters and digits are kept and other ASCII dropped, as the key does.
function fromReadings(text: string, separator: string | null): string | null {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (separator === null && code < 0x80) {
      if (/[a-z0-9]/i.test(text[i]!)) parts.push(text[i]!.toLowerCase());
      continue;
    }
    if (code < 0x3400 || code > 0x9fff) return null;
    let reading = readings.get(code);
    if (reading === undefined) {
      const all = pinyin(text[i]!, { ...OPTIONS, multiple: true, type: 'array' });
      reading = all.length === 1 && /^[a-z]+$/.test(all[0]!) ? all[0]! : null;
      readings.set(code, reading);
    }
    if (reading === null) return null;
    parts.push(reading);
  }
  return parts.join(separator ?? '');
}
