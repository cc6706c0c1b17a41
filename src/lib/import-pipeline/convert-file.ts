// One pass over the whole file (the dry run): every row converted, matched (for upserts) and counted.

import type { CellValue, RowId } from '../domain/types.ts';
import type { ImportPlan } from '../workers/import.api.ts';
import { ChunkStream } from './chunk-stream.ts';
import type { ProblemLog } from './problem-log.ts';
import type { TargetColumn } from './row-converter.ts';
import type { RowMatcher } from './upsert-index.ts';

export { CHUNK_ROWS } from './chunk-stream.ts';

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
  upsert: RowMatcher | null,
  hooks: ConvertHooks,
): ConvertedFile {
  const stream = new ChunkStream(bytes, fileName, plan, targets, upsert, { ...hooks, keepRows: hooks.keepChunks });
  const chunks: ImportChunk[] = [];
  for (let chunk = stream.next(); chunk; chunk = stream.next()) if (hooks.keepChunks) chunks.push(chunk);
  return { ...stream.outcome(), chunks };
}

