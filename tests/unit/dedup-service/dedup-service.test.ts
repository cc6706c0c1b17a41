import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DedupService } from '../../../src/lib/dedup-service/dedup-service.ts';
import { generateDemoWorkspace } from '../../../src/lib/domain/demo/index.ts';
import { seedDemoWorkspace } from '../../../src/lib/engine/demo-seed.ts';
import { listTables, getColumns } from '../../../src/lib/db/repository.ts';
import type { KedangDb } from '../../../src/lib/db/schema.ts';
import type { DedupRunProgress, DedupRunResult } from '../../../src/lib/workers/dedup.api.ts';
import { openTestDb, uniqueName } from '../db/test-db.ts';
import { rowById, rowsById, rowsOfTable } from '../db/stored-rows.ts';

const THRESHOLD = 0.5;
let db: KedangDb;
let name: string;
let service: DedupService;
let customers: string;
let purchases: string;
let customerIds: number[];
let first: DedupRunResult;
let merged = 0;
const progress: DedupRunProgress[] = [];

const pairKey = (a: number, b: number) => `${Math.min(a, b)}-${Math.max(a, b)}`;
function proposedPairs(result: DedupRunResult): Set<string> {
  const pairs = new Set<string>();
  for (const cluster of result.clusters) {
    for (const a of cluster.rowIds) for (const b of cluster.rowIds) if (a < b) pairs.add(pairKey(a, b));
  }
  return pairs;
}

beforeAll(async () => {
  name = uniqueName('dedup-service');
  db = openTestDb(name);
  const workspace = await seedDemoWorkspace(db, '演示');
  const tables = await listTables(db, workspace.id);
  customers = tables.find((t) => t.name === '客户')!.id;
  purchases = tables.find((t) => t.name === '购买记录')!.id;
  customerIds = (await rowsOfTable(db, customers).then((rows) => rows.map((r) => r.id))).sort((a, b) => a - b);
  service = new DedupService(() => openTestDb(name));
  first = await service.run(name, customers, { threshold: THRESHOLD }, (p) => progress.push(p));
}, 60_000);
afterAll(() => db.close());

describe('the dedup service on the demo workspace', () => {
  it('finds most of the duplicates planted among the 2,400 demo customers', () => {
    const planted = generateDemoWorkspace().plantedDuplicates.map(([i, j]) => pairKey(customerIds[i]!, customerIds[j]!));
    const found = proposedPairs(first);
    const recall = planted.filter((p) => found.has(p)).length / planted.length;
    expect(planted.length).toBeGreaterThan(20);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('compares the columns its headers name: company, contact, phone, email and address among them', async () => {
    const columns = await getColumns(db, customers);
    const compared = first.fields.map((f) => columns.find((c) => c.id === f.columnId)?.name);
    expect(compared).toEqual(expect.arrayContaining(['公司名称', '联系人', '手机', '邮箱', '地址']));
    expect(compared).not.toContain('备注');
  });

  it('returns clusters surest first, each with reasons per pair, and fetches the rows of the clusters asked for', async () => {
    expect(first.rowsRead).toBe(customerIds.length);
    const confidences = first.clusters.map((c) => c.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    const cluster = first.clusters[0]!;
    expect(cluster).not.toHaveProperty('rows');
    const rows = await service.clusterRows(name, customers, cluster.rowIds);
    expect(rows.map((r) => r?.id)).toEqual(cluster.rowIds);
    expect(rows.map((r) => r?.cells)).toEqual((await rowsById(db, cluster.rowIds)).map((r) => r?.cells));
    expect(cluster.pairs[0]!.reasons.map((r) => r.field)).toEqual(first.fields.map((f) => f.columnId));
    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['read', 'compare', 'cluster']));
  });

  it('never proposes again a cluster marked as not duplicates, even from a new service', async () => {
    const cluster = first.clusters[0]!;
    const [a, b] = cluster.rowIds as [number, number];
    await service.markNotDuplicates(name, customers, [[a, b]]);
    const again = await new DedupService(() => openTestDb(name)).run(name, customers, { threshold: THRESHOLD });
    expect(proposedPairs(again).has(pairKey(a, b))).toBe(false);
  });

  it('stops a run when cancelled, and says it was cancelled', async () => {
    const running = service.run(name, customers, { threshold: THRESHOLD });
    service.cancel();
    const result = await running;
    expect(result.cancelled).toBe(true);
    expect(result.clusters).toEqual([]);
  });

  it('finds, for rows about to be imported, the existing customers they repeat', async () => {
    const rows = await rowsById(db, customerIds.slice(100, 103));
    const fresh = { [first.fields[0]!.columnId]: '完全不存在的某某某企业管理咨询有限公司' };
    const matches = await service.matchIncoming(name, customers, [...rows.map((r) => ({ ...r!.cells })), fresh], THRESHOLD);
    expect(matches.slice(0, 3).map((m) => m?.rowId)).toEqual(customerIds.slice(100, 103));
    expect(matches[3]).toBeNull();
  });

  it('merges a cluster, moving its purchases to the survivor, and remembers the survivorship rules', async () => {
    const cluster = first.clusters.find((c) => c.rowIds.length === 2 && !c.rowIds.includes(first.clusters[0]!.rowIds[0]!))!;
    const [keep, gone] = cluster.rowIds as [number, number];
    merged = gone;
    const [snapshot] = await service.clusterRows(name, customers, [keep]);
    const link = (await getColumns(db, purchases)).find((c) => c.type === 'link')!.id;
    const linkedTo = async (id: number) => (await rowsOfTable(db, purchases)).filter((r) => r.cells[link] === id).length;
    const linkedBefore = await linkedTo(gone);
    const survivorBefore = await linkedTo(keep);
    await service.setSurvivorship(name, customers, { [first.fields[0]!.columnId]: 'chosen' });
    const rules = (await service.getSurvivorship(name, customers))!;
    const result = await service.merge(name, { tableId: customers, actor: 'li', survivorId: keep, rowIds: [keep, gone], rules });
    expect(result.tableIds).toContain(customers);
    expect(await rowById(db, gone)).toBeUndefined();
    expect(await linkedTo(gone)).toBe(0);
    expect(await linkedTo(keep)).toBe(survivorBefore + linkedBefore);
    if (linkedBefore > 0) expect(result.tableIds).toContain(purchases);
    expect((await rowById(db, keep))?.cells[first.fields[0]!.columnId]).toBe(snapshot!.cells[first.fields[0]!.columnId]);
  });

  it('merges a cluster never shown into its most complete record, and reports a deleted row as null', async () => {
    const taken = new Set(first.clusters.slice(0, 2).flatMap((c) => c.rowIds));
    const cluster = first.clusters.find((c) => c.rowIds.length === 2 && c.rowIds.every((id) => !taken.has(id) && id !== merged))!;
    const rows = (await service.clusterRows(name, customers, cluster.rowIds)).map((r) => r!);
    const filled = (r: (typeof rows)[number]) => Object.values(r.cells).filter((v) => v !== null && v !== '').length;
    const [a, b] = rows as [(typeof rows)[number], (typeof rows)[number]];
    const [kept, gone] = filled(b) > filled(a) || (filled(b) === filled(a) && b.id < a.id) ? [b, a] : [a, b];
    await service.merge(name, { tableId: customers, actor: 'li', rowIds: cluster.rowIds, rules: {} });
    expect(await rowById(db, kept.id)).toBeDefined();
    expect(await rowById(db, gone.id)).toBeUndefined();
    expect(await service.clusterRows(name, customers, [gone.id, kept.id]).then((r) => r.map((row) => row?.id ?? null))).toEqual([null, kept.id]);
  });
});
