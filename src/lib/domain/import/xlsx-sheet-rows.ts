// Reads the rows of one xlsx sheet as strings, a window of the sheet's XML at a time.
// Hand-written because SheetJS, our xlsx library, builds a cell object for every cell of the whole sheet before
// returning any (4–8 s and hundreds of MB for 100k × 14 cells) and offers no row-by-row reading of xlsx.

import { problem, type ImportProblem } from './problems.ts';
import { errorText, isoCellText, isPlainNumberText, numberText, serialDateText } from './sheet-cell-text.ts';
import { columnOf, columnOfLetters, elementText, isSpace, isTagNameEnd, lastIndexOfAscii, rowAttribute, sheetDataRange } from './sheet-xml-scan.ts';
import type { RawCellProblem, SheetReadLimits } from './sheet-reader.ts';
import { NumberShape, readNumberShapes, readPartBytes, readSharedStrings, richText, type XlsxPackage } from './xlsx-package.ts';
import { unescapeXml } from './xml-text.ts';

export interface SheetRowBatch {
  rows: string[][];
  /** Share of the sheet's XML read, 0 to 1. */
  progress: number;
}

export interface SheetOutcome {
  problems: ImportProblem[];
  cellProblems: RawCellProblem[];
}

/** Bytes of sheet XML decoded and scanned at a time (cut back to the last whole row). */
const WINDOW_BYTES = 4 * 1024 * 1024;
const MAX_PRECISION_PROBLEMS = 100;

/** Yields the sheet's non-empty rows about `batchRows` at a time; throws when the sheet part is missing. */
export function* xlsxSheetBatches(
  pkg: XlsxPackage,
  sheetPath: string,
  limits: SheetReadLimits,
  batchRows: number,
  windowBytes = WINDOW_BYTES,
): Generator<SheetRowBatch, SheetOutcome> {
  const xml = readPartBytes(pkg, sheetPath);
  if (!xml) throw new Error('sheet part missing');
  const data = sheetDataRange(xml);
  const scanner = new RowScanner(readSharedStrings(pkg), readNumberShapes(pkg), pkg.date1904, limits, data?.prefix ?? '');
  if (data) {
    const rowClose = `</${data.prefix}row>`;
    const decoder = new TextDecoder('utf-8');
    let pos = data.start;
    let window = windowBytes;
    while (pos < data.end && !scanner.stopped) {
      let end = Math.min(data.end, pos + window);
      if (end < data.end) {
        const cut = lastIndexOfAscii(xml, rowClose, end - rowClose.length, pos);
        // A single row longer than the window: read a wider one.
        if (cut < 0) {
          window *= 2;
          continue;
        }
        end = cut + rowClose.length;
      }
      scanner.scan(decoder.decode(xml.subarray(pos, end)));
      pos = end;
      if (scanner.rows.length >= batchRows) yield { rows: scanner.takeRows(), progress: pos / xml.length };
    }
  }
  if (scanner.rows.length > 0) yield { rows: scanner.takeRows(), progress: 1 };
  return scanner.outcome();
}

class RowScanner {
  rows: string[][] = [];
  stopped = false;
  // The tags as this sheet writes them, with its namespace prefix if any.
  private readonly rowOpen: string;
  private readonly rowClose: string;
  private readonly cellOpen: string;
  private readonly cellClose: string;
  private readonly valueOpen: string;
  private readonly valueClose: string;
  /** The usual cell, `<c r="B2" s="1" t="s"><v>7</v></c>`, read by one regular expression; anything else by hand. */
  private readonly plainCell: RegExp;
  private emitted = 0;
  private rowNumber = 0;
  private tooWide = 0;
  private tooManyRows = false;
  private precisionLost = 0;
  private readonly cellProblems: RawCellProblem[] = [];
  // The cell tag being read: its column (-1 when it names none), type and style.
  private col = -1;
  private type = '';
  private style = 0;

  constructor(
    private readonly strings: readonly string[],
    private readonly shapes: Uint8Array,
    private readonly date1904: boolean,
    private readonly limits: SheetReadLimits,
    private readonly prefix: string,
  ) {
    this.rowOpen = `<${prefix}row`;
    this.rowClose = `</${prefix}row>`;
    this.cellOpen = `<${prefix}c`;
    this.cellClose = `</${prefix}c>`;
    this.valueOpen = `<${prefix}v`;
    this.valueClose = `</${prefix}v>`;
    const q = prefix.replace(/[.-]/g, '\\$&');
    this.plainCell = new RegExp(
      `<${q}c r="([A-Z]{1,3})\\d+"(?: s="(\\d+)")?(?: t="([a-zA-Z]+)")?(?:/>|>(?:<${q}f>[^<]*</${q}f>)?<${q}v>([^<]*)</${q}v></${q}c>)`,
      'y',
    );
  }

  takeRows(): string[][] {
    const rows = this.rows;
    this.rows = [];
    return rows;
  }

  outcome(): SheetOutcome {
    const problems: ImportProblem[] = [];
    const { maxColumns, maxRows } = this.limits;
    if (this.tooWide > 0) problems.push(problem('too-many-columns', { limit: maxColumns, value: String(this.tooWide) }));
    if (this.tooManyRows) problems.push(problem('too-many-rows', { limit: maxRows }));
    return { problems, cellProblems: this.cellProblems };
  }

  /** Reads the whole rows in `text`. */
  scan(text: string): void {
    const { rowOpen, rowClose } = this;
    let p = 0;
    while (!this.stopped) {
      const rs = text.indexOf(rowOpen, p);
      if (rs < 0) return;
      const after = text.charCodeAt(rs + rowOpen.length);
      if (!isTagNameEnd(after)) {
        p = rs + rowOpen.length;
        continue;
      }
      const tagEnd = text.indexOf('>', rs);
      if (tagEnd < 0) return;
      const numbered = rowAttribute(text, rs + rowOpen.length, tagEnd);
      this.rowNumber = numbered > 0 ? numbered : this.rowNumber + 1;
      if (text.charCodeAt(tagEnd - 1) === 47) {
        p = tagEnd + 1;
        continue;
      }
      let re = text.indexOf(rowClose, tagEnd);
      if (re < 0) re = text.length;
      this.readRow(text, tagEnd + 1, re);
      p = re + rowClose.length;
    }
  }

  private readRow(text: string, from: number, to: number): void {
    const { cellOpen, cellClose } = this;
    const { maxColumns, maxRows } = this.limits;
    const row: string[] = [];
    let filled = false;
    let lastCol = -1;
    let p = from;
    for (;;) {
      const cs = text.indexOf(cellOpen, p);
      if (cs < 0 || cs >= to) break;
      if (!isTagNameEnd(text.charCodeAt(cs + cellOpen.length))) {
        p = cs + cellOpen.length;
        continue;
      }
      let col: number;
      let value: string | null;
      const plain = this.plainCell;
      plain.lastIndex = cs;
      const m = plain.exec(text);
      if (m !== null && plain.lastIndex <= to) {
        col = columnOfLetters(m[1]!);
        this.style = m[2] === undefined ? 0 : parseInt(m[2], 10);
        this.type = m[3] ?? 'n';
        p = plain.lastIndex;
        value = this.valueText(m[4] ?? null, col);
      } else {
        const te = text.indexOf('>', cs);
        if (te < 0 || te >= to) break;
        const selfClosed = text.charCodeAt(te - 1) === 47;
        this.readCellTag(text, cs + cellOpen.length, selfClosed ? te - 1 : te);
        col = this.col >= 0 ? this.col : lastCol + 1;
        let ce = te + 1;
        if (!selfClosed) {
          ce = text.indexOf(cellClose, te);
          if (ce < 0 || ce > to) ce = to;
        }
        p = selfClosed ? te + 1 : ce + cellClose.length;
        value = this.cellValue(text, te + 1, selfClosed ? te + 1 : ce, col);
      }
      lastCol = col;
      if (value === null) continue;
      if (this.rowNumber > maxRows) {
        this.tooManyRows = true;
        this.stopped = true;
        return;
      }
      if (col >= maxColumns) {
        if (col + 1 > this.tooWide) this.tooWide = col + 1;
        continue;
      }
      while (row.length < col) row.push('');
      row[col] = value;
      if (value !== '') filled = true;
    }
    if (filled) {
      this.rows.push(row);
      this.emitted++;
    }
  }

  /** The cell's text, or null for a cell holding no value (a styled blank). */
  private cellValue(text: string, from: number, to: number, col: number): string | null {
    if (this.type === 'inlineStr') return richText(text, from, to, this.prefix);
    return this.valueText(elementText(text, this.valueOpen, this.valueClose, from, to), col);
  }

  /** The text of a cell of the current type whose `<v>` holds `raw` (null: no `<v>`). */
  private valueText(raw: string | null, col: number): string | null {
    const type = this.type;
    if (raw === null || raw === '') return type === 'str' ? '' : null;
    switch (type) {
      case 's':
        return this.strings[parseInt(raw, 10)] ?? '';
      case 'str':
        return unescapeXml(raw).replace(/\r\n/g, '\n');
      case 'b':
        return raw === '1' || raw === 'true' ? 'TRUE' : 'FALSE';
      case 'e': {
        const value = errorText(unescapeXml(raw).trim());
        this.cellProblems.push({ code: 'formula-error', rawRow: this.emitted, col, value });
        return value;
      }
      case 'd':
        return isoCellText(unescapeXml(raw).trim());
      default:
        return this.numberCell(raw, col);
    }
  }

  private numberCell(raw: string, col: number): string {
    const shape = this.shapes[this.style] ?? NumberShape.Plain;
    // Most numbers are written as Excel shows them (13900000000, 0.5): the text is already the answer.
    if (shape === NumberShape.Plain && isPlainNumberText(raw)) return raw;
    const v = parseFloat(raw);
    if (Number.isNaN(v)) return raw.trim();
    if (shape === NumberShape.Date) return serialDateText(v, this.date1904);
    const text = numberText(v, shape === NumberShape.Percent ? '%' : undefined);
    if (Math.abs(v) > Number.MAX_SAFE_INTEGER && this.precisionLost++ < MAX_PRECISION_PROBLEMS) {
      this.cellProblems.push({ code: 'number-precision-lost', rawRow: this.emitted, col, value: text });
    }
    return text;
  }

  /** Reads r (as a column), t and s from the attributes between `from` and `to`. */
  private readCellTag(text: string, from: number, to: number): void {
    this.col = -1;
    this.type = 'n';
    this.style = 0;
    let p = from;
    while (p < to) {
      while (p < to && isSpace(text.charCodeAt(p))) p++;
      const nameStart = p;
      while (p < to && text.charCodeAt(p) !== 61 && !isSpace(text.charCodeAt(p))) p++;
      const nameEnd = p;
      while (p < to && text.charCodeAt(p) !== 34 && text.charCodeAt(p) !== 39) p++;
      if (p >= to) return;
      const quote = text.charCodeAt(p);
      const valueStart = p + 1;
      let valueEnd = valueStart;
      while (valueEnd < to && text.charCodeAt(valueEnd) !== quote) valueEnd++;
      p = valueEnd + 1;
      if (nameEnd - nameStart !== 1) continue;
      const name = text.charCodeAt(nameStart);
      if (name === 114) this.col = columnOf(text, valueStart, valueEnd); // r
      else if (name === 116) this.type = text.slice(valueStart, valueEnd); // t
      else if (name === 115) this.style = parseInt(text.slice(valueStart, valueEnd), 10) || 0; // s
    }
  }
}
