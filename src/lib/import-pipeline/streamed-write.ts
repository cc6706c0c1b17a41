// The import's write: chunks converted and written in turn as one batch, with the next chunk converted while
// IndexedDB stores the last; everything taken back if the import is cancelled, fails, or the file turns out unreadable.

import * as repo from '../db/repository.ts';
import type { KedangDb } from '../db/schema.ts';
import type { ImportPlan, RunResult } from '../workers/import.api.ts';
import type { ChunkStream } from './chunk-stream.ts';
import type { ImportChunk } from './convert-file.ts';
import { holdImportLock } from './import-locks.ts';
import type { ResolvedColumns } from './plan-columns.ts';
import type { ProgressClock } from './progress-clock.ts';

/** New select columns get their values as choices, unless there are so many that it is not a choice. */
const MAX_CHOICES = 200;
/** Chunks written at once: one being stored while the next is queued behind it, never more held in memory. */
const IN_FLIGHT = 2;

export interface StreamedWrite {
  db: KedangDb;
  plan: ImportPlan;
  resolved: ResolvedColumns;
  stream: ChunkStream;
  /** The first chunk, read before anything was created so an unreadable file writes nothing. */
  first: ImportChunk;
  actor: string;
  isCancelled: () => boolean;
  clock: ProgressClock;
  /** Fraction of the file read so far (0..1), for the estimate of rows to come. */
  readFraction: () => number;
  /** Tells the readers what changed: the table written into, whether the table list or columns changed. */
  publish: (tableId: string, tableListChanged: boolean, schema: boolean) => void;
}

class Cancelled extends Error {}

class FileProblems extends Error {}

export async function writeStreamed(w: StreamedWrite): Promise<RunResult> {
  const { db, plan, resolved, stream } = w;
  const createdTable = plan.target.kind === 'new';
  const tableId = plan.target.kind === 'new' ? crypto.randomUUID() : plan.target.tableId;
  // The batch comes first and the schema is written into it: cancelling, a failure, a tab closed mid-import or
  // undoing the import later all take the new table and columns back with the rows.
  const batchId = await repo.beginImportBatch(db, { workspaceId: plan.workspaceId, actor: w.actor, tableId });
  let release = () => {};
  await holdImportLock(batchId, new Promise<void>((resolve) => (release = resolve)));
  const inFlight: { written: Promise<unknown>; rows: number }[] = [];
  let stored = 0;
  const settleOldest = async () => {
    const oldest = inFlight.shift()!;
    await oldest.written;
    stored += oldest.rows;
  };
  try {
    await createSchema(db, plan, resolved, tableId, { actor: w.actor, batchId });
    for (let chunk: ImportChunk | null = w.first; chunk; chunk = stream.next()) {
      if (w.isCancelled()) throw new Cancelled();
      // The requests are issued now; converting the next chunk overlaps with IndexedDB storing this one.
      const written = repo.writeImportChunk(db, batchId, { tableId, rows: chunk.rows, updates: chunk.updates, clean: true });
      written.catch(() => undefined); // awaited below; this only keeps a failure from being reported as unhandled meanwhile
      inFlight.push({ written, rows: chunk.rows.length + chunk.updates.length });
      if (inFlight.length < IN_FLIGHT) continue;
      await settleOldest();
      const fraction = w.readFraction();
      w.clock.writing(stored, fraction > 0 ? Math.max(stored, Math.round(stored / fraction)) : stored);
    }
    while (inFlight.length > 0) await settleOldest();
    const outcome = stream.outcome();
    if (outcome.cancelled || w.isCancelled()) throw new Cancelled();
    if (!outcome.ok) throw new FileProblems();
    await setChoices(db, resolved, outcome.choices, { actor: w.actor, batchId });
    w.clock.writing(stored, stored, true);
    await repo.commitImportBatch(db, batchId);
    w.publish(tableId, createdTable, resolved.newColumns.length > 0);
    const { new: rowsImported, updated: rowsUpdated, rejected: rowsRejected } = outcome.counts;
    return { ok: true, batchId, tableId, rowsImported, rowsUpdated, rowsRejected };
  } catch (error) {
    stream.stop();
    await Promise.allSettled(inFlight.map((f) => f.written));
    // Each chunk is its own transaction; what earlier chunks stored is taken back here, outside them.
    await repo.cancelImportBatch(db, batchId);
    w.publish(tableId, createdTable, true);
    if (error instanceof Cancelled) return { ok: false, cancelled: true, problems: [] };
    if (error instanceof FileProblems) return { ok: false, cancelled: false, problems: stream.outcome().problems.items };
    const value = error instanceof Error ? error.name : String(error);
    return { ok: false, cancelled: false, problems: [{ code: 'write-failed', severity: 'error', value }] };
  } finally {
    release();
  }
}

/** Creates the new table or the new columns, in the import's batch. Choices are set once the file is read. */
async function createSchema(db: KedangDb, plan: ImportPlan, resolved: ResolvedColumns, tableId: string, writer: repo.SchemaWriter): Promise<void> {
  if (plan.target.kind === 'new') {
    await repo.createTable(db, { id: tableId, workspaceId: plan.workspaceId, name: plan.target.tableName, columns: resolved.newColumns }, writer);
    return;
  }
  for (const column of resolved.newColumns) await repo.addColumn(db, tableId, column, writer);
}

async function setChoices(db: KedangDb, resolved: ResolvedColumns, choices: Map<string, Set<string>>, writer: repo.SchemaWriter): Promise<void> {
  const patches = resolved.newColumns.flatMap((column) => {
    const seen = choices.get(column.id);
    return seen && seen.size <= MAX_CHOICES ? [{ columnId: column.id, patch: { choices: [...seen] } }] : [];
  });
  await repo.updateColumns(db, patches, writer);
}
