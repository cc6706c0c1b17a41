// Traditional → simplified Chinese through OpenCC, so 張偉 and 张伟 compare equal.
import { Converter } from 'opencc-js/t2cn';

type Convert = (text: string) => string;
let convert: Convert | undefined;
// Only strings holding a CJK ideograph go through OpenCC: it is the costly step.
const HAS_HAN = /[\u3400-\u9fff]/;

export function toSimplified(text: string): string {
  if (!HAS_HAN.test(text)) return text;
  convert ??= Converter({ from: 'hk', to: 'cn' });
  return convert(text);
}
