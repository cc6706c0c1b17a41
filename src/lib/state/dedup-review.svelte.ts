// The dedup review screen's state: settings of a run, its progress, the clusters left to decide, and the decisions.

import { comparableColumns, defaultMatchFields } from '../domain/dedup/column-fields.ts';
import type { MatchField, MatchKind } from '../domain/dedup/match-fields.ts';
import type { SurvivorshipRule } from '../domain/dedup/survivorship.ts';
import type { Column, RowId } from '../domain/types.ts';
import type { DedupRunProgress, ReviewCluster, SurvivorshipSettings } from '../workers/dedup.api.ts';
import { progressCallback, startDedupWorker, type DedupClient } from '../workers/dedup-client.ts';
import type { WorkspaceState } from './workspace.svelte.ts';

export const MATCH_KINDS: readonly MatchKind[] = [
  'company', 'person', 'phone', 'email', 'address', 'city', 'province', 'postcode', 'identifier', 'date', 'surname', 'givenName', 'streetNumber',
];
export const SURVIVORSHIP_RULES: readonly SurvivorshipRule[] = ['mostComplete', 'mostRecent', 'longest', 'union', 'chosen'];

export interface FieldChoice {
  column: Column;
  kind: MatchKind;
  enabled: boolean;
}

export type ReviewStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export class DedupReview {
  threshold = $state(0.6);
  fields = $state<FieldChoice[]>([]);
  rules = $state<SurvivorshipSettings>({});
  status = $state<ReviewStatus>('idle');
  progress = $state.raw<DedupRunProgress | null>(null);
  error = $state('');
  clusters = $state.raw<ReviewCluster[]>([]);
  rowsRead = $state(0);
  /** Per cluster (keyed by its first row id): the record chosen to survive. */
  survivors = $state<Record<number, RowId>>({});
  mergeAbove = $state(95);
  mergedCount = $state(0);
  busy = $state(false);

  #client: DedupClient | null = null;
  readonly #tableId: string;
  readonly #columns: Column[];

  constructor(private readonly ws: WorkspaceState) {
    this.#tableId = ws.tableId ?? '';
    this.#columns = ws.columns;
    const comparable = comparableColumns(this.#columns);
    const guessed = defaultMatchFields(this.#columns);
    this.fields = comparable.map((column) => {
      const kind = guessed.find((f) => f.columnId === column.id)?.kind;
      return { column, kind: kind ?? 'company', enabled: kind !== undefined };
    });
  }

  get columns(): Column[] {
    return this.#columns;
  }

  /** Loads the merge rules stored for this table the last time. */
  async load(): Promise<void> {
    const stored = await this.#api().getSurvivorship(this.ws.dbName, this.#tableId);
    if (stored) this.rules = { ...stored };
  }

  async run(): Promise<void> {
    const fields: MatchField[] = this.fields.filter((f) => f.enabled).map((f) => ({ columnId: f.column.id, kind: f.kind }));
    if (fields.length === 0) return;
    this.status = 'running';
    this.clusters = [];
    this.mergedCount = 0;
    this.progress = null;
    try {
      const result = await this.#api().run(
        this.ws.dbName,
        this.#tableId,
        { threshold: this.threshold, fields },
        progressCallback((p) => (this.progress = p)),
      );
      if (this.status !== 'running') return;
      this.clusters = result.clusters;
      this.rowsRead = result.rowsRead;
      this.survivors = Object.fromEntries(result.clusters.map((c) => [c.rowIds[0]!, defaultSurvivor(c)]));
      this.status = result.cancelled ? 'cancelled' : 'done';
    } catch (error) {
      if (this.status !== 'running') return;
      this.error = error instanceof Error ? error.message : String(error);
      this.status = 'failed';
    }
  }

  /** Comparison does not yield, so the worker is ended rather than asked; the next run starts a new one. */
  cancel(): void {
    this.#client?.terminate();
    this.#client = null;
    this.status = 'cancelled';
  }

  survivorOf(cluster: ReviewCluster): RowId {
    return this.survivors[cluster.rowIds[0]!] ?? cluster.rowIds[0]!;
  }

  async setRule(columnId: string, rule: SurvivorshipRule): Promise<void> {
    this.rules = { ...this.rules, [columnId]: rule };
    await this.#api().setSurvivorship(this.ws.dbName, this.#tableId, $state.snapshot(this.rules));
  }

  async merge(cluster: ReviewCluster): Promise<void> {
    await this.#decide(cluster, () => this.#mergeOne(cluster));
  }

  async markNotDuplicates(cluster: ReviewCluster): Promise<void> {
    const pairs: [RowId, RowId][] = [];
    cluster.rowIds.forEach((a, i) => cluster.rowIds.slice(i + 1).forEach((b) => pairs.push([a, b])));
    await this.#decide(cluster, () => this.#api().markNotDuplicates(this.ws.dbName, this.#tableId, pairs));
  }

  skip(cluster: ReviewCluster): void {
    this.clusters = this.clusters.filter((c) => c !== cluster);
  }

  /** Merges every cluster at or above `mergeAbove` percent, each as its own undoable batch. */
  async mergeAllAbove(): Promise<void> {
    const chosen = this.clusters.filter((c) => c.confidence * 100 >= this.mergeAbove);
    this.busy = true;
    try {
      for (const cluster of chosen) await this.#mergeOne(cluster);
      this.clusters = this.clusters.filter((c) => !chosen.includes(c));
    } finally {
      this.busy = false;
      await this.#refreshUndo();
    }
  }

  close(): void {
    this.#client?.terminate();
    this.#client = null;
  }

  async #mergeOne(cluster: ReviewCluster): Promise<void> {
    await this.#api().merge(this.ws.dbName, {
      tableId: this.#tableId,
      actor: this.ws.actor,
      survivorId: this.survivorOf(cluster),
      rowIds: cluster.rowIds,
      rules: $state.snapshot(this.rules),
    });
    this.mergedCount++;
  }

  async #decide(cluster: ReviewCluster, act: () => Promise<void>): Promise<void> {
    this.busy = true;
    try {
      await act();
      this.clusters = this.clusters.filter((c) => c !== cluster);
    } finally {
      this.busy = false;
      await this.#refreshUndo();
    }
  }

  async #refreshUndo(): Promise<void> {
    if (this.ws.workspace) this.ws.undo = await this.ws.data.undoState(this.ws.workspace.id);
  }

  #api() {
    this.#client ??= startDedupWorker();
    return this.#client.api;
  }
}

/** The most complete record survives unless the user picks another; ties go to the oldest. */
function defaultSurvivor(cluster: ReviewCluster): RowId {
  const filled = (cells: Record<string, unknown>) => Object.values(cells).filter((v) => v !== null && v !== '').length;
  return [...cluster.rows].sort((a, b) => filled(b.cells) - filled(a.cells) || a.id - b.id)[0]!.id;
}
