// Starts the import worker and returns its typed Comlink proxy; file bytes go over as transferables.

import * as Comlink from 'comlink';
import type { ImportApi, ImportProgress } from './import.api.ts';

export type ImportClient = Comlink.Remote<ImportApi>;

export function startImportWorker(): { client: ImportClient; stop: () => void } {
  const worker = new Worker(new URL('../../../workers/import.worker.ts', import.meta.url), { type: 'module', name: 'kedang-import' });
  return { client: Comlink.wrap<ImportApi>(worker), stop: () => worker.terminate() };
}

/** The file's bytes move to the worker instead of being copied. */
export function transferBytes(bytes: ArrayBuffer): ArrayBuffer {
  return Comlink.transfer(bytes, [bytes]);
}

export function progressCallback(fn: (progress: ImportProgress) => void): (progress: ImportProgress) => void {
  return Comlink.proxy(fn);
}
