// Collects problems without letting one repeated warning (a million ragged rows) swamp memory.

import type { ImportProblem, ImportProblemCode } from './problems.ts';

export const MAX_PROBLEMS_PER_CODE = 100;

export class ProblemList {
  readonly items: ImportProblem[] = [];
  /** How many of each code occurred, including those not kept. */
  readonly counts: Partial<Record<ImportProblemCode, number>> = {};

  add(p: ImportProblem): void {
    const n = (this.counts[p.code] ?? 0) + 1;
    this.counts[p.code] = n;
    if (n <= MAX_PROBLEMS_PER_CODE) this.items.push(p);
  }

  addAll(ps: readonly ImportProblem[]): void {
    for (const p of ps) this.add(p);
  }
}
