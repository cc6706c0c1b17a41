// Tab-separated text as Excel and WPS put on the clipboard: quoted fields may hold tabs and newlines.

import Papa from 'papaparse';

export function toTsv(rows: string[][]): string {
  return Papa.unparse(rows, { delimiter: '\t', newline: '\r\n', quotes: false });
}

/** Fields as typed: no type guessing. Excel ends the copied block with a newline, which adds no row. */
export function parseTsv(text: string): string[][] {
  const { data } = Papa.parse<string[]>(text, { delimiter: '\t', newline: text.includes('\r\n') ? '\r\n' : '\n', dynamicTyping: false });
  const last = data[data.length - 1];
  if (last && last.length === 1 && last[0] === '') data.pop();
  return data;
}
