// Person names: folded to one script and width, with their toneless pinyin for homophone matching.
import { foldText } from './fold-text.ts';
import { toPinyin } from './pinyin-key.ts';

export interface NormalisedPersonName {
  /** 张伟 for ' 張偉 '; Latin names lower-cased: 'john smith'. */
  name: string;
  /** 'zhang wei' for both 张伟 and 张玮. */
  pinyin: string;
  /** The pinyin without spaces: 'zhangwei'. */
  key: string;
  /** Whether the name is written in Chinese characters. */
  han: boolean;
}

// A courtesy title after a surname (王先生) says nothing about which 王 it is.
const TITLES = /(先生|女士|小姐|老师|经理|总经理|老板)$/;

export function normalisePersonName(input: unknown): NormalisedPersonName | null {
  let name = foldText(input).toLowerCase().replace(/[·・.]/g, ' ').replace(/\s+/g, ' ').trim();
  if (name === '') return null;
  const han = /[\u3400-\u9fff]/.test(name);
  if (han) {
    name = name.replace(/\s+/g, '');
    const untitled = name.replace(TITLES, '');
    if (untitled !== '') name = untitled;
  }
  const pinyin = toPinyin(name);
  return { name, pinyin, key: pinyin.replace(/[^a-z0-9]/g, ''), han };
}
