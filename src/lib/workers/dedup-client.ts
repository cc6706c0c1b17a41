// Starts the dedup worker and returns its typed Comlink proxy; a stuck run is cancelled by ending the worker.

import * as Comlink from 'comlink';
import type { DedupApi, DedupRunProgress } from './dedup.api.ts';

export type DedupRemote = Comlink.Remote<DedupApi>;

export interface DedupClient {
  api: DedupRemote;
  /** Ends the worker at once (comparison runs without yielding, so a cancel message would wait for it). */
  terminate(): void;
}

export function startDedupWorker(): DedupClient {
  const worker = new Worker(new URL('../../../workers/dedup.worker.ts', import.meta.url), { type: 'module', name: 'kedang-dedup' });
  return { api: Comlink.wrap<DedupApi>(worker), terminate: () => worker.terminate() };
}

export function progressCallback(fn: (progress: DedupRunProgress) => void): (progress: DedupRunProgress) => void {
  return Comlink.proxy(fn);
}
