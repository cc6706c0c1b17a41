// Yes/no cells: 是/否, true/false, 1/0, ✓/✗, Y/N and their neighbours.

import { toHalfWidth } from '../normalise/full-width.ts';

const TRUE_WORDS = new Set(['是', '对', '有', '已', '真', 'true', 'yes', 'y', '1', '✓', '✔', '√', 'x', '☑', 'on', 't']);
// '×' is the Chinese "wrong" mark, unlike the letter x ticked into a box.
const FALSE_WORDS = new Set(['否', '不', '无', '没有', '未', '假', 'false', 'no', 'n', '0', '✗', '✘', '×', '☐', 'off', 'f']);

export function parseCheckbox(raw: string): boolean | null {
  const s = toHalfWidth(raw).trim().toLowerCase();
  if (TRUE_WORDS.has(s)) return true;
  if (FALSE_WORDS.has(s)) return false;
  return null;
}
