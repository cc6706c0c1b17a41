// Undo and redo over whole batches. The stack lives in the batches store, so it survives a reload.

import type { KedangDb } from '../schema.ts';
import type { BatchRecord } from '../records.ts';
import { newBatch, TouchedRows } from './batch-log.ts';
import type { BatchResult } from './cells.ts';
import { replayBatch, replayStores } from './replay.ts';

const undoable = (b: BatchRecord) => b.committed && b.kind !== 'system';

/** The latest committed user batch still done: the one undo reverts. */
function nextToUndo(db: KedangDb, workspaceId: string): Promise<BatchRecord | undefined> {
  return db.batches.where('[workspaceId+status]').equals([workspaceId, 'done']).reverse().filter(undoable).first();
}

/** The undone batch with the lowest seq: the last one undone, so the first to redo. */
function nextToRedo(db: KedangDb, workspaceId: string): Promise<BatchRecord | undefined> {
  return db.batches.where('[workspaceId+status]').equals([workspaceId, 'undone']).first();
}

async function replay(
  db: KedangDb,
  workspaceId: string,
  actor: string,
  direction: 'backward' | 'forward',
): Promise<BatchResult | null> {
  return db.transaction('rw', replayStores(db), async () => {
    const target = await (direction === 'backward' ? nextToUndo(db, workspaceId) : nextToRedo(db, workspaceId));
    if (!target) return null;
    const time = Date.now();
    // The undo/redo is logged as a system batch so the log says who undid what; system batches never enter the stack.
    const system = newBatch({ workspaceId, actor, kind: 'system', revertsBatchId: target.id }, time);
    const touched = new TouchedRows();
    system.entryCount = await replayBatch(db, target.id, {
      direction,
      time,
      record: { batchId: system.id, actor },
      touched,
    });
    await db.batches.update(target.seq!, { status: direction === 'backward' ? 'undone' : 'done' });
    await db.batches.add(system);
    return { batchId: target.id, touched: touched.list() };
  });
}

/** Reverts the latest committed user batch of the workspace; null when there is nothing to undo. */
export function undo(db: KedangDb, workspaceId: string, actor: string): Promise<BatchResult | null> {
  return replay(db, workspaceId, actor, 'backward');
}

/** Re-applies the batch undone last; null when there is nothing to redo. */
export function redo(db: KedangDb, workspaceId: string, actor: string): Promise<BatchResult | null> {
  return replay(db, workspaceId, actor, 'forward');
}

export async function canUndo(db: KedangDb, workspaceId: string): Promise<boolean> {
  return (await nextToUndo(db, workspaceId)) !== undefined;
}

export async function canRedo(db: KedangDb, workspaceId: string): Promise<boolean> {
  return (await nextToRedo(db, workspaceId)) !== undefined;
}
