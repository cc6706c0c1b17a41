// Starts the data worker and returns its typed Comlink proxy.

import * as Comlink from 'comlink';
import type { DataApi } from './data.api.ts';

export type DataClient = Comlink.Remote<DataApi>;

export function startDataWorker(): DataClient {
  const worker = new Worker(new URL('../../../workers/data.worker.ts', import.meta.url), { type: 'module', name: 'kedang-data' });
  return Comlink.wrap<DataApi>(worker);
}

/** Wraps a callback so the worker can call it back across the thread boundary. */
export function callback<T extends (...args: never[]) => unknown>(fn: T): T {
  return Comlink.proxy(fn);
}
