// Web Locks naming a running import, so a tab opening the database can tell a running import from a crashed one.

const PREFIX = 'kedang-import:';

interface LockManagerLike {
  request(name: string, callback: () => Promise<void>): Promise<void>;
  query(): Promise<{ held?: { name?: string }[] }>;
}

function lockManager(): LockManagerLike | null {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks ?? null;
}

/** Holds the import's lock until `released` settles; resolves once the lock is held. */
export async function holdImportLock(batchId: string, released: Promise<unknown>): Promise<void> {
  const locks = lockManager();
  if (!locks) return;
  await new Promise<void>((held) => {
    void locks.request(PREFIX + batchId, async () => {
      held();
      await released.catch(() => undefined);
    });
  });
}

/** The batch ids of imports running now, in this tab or another. */
export async function runningImportIds(): Promise<Set<string>> {
  const locks = lockManager();
  if (!locks) return new Set();
  const { held = [] } = await locks.query();
  return new Set(held.flatMap((l) => (l.name?.startsWith(PREFIX) ? [l.name.slice(PREFIX.length)] : [])));
}
