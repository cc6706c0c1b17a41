// Pinyin without tones: the sound of a Chinese string, so homophones (张伟/张玮) share a key.
import { pinyin } from 'pinyin-pro';

const HAS_HAN = /[\u3400-\u9fff]/;

/** 'zhang wei' for 张伟; Latin text is lower-cased and kept. */
export function toPinyin(text: string): string {
  if (!HAS_HAN.test(text)) return text.toLowerCase();
  return pinyin(text, { toneType: 'none', nonZh: 'consecutive', v: true }).toLowerCase();
}

/** The pinyin with spaces removed: 'zhangwei'. */
export function toPinyinKey(text: string): string {
  return toPinyin(text).replace(/[^a-z0-9]/g, '');
}
