// Delimited text (CSV, TSV, TXT) to rows of strings with PapaParse: no typing, no header objects.

import Papa from 'papaparse';

export const DELIMITERS_TO_GUESS = [',', '\t', ';', '|'];
const DELIMITER_SAMPLE_CHARS = 64 * 1024;
export const DEFAULT_CHUNK_CHARS = 4 * 1024 * 1024;

export function detectDelimiter(text: string, fallback = ','): string {
  const sample = text.slice(0, DELIMITER_SAMPLE_CHARS);
  const result = Papa.parse<string[]>(sample, {
    preview: 50,
    dynamicTyping: false,
    skipEmptyLines: 'greedy',
    delimitersToGuess: DELIMITERS_TO_GUESS,
  });
  const guessed = result.meta.delimiter;
  // Papa falls back to ',' when nothing repeats; a .tsv file knows better.
  const found = result.errors.some((e) => e.code === 'UndetectableDelimiter');
  return found || !guessed ? fallback : guessed;
}

export interface DelimitedBatchHandler {
  /** Rows of one chunk and how many characters of the text are consumed; return false to stop. */
  (rows: string[][], charsDone: number): boolean;
}

export interface QuoteProblem {
  /** 0-based index of the raw row (before header removal). */
  rawRow: number;
}

/**
 * Parses the text in chunks (header:false, so a `__proto__` header survives as a plain string)
 * and hands each chunk's rows on. Returns the rows whose quotes were malformed.
 */
export function parseDelimited(text: string, delimiter: string, onBatch: DelimitedBatchHandler, chunkChars = DEFAULT_CHUNK_CHARS): QuoteProblem[] {
  const quoteProblems: QuoteProblem[] = [];
  let rowsBefore = 0;
  // Chunked parsing of a string is synchronous in PapaParse, though its typings only admit it for files.
  const config = {
    delimiter,
    dynamicTyping: false,
    skipEmptyLines: 'greedy' as const,
    chunkSize: chunkChars,
    chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
      for (const e of results.errors) {
        if (e.type === 'Quotes' && typeof e.row === 'number') quoteProblems.push({ rawRow: rowsBefore + e.row });
      }
      rowsBefore += results.data.length;
      if (!onBatch(results.data, results.meta.cursor)) parser.abort();
    },
  };
  Papa.parse<string[]>(text, config as Papa.ParseConfig<string[]>);
  return quoteProblems;
}
