// The dedup review screen's state: settings of a run, its progress, the clusters left to decide, and the decisions.

import { SvelteMap, SvelteSet } from 'svelte/reactivity';
import { comparableColumns, defaultMatchFields } from '../domain/dedup/column-fields.ts';
import type { MatchField, MatchKind } from '../domain/dedup/match-fields.ts';
import { defaultSurvivorId, type SurvivorshipRule } from '../domain/dedup/survivorship.ts';
import type { Column, RowId } from '../domain/types.ts';
import type { DedupRunProgress, ReviewCluster, RowSnapshot, SurvivorshipSettings } from '../workers/dedup.api.ts';
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

/** Clusters shown at once: only their rows are fetched, so a run over a million rows never ships them all. */
export const PAGE_SIZE = 20;

export class DedupReview {
  threshold = $state(0.6);
  fields = $state<FieldChoice[]>([]);
  rules = $state<SurvivorshipSettings>({});
  status = $state<ReviewStatus>('idle');
  progress = $state.raw<DedupRunProgress | null>(null);
  error = $state('');
  /** Every cluster of the run, surest first, decided ones included (pages keep their places). */
  clusters = $state.raw<ReviewCluster[]>([]);
  /** Clusters merged, marked distinct, skipped, or whose rows are gone. */
  readonly decided = new SvelteSet<ReviewCluster>();
  page = $state(0);
  /** The fetched rows of the clusters shown so far. */
  readonly rows = new SvelteMap<RowId, RowSnapshot>();
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

  /** Clusters not decided yet. */
  readonly remaining = $derived(this.clusters.filter((c) => !this.decided.has(c)));
  readonly pageCount = $derived(Math.ceil(this.clusters.length / PAGE_SIZE));
  /** The current page's undecided clusters whose rows have arrived. */
  readonly shown = $derived(
    this.clusters
      .slice(this.page * PAGE_SIZE, (this.page + 1) * PAGE_SIZE)
      .filter((c) => !this.decided.has(c) && c.rowIds.every((id) => this.rows.has(id))),
  );

  rowsOf(cluster: ReviewCluster): RowSnapshot[] {
    return cluster.rowIds.map((id) => this.rows.get(id)!);
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
    this.decided.clear();
    this.rows.clear();
    this.page = 0;
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
      this.survivors = {};
      await this.#fetchPage(0);
      if (this.status !== 'running') return;
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

  /** Shows page `page` once its clusters' rows have arrived. */
  async goTo(page: number): Promise<void> {
    if (page < 0 || page >= this.pageCount) return;
    await this.#fetchPage(page);
    this.page = page;
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
    this.#markDecided([cluster]);
  }

  /**
   * Merges every undecided cluster at or above `mergeAbove` percent, shown or not, each as its own undoable batch;
   * a cluster never shown keeps the record the worker finds most complete.
   */
  async mergeAllAbove(): Promise<void> {
    const chosen = this.remaining.filter((c) => c.confidence * 100 >= this.mergeAbove);
    this.busy = true;
    try {
      for (const cluster of chosen) await this.#mergeOne(cluster);
      this.#markDecided(chosen);
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
      survivorId: this.survivors[cluster.rowIds[0]!],
      rowIds: cluster.rowIds,
      rules: $state.snapshot(this.rules),
    });
    this.mergedCount++;
  }

  async #decide(cluster: ReviewCluster, act: () => Promise<void>): Promise<void> {
    this.busy = true;
    try {
      await act();
      this.#markDecided([cluster]);
    } finally {
      this.busy = false;
      await this.#refreshUndo();
    }
  }

  #markDecided(clusters: readonly ReviewCluster[]): void {
    for (const cluster of clusters) this.decided.add(cluster);
  }

  /** Fetches the rows of the page's clusters not fetched yet; a cluster with a row deleted since counts as decided. */
  async #fetchPage(page: number): Promise<void> {
    const clusters = this.clusters.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE).filter((c) => !this.decided.has(c));
    const ids = clusters.flatMap((c) => c.rowIds).filter((id) => !this.rows.has(id));
    if (ids.length === 0) return;
    const fetched = await this.#api().clusterRows(this.ws.dbName, this.#tableId, ids);
    for (const row of fetched) if (row) this.rows.set(row.id, row);
    const survivors = { ...this.survivors };
    const gone: ReviewCluster[] = [];
    for (const cluster of clusters) {
      if (!cluster.rowIds.every((id) => this.rows.has(id))) gone.push(cluster);
      else survivors[cluster.rowIds[0]!] ??= defaultSurvivorId(this.rowsOf(cluster));
    }
    this.survivors = survivors;
    if (gone.length > 0) this.#markDecided(gone);
  }

  async #refreshUndo(): Promise<void> {
    if (this.ws.workspace) this.ws.undo = await this.ws.data.undoState(this.ws.workspace.id);
  }

  #api() {
    this.#client ??= startDedupWorker();
    return this.#client.api;
  }
}
