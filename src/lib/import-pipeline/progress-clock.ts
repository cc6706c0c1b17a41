// Turns rows done into the progress the wizard shows: rows per second and time left, reading then writing.

import type { ImportProgress } from '../workers/import.api.ts';

export class ProgressClock {
  private phaseStart = performance.now();
  private phase: ImportProgress['phase'] = 'reading';

  constructor(private readonly report: (progress: ImportProgress) => void) {}

  /** While reading, the total is estimated from how much of the file was consumed. */
  reading(rowsDone: number, bytesDone: number, bytesTotal: number): void {
    const fraction = bytesTotal > 0 ? Math.min(1, bytesDone / bytesTotal) : 1;
    const rowsTotal = fraction > 0 ? Math.max(rowsDone, Math.round(rowsDone / fraction)) : rowsDone;
    this.emit('reading', rowsDone, rowsTotal);
  }

  writing(rowsDone: number, rowsTotal: number): void {
    this.emit('writing', rowsDone, rowsTotal);
  }

  private emit(phase: ImportProgress['phase'], rowsDone: number, rowsTotal: number): void {
    if (phase !== this.phase) {
      this.phase = phase;
      this.phaseStart = performance.now();
    }
    const seconds = (performance.now() - this.phaseStart) / 1000;
    const rowsPerSecond = seconds > 0 ? Math.round(rowsDone / seconds) : 0;
    const secondsLeft = rowsPerSecond > 0 ? Math.ceil((rowsTotal - rowsDone) / rowsPerSecond) : null;
    this.report({ phase, rowsDone, rowsTotal, rowsPerSecond, secondsLeft });
  }
}
