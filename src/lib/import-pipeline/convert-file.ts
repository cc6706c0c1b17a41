// One pass over the file: every row converted, matched (for upserts) and cut into chunks ready to write.

import { readTable } from '../domain/import/read-table.ts';
import type { CellValue, RowId } from '../domain/types.ts';
import type { ImportPlan, PlanProblem } from '../workers/import.api.ts';
import { ProblemLog } from './problem-log.ts';
import { RowConverter, type TargetColumn } from './row-converter.ts';
import type { UpsertIndex } from './upsert-index.ts';

export const CHUNK_ROWS = 5000;

export interface ImportChunk {
  rows: Record<string, CellValue>[];
  updates: { rowId: RowId; cells: Record<string, CellValue> }[];
}

export interface RowCounts {
  new: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface ConvertedFile {
  ok: boolean;
  cancelled: boolean;
  chunks: ImportChunk[];
  counts: RowCounts;
  problems: ProblemLog;
  /** Distinct values per new select column. */
  choices: Map<string, Set<string>>;
}

export interface ConvertHooks {
  onProgress?: (rowsDone: number, bytesDone: number) => void;
  isCancelled?: () => boolean;
  /** A dry run counts without keeping the chunks. */
  keepChunks: boolean;
}

export function convertFile(
  bytes: Uint8Array,
  fileName: string,
  plan: ImportPlan,
  targets: readonly (TargetColumn | null)[],
  upsert: UpsertIndex | null,
  hooks: ConvertHooks,
): ConvertedFile {
  const problems = new ProblemLog();
  const converter = new RowConverter(targets, plan.headers, problems, plan.onlyValid);
  const counts: RowCounts = { new: 0, updated: 0, unchanged: 0, rejected: 0 };
  const chunks: ImportChunk[] = [];
  let chunk: ImportChunk = { rows: [], updates: [] };
  let inChunk = 0;
  const info = readTable(bytes, fileName, {
    ...plan.read,
    onProgress: hooks.onProgress,
    isCancelled: hooks.isCancelled,
    onRows: (rows, firstRow) => {
      for (const [i, raw] of rows.entries()) {
        const { cells, flawed } = converter.convert(raw, firstRow + i);
        if (flawed && plan.onlyValid) {
          counts.rejected++;
          continue;
        }
        const match = upsert ? upsert.match(cells) : ({ kind: 'new' } as const);
        if (match.kind === 'unchanged') counts.unchanged++;
        else if (match.kind === 'update') {
          counts.updated++;
          if (hooks.keepChunks) chunk.updates.push({ rowId: match.rowId, cells: match.cells });
        } else {
          counts.new++;
          if (hooks.keepChunks) chunk.rows.push(cells);
        }
        if (++inChunk >= CHUNK_ROWS) {
          if (hooks.keepChunks) chunks.push(chunk);
          chunk = { rows: [], updates: [] };
          inChunk = 0;
        }
      }
      return true;
    },
  });
  if (hooks.keepChunks && inChunk > 0) chunks.push(chunk);
  const fileProblems: PlanProblem[] = info.problems;
  const cancelled = info.problems.some((p) => p.code === 'cancelled');
  const shapeChanged = info.ok && info.headers.length !== plan.headers.length;
  // File problems (shape, encoding) come first in the list; cell problems follow in row order.
  const all = new ProblemLog();
  all.addAll(fileProblems);
  if (shapeChanged) all.add({ code: 'mapping-invalid', severity: 'error' });
  all.addAll(problems.items);
  all.count += problems.count - problems.items.length;
  return { ok: info.ok && !shapeChanged, cancelled, chunks, counts, problems: all, choices: converter.choices };
}

