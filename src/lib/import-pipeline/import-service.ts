// The import worker's implementation: preview, dry run and the chunked, single-batch, cancellable import.

import * as repo from '../db/repository.ts';
import type { KedangDb } from '../db/schema.ts';
import { previewImport, type ImportPreview } from '../domain/import/preview.ts';
import type { DryRunResult, ImportApi, ImportPlan, ImportProgress, PlanProblem, PreviewRequest, RunResult } from '../workers/import.api.ts';
import { convertFile, type ConvertedFile } from './convert-file.ts';
import { importMessages, type Publish } from './import-feed.ts';
import { holdImportLock } from './import-locks.ts';
import { resolveColumns, targetColumns, type ResolvedColumns } from './plan-columns.ts';
import { ProgressClock } from './progress-clock.ts';
import { UpsertIndex } from './upsert-index.ts';

/** New select columns get their values as choices, unless there are so many that it is not a choice. */
const MAX_CHOICES = 200;

export interface ImportServiceDeps {
  openDb: (dbName: string) => KedangDb;
  publish: Publish;
  actor?: string;
}

interface Prepared {
  db: KedangDb;
  file: { bytes: Uint8Array; fileName: string };
  resolved: ResolvedColumns;
  upsert: UpsertIndex | null;
}

class Cancelled extends Error {}

export class ImportService implements ImportApi {
  private file: { bytes: Uint8Array; fileName: string } | null = null;
  private cancelRequested = false;
  private readonly dbs = new Map<string, KedangDb>();

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
    const prepared = await this.prepare(plan);
    if ('code' in prepared) return { ok: false, new: 0, updated: 0, unchanged: 0, rejected: 0, problems: [prepared], problemCount: 1 };
    const converted = this.convert(prepared, plan, { keepChunks: false });
    return { ok: converted.ok, ...converted.counts, problems: converted.problems.items, problemCount: converted.problems.count };
  }

  async run(plan: ImportPlan, onProgress: (progress: ImportProgress) => void): Promise<RunResult> {
    this.cancelRequested = false;
    const prepared = await this.prepare(plan);
    if ('code' in prepared) return { ok: false, cancelled: false, problems: [prepared] };
    const clock = new ProgressClock(onProgress);
    const converted = this.convert(prepared, plan, {
      keepChunks: true,
      isCancelled: () => this.cancelRequested,
      onProgress: (rows, bytesDone) => clock.reading(rows, bytesDone, prepared.file.bytes.length),
    });
    if (converted.cancelled || this.cancelRequested) return { ok: false, cancelled: true, problems: [] };
    if (!converted.ok) return { ok: false, cancelled: false, problems: converted.problems.items };
    return this.write(prepared, plan, converted, clock);
  }

  cancel(): void {
    this.cancelRequested = true;
  }

  private async write(prepared: Prepared, plan: ImportPlan, converted: ConvertedFile, clock: ProgressClock): Promise<RunResult> {
    const { db, resolved } = prepared;
    const actor = plan.actor ?? this.deps.actor ?? 'me';
    const tableId = await createSchema(db, plan, resolved, converted.choices);
    const createdTable = plan.target.kind === 'new';
    const batchId = await repo.beginImportBatch(db, { workspaceId: plan.workspaceId, actor, tableId });
    let release = () => {};
    await holdImportLock(batchId, new Promise<void>((resolve) => (release = resolve)));
    const total = converted.counts.new + converted.counts.updated;
    let done = 0;
    try {
      for (const chunk of converted.chunks) {
        if (this.cancelRequested) throw new Cancelled();
        await repo.writeImportChunk(db, batchId, { tableId, rows: chunk.rows, updates: chunk.updates });
        done += chunk.rows.length + chunk.updates.length;
        clock.writing(done, total);
      }
      if (this.cancelRequested) throw new Cancelled();
      await repo.commitImportBatch(db, batchId);
    } catch (error) {
      // Each chunk is its own transaction; what earlier chunks stored is taken back here, outside them.
      await repo.cancelImportBatch(db, batchId);
      await repo.dropImportSchema(db, { tableId, dropTable: createdTable, columnIds: resolved.newColumns.map((c) => c.id) });
      this.publish(plan, tableId, createdTable, true);
      if (error instanceof Cancelled) return { ok: false, cancelled: true, problems: [] };
      const value = error instanceof Error ? error.name : String(error);
      return { ok: false, cancelled: false, problems: [{ code: 'write-failed', severity: 'error', value }] };
    } finally {
      release();
    }
    this.publish(plan, tableId, createdTable, resolved.newColumns.length > 0);
    const { new: rowsImported, updated: rowsUpdated, rejected: rowsRejected } = converted.counts;
    return { ok: true, batchId, tableId, rowsImported, rowsUpdated, rowsRejected };
  }

  private publish(plan: ImportPlan, tableId: string, tableListChanged: boolean, schema: boolean): void {
    for (const m of importMessages(plan.workspaceId, tableId, tableListChanged, schema)) this.deps.publish(plan.dbName, m);
  }

  private async prepare(plan: ImportPlan): Promise<Prepared | PlanProblem> {
    if (!this.file) return { code: 'no-file', severity: 'error' };
    const db = this.db(plan.dbName);
    const resolution = resolveColumns(plan, await targetColumns(db, plan));
    if (!resolution.ok) return resolution.problem;
    const { resolved } = resolution;
    const upsert = resolved.keyColumn && resolved.tableId ? await UpsertIndex.load(db, resolved.tableId, resolved.keyColumn) : null;
    return { db, file: this.file, resolved, upsert };
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

/** Creates the new table or the new columns; returns the table written into. */
async function createSchema(db: KedangDb, plan: ImportPlan, resolved: ResolvedColumns, choices: Map<string, Set<string>>): Promise<string> {
  const columns = resolved.newColumns.map((c) => {
    const seen = choices.get(c.id);
    return seen && seen.size <= MAX_CHOICES ? { ...c, choices: [...seen] } : c;
  });
  if (plan.target.kind === 'new') {
    const { table } = await repo.createTable(db, { workspaceId: plan.workspaceId, name: plan.target.tableName, columns });
    return table.id;
  }
  const tableId = plan.target.tableId;
  for (const column of columns) await repo.addColumn(db, tableId, column);
  return tableId;
}

