// The contract of the dedup worker: finds duplicate rows of a table, merges them, remembers distinct pairs.

import type { DuplicatePair } from '../domain/dedup/find-duplicates.ts';
import type { MatchField } from '../domain/dedup/match-fields.ts';
import type { IncomingMatch } from '../domain/dedup/match-incoming.ts';
import type { SurvivorshipRule } from '../domain/dedup/survivorship.ts';
import type { CellValue, RowId } from '../domain/types.ts';

export interface DedupRunOptions {
  /** 0..1: higher proposes fewer, surer clusters (precision); lower finds more (recall). */
  threshold: number;
  /** The columns to compare and as what; guessed from column types and headers when absent. */
  fields?: MatchField[];
}

export interface DedupRunProgress {
  phase: 'read' | 'normalise' | 'compare' | 'cluster';
  done: number;
  total: number;
}

/** A row as it stood when the review fetched it. */
export interface RowSnapshot {
  id: RowId;
  cells: Record<string, CellValue>;
  updatedAt: number;
}

export interface ReviewCluster {
  rowIds: RowId[];
  confidence: number;
  /** The pairs linking the cluster's rows, each with its reasons per compared field. */
  pairs: DuplicatePair[];
}

export interface DedupRunResult {
  /** Clusters of two or more rows, surest first; their rows are fetched with clusterRows for the clusters shown. */
  clusters: ReviewCluster[];
  fields: MatchField[];
  rowsRead: number;
  candidatePairs: number;
  cancelled?: true;
}

/** Per column id, which value survives a merge; stored once per table and reused. */
export type SurvivorshipSettings = Record<string, SurvivorshipRule>;

export interface MergeRequest {
  tableId: string;
  actor: string;
  /** The record kept; when absent (a cluster never shown), the most complete one, ties to the oldest. */
  survivorId?: RowId;
  /** Every row of the cluster, the survivor included. */
  rowIds: RowId[];
  /** Per column rule; columns not listed keep the most complete value. 'chosen' means the survivor's. */
  rules: SurvivorshipSettings;
}

export interface MergeResult {
  batchId: string | null;
  /** The tables whose rows changed (the merged table and every table linking into it). */
  tableIds: string[];
}

export interface DedupApi {
  run(dbName: string, tableId: string, options: DedupRunOptions, onProgress?: (progress: DedupRunProgress) => void): Promise<DedupRunResult>;
  /** The rows of `rowIds` as they stand now (null where a row is gone): reads only the blocks holding them. */
  clusterRows(dbName: string, tableId: string, rowIds: RowId[]): Promise<(RowSnapshot | null)[]>;
  /** Stops the run or match in progress at its next check; it then resolves with `cancelled`. */
  cancel(): void;
  /**
   * For rows about to be imported into `tableId` (cells keyed by column id): the existing row each
   * most likely repeats, with its 0..1 score, or null when none reaches `threshold`.
   */
  matchIncoming(dbName: string, tableId: string, incomingRows: Record<string, CellValue>[], threshold: number): Promise<(IncomingMatch | null)[]>;
  markNotDuplicates(dbName: string, tableId: string, pairs: [RowId, RowId][]): Promise<void>;
  /** Merges the rows into the survivor as one undoable batch and tells every tab's data worker. */
  merge(dbName: string, request: MergeRequest): Promise<MergeResult>;
  getSurvivorship(dbName: string, tableId: string): Promise<SurvivorshipSettings | null>;
  setSurvivorship(dbName: string, tableId: string, settings: SurvivorshipSettings): Promise<void>;
}
