// The import worker's implementation: preview, dry run and the chunked, single-batch, cancellable import.

import * as repo from '../db/repository.ts';
import type { KedangDb } from '../db/schema.ts';
import { previewImport, type ImportPreview } from '../domain/import/preview.ts';
import type { DryRunResult, DuplicateCheck, ImportApi, ImportPlan, ImportProgress, PlanProblem, PreviewRequest, RunResult } from '../workers/import.api.ts';
import { ChunkStream } from './chunk-stream.ts';
import { convertFile, type ConvertedFile } from './convert-file.ts';
import { importMessages, type Publish } from './import-feed.ts';
import { IncomingDuplicateFinder } from './incoming-duplicates.ts';
import { resolveColumns, targetColumns, type ResolvedColumns } from './plan-columns.ts';
import { ProgressClock } from './progress-clock.ts';
import { writeStreamed } from './streamed-write.ts';
import { UpsertIndex, type RowMatcher } from './upsert-index.ts';

export interface ImportServiceDeps {
  openDb: (dbName: string) => KedangDb;
  publish: Publish;
  actor?: string;
  /** Least time between progress reports (default 100 ms); tests that act on each chunk's report pass 0. */
  progressIntervalMs?: number;
}

interface Prepared {
  db: KedangDb;
  file: { bytes: Uint8Array; fileName: string };
  resolved: ResolvedColumns;
  upsert: RowMatcher | null;
  /** For an append with duplicate decisions: what the check against the table found. */
  duplicates?: DuplicateCheck;
}

export class ImportService implements ImportApi {
  private file: { bytes: Uint8Array; fileName: string } | null = null;
  private cancelRequested = false;
  private readonly dbs = new Map<string, KedangDb>();
  private readonly duplicates = new IncomingDuplicateFinder();

  constructor(private readonly deps: ImportServiceDeps) {}

  async preview(bytes: ArrayBuffer, fileName: string, request: PreviewRequest): Promise<ImportPreview> {
    this.file = { bytes: new Uint8Array(bytes), fileName };
    const columns = request.tableId ? await repo.getColumns(this.db(request.dbName), request.tableId) : [];
    return previewImport(this.file.bytes, fileName, {
      ...readOptions(request),
      columns: columns.filter((c) => c.type !== 'link'),
    });
  }

  async dryRun(plan: ImportPlan): Promise<DryRunResult> {
    const prepared = await this.prepare(plan, 'dry');
    if ('code' in prepared) return { ok: false, new: 0, updated: 0, unchanged: 0, rejected: 0, problems: [prepared], problemCount: 1 };
    const converted = this.convert(prepared, plan, { keepChunks: false });
    const duplicates = prepared.duplicates && { duplicates: prepared.duplicates };
    return { ok: converted.ok, ...converted.counts, problems: converted.problems.items, problemCount: converted.problems.count, ...duplicates };
  }

  async run(plan: ImportPlan, onProgress: (progress: ImportProgress) => void): Promise<RunResult> {
    this.cancelRequested = false;
    const prepared = await this.prepare(plan);
    if ('code' in prepared) return { ok: false, cancelled: false, problems: [prepared] };
    const clock = new ProgressClock(onProgress, this.deps.progressIntervalMs);
    const isCancelled = () => this.cancelRequested;
    let readFraction = 0;
    let writing = false;
    const size = prepared.file.bytes.length;
    const stream = new ChunkStream(prepared.file.bytes, prepared.file.fileName, plan, prepared.resolved.targets, prepared.upsert, {
      keepRows: true,
      isCancelled,
      onProgress: (rows, bytesDone) => {
        readFraction = size > 0 ? Math.min(1, bytesDone / size) : 1;
        // Once writing, progress counts rows stored; switching back to 'reading' would restart the rate.
        if (!writing) clock.reading(rows, bytesDone, size);
      },
    });
    // Nothing is created before the first chunk is read: a file that cannot be read, or no longer fits the plan, writes nothing.
    const first = stream.next();
    if (stream.shapeChanged) stream.stop();
    if (!first || stream.shapeChanged) {
      const outcome = stream.outcome();
      if (outcome.cancelled || this.cancelRequested) return { ok: false, cancelled: true, problems: [] };
      if (!outcome.ok) return { ok: false, cancelled: false, problems: outcome.problems.items };
    }
    writing = true;
    return writeStreamed({
      db: prepared.db,
      plan,
      resolved: prepared.resolved,
      stream,
      first: first ?? { rows: [], updates: [] },
      actor: plan.actor ?? this.deps.actor ?? 'me',
      isCancelled,
      clock,
      readFraction: () => readFraction,
      publish: (tableId, tableListChanged, schema) => this.publish(plan, tableId, tableListChanged, schema),
    });
  }

  cancel(): void {
    this.cancelRequested = true;
  }

  private publish(plan: ImportPlan, tableId: string, tableListChanged: boolean, schema: boolean): void {
    for (const m of importMessages(plan.workspaceId, tableId, tableListChanged, schema)) this.deps.publish(plan.dbName, m);
  }

  private async prepare(plan: ImportPlan, purpose: 'dry' | 'run' = 'run'): Promise<Prepared | PlanProblem> {
    if (!this.file) return { code: 'no-file', severity: 'error' };
    const db = this.db(plan.dbName);
    const resolution = resolveColumns(plan, await targetColumns(db, plan));
    if (!resolution.ok) return resolution.problem;
    const { resolved } = resolution;
    const upsert = resolved.keyColumn && resolved.tableId ? await UpsertIndex.load(db, resolved.tableId, resolved.keyColumn) : null;
    // A run matches afresh: the table may have changed since the dry run the user decided on.
    const duplicates = await this.duplicates.prepare(db, this.file, plan, resolved, {
      fresh: purpose === 'run',
      ...(purpose === 'run' && { isCancelled: () => this.cancelRequested }),
    });
    return { db, file: this.file, resolved, upsert: duplicates?.matcher ?? upsert, ...(duplicates && { duplicates: duplicates.check }) };
  }

  private convert(prepared: Prepared, plan: ImportPlan, hooks: Parameters<typeof convertFile>[5]): ConvertedFile {
    return convertFile(prepared.file.bytes, prepared.file.fileName, plan, prepared.resolved.targets, prepared.upsert, hooks);
  }

  private db(name: string): KedangDb {
    let db = this.dbs.get(name);
    if (!db) {
      db = this.deps.openDb(name);
      this.dbs.set(name, db);
    }
    return db;
  }
}

function readOptions(request: PreviewRequest) {
  return {
    ...(request.encoding && { encoding: request.encoding }),
    ...(request.sheet && { sheet: request.sheet }),
    ...(request.headerRow !== undefined && { headerRow: request.headerRow }),
  };
}
