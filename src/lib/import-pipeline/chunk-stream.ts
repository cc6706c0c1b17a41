// The file as a stream of write-ready chunks: each parsed, converted and matched only when asked for.

import { TableReader } from '../domain/import/table-reader.ts';
import type { ImportPlan, PlanProblem } from '../workers/import.api.ts';
import type { ImportChunk, RowCounts } from './convert-file.ts';
import { ProblemLog } from './problem-log.ts';
import { RowConverter, type TargetColumn } from './row-converter.ts';
import type { RowMatcher } from './upsert-index.ts';

export const CHUNK_ROWS = 5000;

export interface StreamHooks {
  onProgress?: (rowsDone: number, bytesDone: number) => void;
  isCancelled?: () => boolean;
  /** A dry run counts without keeping the rows. */
  keepRows: boolean;
}

/** What the whole file came to, once the stream is drained. */
export interface StreamOutcome {
  ok: boolean;
  cancelled: boolean;
  counts: RowCounts;
  problems: ProblemLog;
  /** Distinct values per new select column. */
  choices: Map<string, Set<string>>;
}

export class ChunkStream {
  readonly counts: RowCounts = { new: 0, updated: 0, unchanged: 0, rejected: 0 };
  private readonly problems = new ProblemLog();
  private readonly converter: RowConverter;
  private readonly reader: TableReader;
  /** The source batch being converted, and how far. */
  private batch: string[][] = [];
  private firstRow = 1;
  private at = 0;
  private ended = false;

  constructor(
    bytes: Uint8Array,
    fileName: string,
    private readonly plan: ImportPlan,
    targets: readonly (TargetColumn | null)[],
    private readonly matcher: RowMatcher | null,
    private readonly hooks: StreamHooks,
  ) {
    this.converter = new RowConverter(targets, plan.headers, this.problems, plan.onlyValid);
    this.reader = new TableReader(bytes, fileName, { ...plan.read, onProgress: hooks.onProgress, isCancelled: hooks.isCancelled });
  }

  /** The file's header shape no longer matches the plan's (known after the first chunk). */
  get shapeChanged(): boolean {
    const headers = this.reader.headers;
    return headers.length > 0 && headers.length !== this.plan.headers.length;
  }

  /** The next CHUNK_ROWS rows considered (fewer at the end), or null once the file is read. */
  next(): ImportChunk | null {
    const chunk: ImportChunk = { rows: [], updates: [] };
    let considered = 0;
    while (considered < CHUNK_ROWS) {
      if (this.at >= this.batch.length) {
        const batch = this.ended ? null : this.reader.next();
        if (!batch) {
          this.ended = true;
          break;
        }
        this.batch = batch.rows;
        this.firstRow = batch.firstRow;
        this.at = 0;
      }
      const end = Math.min(this.batch.length, this.at + CHUNK_ROWS - considered);
      this.take(chunk, end);
      considered += end - this.at;
      this.at = end;
    }
    return considered === 0 ? null : chunk;
  }

  /** Stops early: the rest of the file is not read. */
  stop(): void {
    this.reader.stop();
    this.ended = true;
    this.batch = [];
  }

  private take(chunk: ImportChunk, end: number): void {
    const { plan, matcher, counts, converter, batch, firstRow } = this;
    for (let i = this.at; i < end; i++) {
      const { cells, flawed } = converter.convert(batch[i]!, firstRow + i);
      if (flawed && plan.onlyValid) {
        counts.rejected++;
        continue;
      }
      const match = matcher ? matcher.match(cells) : null;
      if (match?.kind === 'unchanged') counts.unchanged++;
      else if (match?.kind === 'update') {
        counts.updated++;
        if (this.hooks.keepRows) chunk.updates.push({ rowId: match.rowId, cells: match.cells });
      } else {
        counts.new++;
        if (this.hooks.keepRows) chunk.rows.push(cells);
      }
    }
  }

  /** Call once `next()` returned null (or after `stop()`). */
  outcome(): StreamOutcome {
    const info = this.reader.info();
    const fileProblems: PlanProblem[] = info.problems;
    const cancelled = info.problems.some((p) => p.code === 'cancelled');
    const shapeChanged = info.ok && info.headers.length !== this.plan.headers.length;
    // File problems (shape, encoding) come first in the list; cell problems follow in row order.
    const all = new ProblemLog();
    all.addAll(fileProblems);
    if (shapeChanged) all.add({ code: 'mapping-invalid', severity: 'error' });
    all.addAll(this.problems.items);
    all.count += this.problems.count - this.problems.items.length;
    return { ok: info.ok && !shapeChanged, cancelled, counts: this.counts, problems: all, choices: this.converter.choices };
  }
}
