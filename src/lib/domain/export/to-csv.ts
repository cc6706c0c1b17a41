// Writes rows as CSV bytes Excel and WPS open correctly: UTF-8 with a BOM or GB18030, formulas neutralised.

import type { CellValue } from '../types.ts';
import { cellValueText, type CellTextOptions } from './cell-text.ts';
import { neutraliseFormula } from './formula-guard.ts';
import { encodeGb18030 } from './gb18030-encode.ts';

export type CsvEncoding = 'utf-8-bom' | 'utf-8' | 'gb18030';

export interface CsvOptions extends CellTextOptions {
  encoding?: CsvEncoding;
  delimiter?: string;
  /** Line ending; CRLF by default, as Excel writes. */
  newline?: '\r\n' | '\n';
}

export function toCsvText(headers: readonly string[], rows: readonly (readonly (CellValue | undefined)[])[], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const newline = options.newline ?? '\r\n';
  const lines: string[] = [headers.map((h) => quote(neutraliseFormula(h), delimiter)).join(delimiter)];
  for (const row of rows) {
    let line = '';
    for (let c = 0; c < headers.length; c++) {
      const value = row[c];
      // Numbers are numbers: a stored -1234.5 is never mistaken for a formula.
      const text = typeof value === 'number' ? cellValueText(value, options) : neutraliseFormula(cellValueText(value, options));
      line += (c === 0 ? '' : delimiter) + quote(text, delimiter);
    }
    lines.push(line);
  }
  return lines.join(newline) + newline;
}

export function toCsv(headers: readonly string[], rows: readonly (readonly (CellValue | undefined)[])[], options: CsvOptions = {}): Uint8Array {
  const text = toCsvText(headers, rows, options);
  const encoding = options.encoding ?? 'utf-8-bom';
  if (encoding === 'gb18030') return encodeGb18030(text);
  const body = new TextEncoder().encode(text);
  if (encoding === 'utf-8') return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

function quote(text: string, delimiter: string): string {
  let needs = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === '\n' || ch === '\r' || ch === delimiter) {
      needs = true;
      break;
    }
  }
  if (!needs && text.length > 0 && (text[0] === ' ' || text[text.length - 1] === ' ')) needs = true;
  return needs ? `"${text.replace(/"/g, '""')}"` : text;
}
