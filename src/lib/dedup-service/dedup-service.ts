// The dedup worker's implementation of DedupApi: reads tables from IndexedDB, runs the pure domain, writes via the repository.

import { getColumns, getMeta, listNotDuplicates, markNotDuplicates, setMeta } from '../db/repository.ts';
import { countRows } from '../db/row-pages.ts';
import { openKedangDb, type KedangDb } from '../db/schema.ts';
import { defaultMatchFields } from '../domain/dedup/column-fields.ts';
import { findPreparedDuplicates } from '../domain/dedup/find-duplicates.ts';
import { matchIncoming, type IncomingMatch } from '../domain/dedup/match-incoming.ts';
import type { CellValue, RowId } from '../domain/types.ts';
import type { FeedMessage } from '../engine/change-feed.ts';
import type {
  DedupApi,
  DedupRunOptions,
  DedupRunProgress,
  DedupRunResult,
  MergeRequest,
  MergeResult,
  RowSnapshot,
  SurvivorshipSettings,
} from '../workers/dedup.api.ts';
import { mergeCluster } from './merge-cluster.ts';
import { readRowSnapshots, toReviewClusters } from './review-clusters.ts';
import { readPreparedTable } from './prepared-table.ts';
import { readAllRows } from './table-rows.ts';

const survivorshipKey = (tableId: string) => `survivorship:${tableId}`;

export class DedupService implements DedupApi {
  private readonly databases = new Map<string, KedangDb>();
  private readonly channels = new Map<string, BroadcastChannel>();
  private cancelled = false;

  constructor(private readonly openDb: (name: string) => KedangDb = (name) => openKedangDb(name)) {}

  async run(
    dbName: string,
    tableId: string,
    options: DedupRunOptions,
    onProgress?: (progress: DedupRunProgress) => void,
  ): Promise<DedupRunResult> {
    this.cancelled = false;
    const db = this.db(dbName);
    const fields = options.fields ?? defaultMatchFields(await getColumns(db, tableId));
    const isCancelled = () => this.cancelled;
    const stopped: DedupRunResult = { clusters: [], fields, rowsRead: 0, candidatePairs: 0, cancelled: true };
    if (fields.length === 0) return { clusters: [], fields, rowsRead: await countRows(db, tableId), candidatePairs: 0 };
    const prepared = await readPreparedTable(db, tableId, fields, onProgress, isCancelled);
    if (!prepared) return stopped;
    const notDuplicates = await listNotDuplicates(db, tableId);
    const result = findPreparedDuplicates(prepared, { threshold: options.threshold, notDuplicates, onProgress, isCancelled });
    if (result.cancelled) return { ...stopped, rowsRead: prepared.size };
    // Rows are not read again here: the review fetches those of the clusters it shows (clusterRows).
    return { clusters: toReviewClusters(result.clusters), fields, rowsRead: prepared.size, candidatePairs: result.candidatePairs };
  }

  clusterRows(dbName: string, tableId: string, rowIds: RowId[]): Promise<(RowSnapshot | null)[]> {
    return readRowSnapshots(this.db(dbName), tableId, rowIds);
  }

  cancel(): void {
    this.cancelled = true;
  }

  async matchIncoming(
    dbName: string,
    tableId: string,
    incomingRows: Record<string, CellValue>[],
    threshold: number,
  ): Promise<(IncomingMatch | null)[]> {
    this.cancelled = false;
    const db = this.db(dbName);
    const fields = defaultMatchFields(await getColumns(db, tableId));
    const isCancelled = () => this.cancelled;
    const rows = await readAllRows(db, tableId, undefined, isCancelled);
    if (!rows || fields.length === 0) return incomingRows.map(() => null);
    return matchIncoming(rows, incomingRows, fields, { threshold, isCancelled }) ?? incomingRows.map(() => null);
  }

  async markNotDuplicates(dbName: string, tableId: string, pairs: [RowId, RowId][]): Promise<void> {
    await markNotDuplicates(this.db(dbName), { tableId, pairs });
  }

  async merge(dbName: string, request: MergeRequest): Promise<MergeResult> {
    const { batchId, touched, workspaceId } = await mergeCluster(this.db(dbName), request);
    if (batchId) this.publish(dbName, { workspaceId, touched, schema: false });
    return { batchId, tableIds: touched.map((t) => t.tableId) };
  }

  async getSurvivorship(dbName: string, tableId: string): Promise<SurvivorshipSettings | null> {
    return (await getMeta<SurvivorshipSettings>(this.db(dbName), survivorshipKey(tableId))) ?? null;
  }

  async setSurvivorship(dbName: string, tableId: string, settings: SurvivorshipSettings): Promise<void> {
    await setMeta(this.db(dbName), survivorshipKey(tableId), settings);
  }

  private db(name: string): KedangDb {
    let db = this.databases.get(name);
    if (!db) {
      db = this.openDb(name);
      // Another tab upgraded or deleted the database: open it afresh next time.
      db.onSchemaChange(() => this.databases.delete(name));
      this.databases.set(name, db);
    }
    return db;
  }

  /** Every tab's data worker (this tab's included) refreshes its caches and tells its grid to re-read. */
  private publish(dbName: string, message: FeedMessage): void {
    if (typeof BroadcastChannel === 'undefined') return;
    let channel = this.channels.get(dbName);
    if (!channel) this.channels.set(dbName, (channel = new BroadcastChannel(`kedang:${dbName}`)));
    channel.postMessage(message);
  }
}
