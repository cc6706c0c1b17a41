// Reads a file's data rows batch by batch on demand, so a caller can write each batch before the next is parsed.

import { problem, hasError } from './problems.ts';
import type { ReadTableOptions, TableInfo } from './read-table.ts';
import { TableAssembler } from './table-assembler.ts';
import { openTable, DEFAULT_MAX_ROWS, type RawBatch, type ReadExtras, type TableSource } from './table-source.ts';

/** Data rows of one batch; `firstRow` is the 1-based data-row number of rows[0]. */
export interface DataBatch {
  rows: string[][];
  firstRow: number;
}

export class TableReader {
  private readonly queue: DataBatch[] = [];
  private readonly assembler: TableAssembler | null;
  private readonly raw: Generator<RawBatch, ReadExtras> | null;
  private extras: ReadExtras = { cellProblems: [], quoteRows: [] };
  private done = false;
  private cancelled = false;
  private readonly failure: TableInfo | null;
  private readonly source: TableSource | null;

  constructor(
    private readonly bytes: Uint8Array,
    fileName: string,
    private readonly options: ReadTableOptions = {},
  ) {
    const opened = openTable(bytes, fileName, options);
    if (!opened.ok) {
      this.failure = failedInfo(opened.format, opened.problems);
      this.source = null;
      this.assembler = null;
      this.raw = null;
      this.done = true;
      return;
    }
    this.failure = null;
    this.source = opened.source;
    this.assembler = new TableAssembler(
      { headerRow: options.headerRow, warnShortRows: opened.source.sheet === null, maxRows: options.maxRows ?? DEFAULT_MAX_ROWS },
      (rows, firstRow) => {
        this.queue.push({ rows, firstRow });
        return true;
      },
    );
    this.raw = opened.source.batches();
  }

  /** The header as soon as it is known (after the first batch); empty before. */
  get headers(): string[] {
    return this.assembler?.headers ?? [];
  }

  /** The next batch of data rows, or null once the file is read (or reading stopped). */
  next(): DataBatch | null {
    while (this.queue.length === 0 && !this.done) this.pull();
    return this.queue.shift() ?? null;
  }

  /** Stops reading; `info()` then reports what was read so far. */
  stop(): void {
    if (this.assembler) this.assembler.stopped = true;
    this.done = true;
  }

  private pull(): void {
    const assembler = this.assembler!;
    if (this.options.isCancelled?.()) {
      this.cancelled = true;
      this.done = true;
      return;
    }
    const step = this.raw!.next();
    if (step.done) {
      this.extras = step.value;
      assembler.finish();
      this.done = true;
      return;
    }
    if (!assembler.push(step.value.rows)) this.done = true;
    this.options.onProgress?.(assembler.rowCount, Math.round(step.value.progress * this.bytes.length));
  }

  /** What the file turned out to be: call once `next()` returned null. */
  info(): TableInfo {
    if (this.failure) return this.failure;
    const assembler = this.assembler!;
    const source = this.source!;
    const problems = assembler.problems;
    problems.addAll(source.problems);
    if (this.cancelled) problems.add(problem('cancelled'));
    for (const c of this.extras.cellProblems) {
      const row = assembler.dataRowOf(c.rawRow);
      problems.add(problem(c.code, { ...(row !== null && { row }), column: assembler.headers[c.col] ?? `${c.col + 1}`, value: c.value }));
    }
    for (const rawRow of this.extras.quoteRows) {
      const row = assembler.dataRowOf(rawRow);
      problems.add(problem('malformed-quotes', row === null ? {} : { row }));
    }
    if (assembler.headers.length === 0 && !hasError(problems.items)) problems.add(problem('no-rows'));
    return {
      format: source.format,
      encoding: source.encoding,
      confidence: source.confidence,
      delimiter: source.delimiter,
      sheets: source.sheets,
      sheet: source.sheet,
      headerRowIndex: assembler.headerRowIndex,
      headers: assembler.headers,
      rowCount: assembler.rowCount,
      problems: problems.items,
      problemCounts: problems.counts,
      ok: !hasError(problems.items),
    };
  }
}

function failedInfo(format: TableInfo['format'], list: TableInfo['problems']): TableInfo {
  const counts: TableInfo['problemCounts'] = {};
  for (const p of list) counts[p.code] = (counts[p.code] ?? 0) + 1;
  return {
    format,
    encoding: null,
    confidence: null,
    delimiter: null,
    sheets: [],
    sheet: null,
    headerRowIndex: -1,
    headers: [],
    rowCount: 0,
    problems: list,
    problemCounts: counts,
    ok: false,
  };
}
