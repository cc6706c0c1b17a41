// Collects the problems of a plan: every one counted, only the first few thousand kept for the list and report.

import type { PlanProblem } from '../workers/import.api.ts';

export const MAX_LISTED_PROBLEMS = 5000;

export class ProblemLog {
  readonly items: PlanProblem[] = [];
  count = 0;

  add(p: PlanProblem): void {
    this.count++;
    if (this.items.length < MAX_LISTED_PROBLEMS) this.items.push(p);
  }

  addAll(list: readonly PlanProblem[]): void {
    for (const p of list) this.add(p);
  }

  get hasError(): boolean {
    return this.items.some((p) => p.severity === 'error');
  }
}
