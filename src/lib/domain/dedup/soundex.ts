// American Soundex of a Latin word (robert → R163): the blocking key that lets misspelt surnames meet.

const CODES: Record<string, string> = {
  b: '1', f: '1', p: '1', v: '1',
  c: '2', g: '2', j: '2', k: '2', q: '2', s: '2', x: '2', z: '2',
  d: '3', t: '3', l: '4', m: '5', n: '5', r: '6',
};

export function soundex(word: string): string {
  const letters = word.toLowerCase().replace(/[^a-z]/g, '');
  const first = letters[0];
  if (first === undefined) return '';
  let code = first.toUpperCase();
  let previous = CODES[first] ?? '';
  for (let i = 1; i < letters.length && code.length < 4; i++) {
    const letter = letters[i] ?? '';
    const digit = CODES[letter] ?? '';
    if (digit !== '' && digit !== previous) code += digit;
    // h and w do not separate two equal codes; vowels do.
    if (letter !== 'h' && letter !== 'w') previous = digit;
  }
  return code.padEnd(4, '0');
}
