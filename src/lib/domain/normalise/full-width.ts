// Folding of full-width forms (ＡＢＣ１２３（）＠, ideographic space) into their ASCII twins.

const FULL_START = 0xff01;
const FULL_END = 0xff5e;
const FULL_TO_HALF = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

export function toHalfWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= FULL_START && code <= FULL_END) out += String.fromCharCode(code - FULL_TO_HALF);
    else if (code === IDEOGRAPHIC_SPACE) out += ' ';
    else out += text[i];
  }
  return out;
}
