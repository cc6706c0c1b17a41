// The import wizard's state: the file, its preview, the plan being built, the dry run, the running import.

import type { ImportPreview } from '../domain/import/preview.ts';
import { toCsv } from '../domain/export/to-csv.ts';
import { duplicateChoice, SURE_FROM, type DuplicateChoice, type DuplicateDecisions } from '../domain/import/duplicate-decisions.ts';
import type { Column } from '../domain/types.ts';
import type {
  ColumnMapping,
  DryRunResult,
  ImportPlan,
  ImportProgress,
  IncomingDuplicate,
  PlanProblem,
  ReadChoices,
  RunResult,
} from '../workers/import.api.ts';
import { progressCallback, startImportWorker, transferBytes, type ImportClient } from '../workers/import-client.ts';
import { t } from '../i18n/i18n.svelte.ts';
import { failureMessage, problemReason } from '../i18n/import-problems.ts';
import type { WorkspaceState } from './workspace.svelte.ts';

export type WizardStep = 'pick' | 'reading' | 'preview' | 'running' | 'done';
export type TargetKind = 'new' | 'append' | 'upsert';

export class ImportWizard {
  step = $state<WizardStep>('pick');
  fileName = $state('');
  preview = $state.raw<ImportPreview | null>(null);
  read = $state.raw<ReadChoices>({});
  mapping = $state.raw<ColumnMapping[]>([]);
  targetKind = $state<TargetKind>('new');
  tableName = $state('');
  keyColumnId = $state('');
  onlyValid = $state(true);
  /** Appends only: what becomes of incoming rows that repeat an existing record. */
  duplicateDecisions = $state.raw<DuplicateDecisions>({ all: 'byScore', rows: {} });
  dry = $state.raw<DryRunResult | null>(null);
  dryRunning = $state(false);
  progress = $state.raw<ImportProgress | null>(null);
  result = $state.raw<Extract<RunResult, { ok: true }> | null>(null);
  /** A localised message saying why the file or the import failed, naming the file. */
  failure = $state('');
  notice = $state('');

  private worker: { client: ImportClient; stop: () => void } | null = null;
  private bytes: ArrayBuffer | null = null;
  private dryTicket = 0;

  constructor(private readonly ws: WorkspaceState) {}

  /** The current table's columns a file column can go into (link cells hold row ids, which a file cannot name). */
  get targetColumns(): Column[] {
    return this.ws.columns.filter((c) => c.type !== 'link');
  }

  /** The dry run's problems once it has run (they include the file's own), else the preview's. */
  get problems(): PlanProblem[] {
    return this.dry?.problems ?? this.preview?.problems ?? [];
  }

  get problemTotal(): number {
    return this.dry?.problemCount ?? this.preview?.problems.length ?? 0;
  }

  /** The listed match's choice, or null while the user has to be asked. */
  duplicateChoiceOf(match: IncomingDuplicate): DuplicateChoice | null {
    return duplicateChoice(this.duplicateDecisions, match.row, match.score);
  }

  /** Matches no choice covers yet: the unsure ones, unless decided one by one or all at once. */
  get undecidedDuplicates(): number {
    const check = this.targetKind === 'append' ? this.dry?.duplicates : undefined;
    if (!check || this.duplicateDecisions.all !== 'byScore') return 0;
    const decidedUnsure = check.listed.filter((m) => m.score < SURE_FROM && this.duplicateDecisions.rows[m.row]).length;
    return check.matches - check.sure - decidedUnsure;
  }

  get canConfirm(): boolean {
    return !this.dryRunning && !!this.dry?.ok && this.undecidedDuplicates === 0;
  }

  setDuplicateChoice(row: number, choice: DuplicateChoice): void {
    this.duplicateDecisions = { ...this.duplicateDecisions, rows: { ...this.duplicateDecisions.rows, [row]: choice } };
    void this.runDry();
  }

  /** A choice for all matches replaces the ones made row by row. */
  setAllDuplicates(all: DuplicateDecisions['all']): void {
    this.duplicateDecisions = { all, rows: {} };
    void this.runDry();
  }

  async pickFile(file: File): Promise<void> {
    this.reset();
    this.fileName = file.name;
    this.step = 'reading';
    this.bytes = await file.arrayBuffer();
    this.tableName = file.name.replace(/\.[^.]+$/, '') || file.name;
    await this.loadPreview();
  }

  async changeRead(choices: ReadChoices): Promise<void> {
    this.read = { ...this.read, ...choices };
    this.step = 'reading';
    await this.loadPreview();
  }

  setTarget(kind: TargetKind): void {
    this.targetKind = kind;
    this.mapping = this.defaultMapping();
    // The key the preview guessed was for a table without mapped columns; guess again from the new mapping.
    if (kind === 'upsert') this.keyColumnId = this.defaultKey();
    void this.runDry();
  }

  setMapping(index: number, mapping: ColumnMapping): void {
    this.mapping = this.mapping.map((m, i) => (i === index ? mapping : m));
    void this.runDry();
  }

  setKeyColumn(columnId: string): void {
    this.keyColumnId = columnId;
    void this.runDry();
  }

  setOnlyValid(onlyValid: boolean): void {
    this.onlyValid = onlyValid;
    void this.runDry();
  }

  async confirm(): Promise<void> {
    const plan = this.plan();
    if (!plan || !this.worker) return;
    this.step = 'running';
    this.progress = null;
    const result = await this.worker.client.run(plan, progressCallback((p) => (this.progress = p)));
    if (result.ok) {
      this.result = result;
      this.step = 'done';
      // Only the undo button now: rebuilding the grid on the imported table is one long main-thread task
      // (AG Grid's layout of a new grid), so it waits for the user to close the wizard and look.
      await this.ws.refreshUndo();
    } else {
      this.step = 'preview';
      if (result.cancelled) this.notice = t('import.cancelled');
      else this.failure = failureMessage(this.fileName, result.problems);
    }
  }

  cancel(): void {
    void this.worker?.client.cancel();
  }

  /** The listed problems as a CSV the user can open in Excel. */
  problemReport(): { blob: Blob; fileName: string } {
    const headers = [t('import.reportRow'), t('import.reportColumn'), t('import.reportProblem'), t('import.reportValue')];
    const rows = this.problems.map((p) => [p.row ?? null, p.column ?? null, problemReason(p), p.value ?? null]);
    const bytes = toCsv(headers, rows);
    return { blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'text/csv' }), fileName: t('import.reportFile', { file: this.tableName }) };
  }

  close(): void {
    if (this.step === 'running') return;
    if (this.result) void this.ws.showImported(this.result.tableId);
    this.worker?.stop();
    this.worker = null;
    this.reset();
  }

  private reset(): void {
    this.step = 'pick';
    this.preview = null;
    this.read = {};
    this.mapping = [];
    this.targetKind = 'new';
    this.keyColumnId = '';
    this.duplicateDecisions = { all: 'byScore', rows: {} };
    this.dry = null;
    this.result = null;
    this.progress = null;
    this.failure = '';
    this.notice = '';
  }

  private async loadPreview(): Promise<void> {
    if (!this.bytes) return;
    this.worker ??= startImportWorker();
    this.failure = '';
    this.notice = '';
    this.dry = null;
    // A copy goes over, so another encoding or sheet can be tried without reading the file again.
    const preview = await this.worker.client.preview(transferBytes(this.bytes.slice(0)), this.fileName, {
      ...this.read,
      dbName: this.ws.dbName,
      tableId: this.ws.tableId,
    });
    this.preview = preview;
    this.step = preview.ok ? 'preview' : 'pick';
    if (!preview.ok) {
      this.failure = failureMessage(this.fileName, preview.problems);
      return;
    }
    this.mapping = this.defaultMapping();
    this.keyColumnId = this.defaultKey();
    await this.runDry();
  }

  private defaultMapping(): ColumnMapping[] {
    const preview = this.preview;
    if (!preview) return [];
    const existing = this.targetColumns.map((c) => c.id);
    return preview.headers.map((name, i): ColumnMapping => {
      const columnId = preview.mapping[i]?.columnId;
      if (this.targetKind !== 'new' && columnId && existing.includes(columnId)) return { kind: 'existing', columnId };
      return { kind: 'new', name, type: preview.columnTypes[i] ?? 'text' };
    });
  }

  /** The first mapped column that names a record well: a phone, then an email, then the table's first column. */
  private defaultKey(): string {
    const mapped = this.mapping.flatMap((m) => (m.kind === 'existing' ? [m.columnId] : []));
    const candidates = this.targetColumns.filter((c) => mapped.includes(c.id));
    return (candidates.find((c) => c.type === 'phone') ?? candidates.find((c) => c.type === 'email') ?? candidates[0] ?? this.targetColumns[0])?.id ?? '';
  }

  private plan(): ImportPlan | null {
    const preview = this.preview;
    const workspace = this.ws.workspace;
    if (!preview || !workspace) return null;
    const tableId = this.ws.tableId ?? '';
    const target: ImportPlan['target'] =
      this.targetKind === 'new'
        ? { kind: 'new', tableName: this.tableName.trim() || this.fileName }
        : this.targetKind === 'append'
          ? { kind: 'append', tableId }
          : { kind: 'upsert', tableId, keyColumnId: this.keyColumnId };
    return {
      dbName: this.ws.dbName,
      workspaceId: workspace.id,
      actor: this.ws.actor,
      read: this.read,
      headers: preview.headers,
      target,
      mapping: this.mapping,
      onlyValid: this.onlyValid,
      ...(this.targetKind === 'append' && { duplicates: this.duplicateDecisions }),
    };
  }

  private async runDry(): Promise<void> {
    const plan = this.plan();
    if (!plan || !this.worker) return;
    const ticket = ++this.dryTicket;
    this.dryRunning = true;
    const dry = await this.worker.client.dryRun(plan);
    // Only the answer to the latest plan counts.
    if (ticket !== this.dryTicket) return;
    this.dry = dry;
    this.dryRunning = false;
  }
}
