// An ImportService on fake-indexeddb, generated CSV files, and a snapshot of the whole database to compare.

import { ImportService } from '../../../src/lib/import-pipeline/import-service.ts';
import type { FeedMessage } from '../../../src/lib/engine/change-feed.ts';
import type { ColumnMapping, ImportPlan, ImportTarget } from '../../../src/lib/workers/import.api.ts';
import type { ImportPreview } from '../../../src/lib/domain/import/preview.ts';
import type { KedangDb } from '../../../src/lib/db/schema.ts';
import { openTestDb, type Fixture } from '../db/test-db.ts';
import { allRows } from '../db/stored-rows.ts';

export function serviceFor(fx: Fixture): { service: ImportService; messages: FeedMessage[] } {
  const messages: FeedMessage[] = [];
  const service = new ImportService({ openDb: () => openTestDb(fx.name), publish: (_, m) => messages.push(m), actor: 'li', progressIntervalMs: 0 });
  return { service, messages };
}

export function csvBytes(headers: string[], rows: string[][]): ArrayBuffer {
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const text = [headers, ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
  return new TextEncoder().encode(text).buffer as ArrayBuffer;
}

/** `count` customers: 姓名, 电话 (distinct mobiles), 金额. */
export function customerRows(count: number, from = 0): string[][] {
  return Array.from({ length: count }, (_, i) => [`客户${from + i}`, `139${String(from + i).padStart(8, '0')}`, `${(from + i) % 1000}.50`]);
}

/** New columns with the types the preview detected. */
export function newColumnsMapping(preview: ImportPreview): ColumnMapping[] {
  return preview.headers.map((name, i) => ({ kind: 'new', name, type: preview.columnTypes[i] ?? 'text' }));
}

/** The preview's suggestions: matched headers to their column, the rest skipped. */
export function suggestedMapping(preview: ImportPreview): ColumnMapping[] {
  return preview.mapping.map((m) => (m.columnId ? { kind: 'existing', columnId: m.columnId } : { kind: 'skip' }));
}

export function planFor(fx: Fixture, preview: ImportPreview, target: ImportTarget, mapping: ColumnMapping[], onlyValid = true): ImportPlan {
  return { dbName: fx.name, workspaceId: fx.workspaceId, read: {}, headers: preview.headers, target, mapping, onlyValid };
}

/** Everything stored, minus the order-only fields, to prove a cancelled import left no trace. */
export async function snapshot(db: KedangDb) {
  return {
    tables: await db.tableMetas.toArray(),
    columns: await db.columns.toArray(),
    rows: await allRows(db),
    history: await db.history.toArray(),
    batches: await db.batches.toArray(),
  };
}
