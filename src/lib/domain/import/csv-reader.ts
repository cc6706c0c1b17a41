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

export interface DelimitedBatch {
  rows: string[][];
  /** How many characters of the text are consumed. */
  charsDone: number;
}

export interface QuoteProblem {
  /** 0-based index of the raw row (before header removal). */
  rawRow: number;
}

/**
 * Parses the text in chunks (header:false, so a `__proto__` header survives as a plain string) and yields
 * each chunk's rows, pausing PapaParse in between so the caller can write a chunk before the next is parsed.
 * Returns the rows whose quotes were malformed.
 */
export function* delimitedBatches(text: string, delimiter: string, chunkChars = DEFAULT_CHUNK_CHARS): Generator<DelimitedBatch, QuoteProblem[]> {
  const quoteProblems: QuoteProblem[] = [];
  let rowsBefore = 0;
  let pending: DelimitedBatch | null = null;
  let parser: Papa.Parser | null = null;
  // Chunked parsing of a string is synchronous in PapaParse (pause/resume included), though its typings only admit it for files.
  const config = {
    delimiter,
    dynamicTyping: false,
    skipEmptyLines: 'greedy' as const,
    chunkSize: chunkChars,
    chunk(results: Papa.ParseResult<string[]>, handle: Papa.Parser) {
      for (const e of results.errors) {
        if (e.type === 'Quotes' && typeof e.row === 'number') quoteProblems.push({ rawRow: rowsBefore + e.row });
      }
      rowsBefore += results.data.length;
      pending = { rows: results.data, charsDone: results.meta.cursor };
      parser = handle;
      handle.pause();
    },
  };
  Papa.parse<string[]>(text, config as Papa.ParseConfig<string[]>);
  while (pending) {
    const batch: DelimitedBatch = pending;
    pending = null;
    yield batch;
    // Resuming parses the next chunk synchronously, which pauses again in `chunk`; after the last chunk nothing is pending.
    (parser as Papa.Parser | null)?.resume();
  }
  return quoteProblems;
}
