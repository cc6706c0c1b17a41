// Turns rows done into the progress the wizard shows: rows per second and time left, reading then writing.
// At most one report per MIN_INTERVAL_MS, so a fast import never floods the page with messages.

import type { ImportProgress } from '../workers/import.api.ts';

export const MIN_INTERVAL_MS = 100;

export class ProgressClock {
  private phaseStart = performance.now();
  private lastReport = -Infinity;
  private phase: ImportProgress['phase'] = 'reading';

  constructor(
    private readonly report: (progress: ImportProgress) => void,
    private readonly minIntervalMs = MIN_INTERVAL_MS,
  ) {}

  /** While reading, the total is estimated from how much of the file was consumed. */
  reading(rowsDone: number, bytesDone: number, bytesTotal: number): void {
    const fraction = bytesTotal > 0 ? Math.min(1, bytesDone / bytesTotal) : 1;
    const rowsTotal = fraction > 0 ? Math.max(rowsDone, Math.round(rowsDone / fraction)) : rowsDone;
    this.emit('reading', rowsDone, rowsTotal);
  }

  /** `final` reports even within the interval: the last figure must reach the wizard. */
  writing(rowsDone: number, rowsTotal: number, final = false): void {
    this.emit('writing', rowsDone, rowsTotal, final);
  }

  private emit(phase: ImportProgress['phase'], rowsDone: number, rowsTotal: number, final = false): void {
    const now = performance.now();
    if (phase !== this.phase) {
      this.phase = phase;
      this.phaseStart = now;
    } else if (!final && now - this.lastReport < this.minIntervalMs) return;
    this.lastReport = now;
    const seconds = (now - this.phaseStart) / 1000;
    const rowsPerSecond = seconds > 0 ? Math.round(rowsDone / seconds) : 0;
    const secondsLeft = rowsPerSecond > 0 ? Math.ceil((rowsTotal - rowsDone) / rowsPerSecond) : null;
    this.report({ phase, rowsDone, rowsTotal, rowsPerSecond, secondsLeft });
  }
}
