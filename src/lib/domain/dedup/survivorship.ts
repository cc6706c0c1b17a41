// Survivorship: which value each column keeps when duplicate records are merged into one. Pure.
import type { CellValue } from '../types.ts';

export type SurvivorshipRule = 'mostRecent' | 'mostComplete' | 'longest' | 'union' | 'chosen';

export interface MergeRecord {
  id: number;
  cells: Readonly<Record<string, CellValue | undefined>>;
  updatedAt?: number;
}

export interface MergeRules {
  /** Per column id; columns not listed use `default`. */
  columns?: Readonly<Record<string, SurvivorshipRule>>;
  default?: SurvivorshipRule;
  /** The record that wins under 'chosen'. */
  chosenId?: number;
}

export class MergeProblem extends Error {
  constructor(readonly code: 'no-records' | 'chosen-record-missing') {
    super(code);
  }
}

/**
 * The surviving cells. Tags (list values) are always united. 'union' keeps every distinct value as a
 * list (a single value stays as it is). Empty cells stay absent. 'chosen' falls back to the most
 * complete record only where the chosen record's cell is empty.
 */
export function mergeRecords(records: readonly MergeRecord[], rules: MergeRules = {}): Record<string, CellValue> {
  if (records.length === 0) throw new MergeProblem('no-records');
  if (usesChosen(rules) && !records.some((r) => r.id === rules.chosenId)) throw new MergeProblem('chosen-record-missing');
  const byCompleteness = [...records].sort((x, y) => filledCount(y) - filledCount(x));
  const byRecency = [...records].sort((x, y) => (y.updatedAt ?? 0) - (x.updatedAt ?? 0));
  const chosenFirst = [...byCompleteness].sort((x, y) => Number(y.id === rules.chosenId) - Number(x.id === rules.chosenId));
  const merged: Record<string, CellValue> = Object.create(null);
  for (const column of columnsOf(records)) {
    const values = records.map((r) => r.cells[column]).filter(isFilled);
    if (values.length === 0) continue;
    const rule = rules.columns?.[column] ?? rules.default ?? 'mostComplete';
    merged[column] = values.some(Array.isArray) || rule === 'union' ? unite(values) : pick(rule, column);
  }
  return merged;

  function pick(rule: Exclude<SurvivorshipRule, 'union'>, column: string): CellValue {
    if (rule === 'longest') {
      const values = records.map((r) => r.cells[column]).filter(isFilled);
      return values.reduce((best, v) => (String(v).length > String(best).length ? v : best));
    }
    const order = rule === 'mostRecent' ? byRecency : rule === 'chosen' ? chosenFirst : byCompleteness;
    return order.map((r) => r.cells[column]).find(isFilled) as CellValue;
  }
}

/** The record kept when the user picks none: the most complete, ties to the lowest id (the oldest). */
export function defaultSurvivorId(records: readonly MergeRecord[]): number {
  if (records.length === 0) throw new MergeProblem('no-records');
  let best = records[0]!;
  for (const record of records) {
    const gain = filledCount(record) - filledCount(best);
    if (gain > 0 || (gain === 0 && record.id < best.id)) best = record;
  }
  return best.id;
}

function usesChosen(rules: MergeRules): boolean {
  return rules.default === 'chosen' || Object.values(rules.columns ?? {}).includes('chosen');
}

function isFilled(value: CellValue | undefined): value is CellValue {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function filledCount(record: MergeRecord): number {
  return Object.values(record.cells).filter(isFilled).length;
}

function columnsOf(records: readonly MergeRecord[]): string[] {
  const seen = new Set<string>();
  for (const record of records) for (const column of Object.keys(record.cells)) seen.add(column);
  return [...seen];
}

function unite(values: readonly CellValue[]): CellValue {
  const distinct: string[] = [];
  for (const value of values) {
    for (const item of Array.isArray(value) ? value : [value]) {
      const text = String(item);
      if (!distinct.includes(text)) distinct.push(text);
    }
  }
  const first = values[0] as CellValue;
  return distinct.length === 1 && !values.some(Array.isArray) ? first : distinct;
}
