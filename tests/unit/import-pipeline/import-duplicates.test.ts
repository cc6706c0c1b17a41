import { afterEach, describe, expect, it } from 'vitest';
import { listTables, undo } from '../../../src/lib/db/repository.ts';
import type { KedangDb } from '../../../src/lib/db/schema.ts';
import { duplicateChoice, type DuplicateDecisions } from '../../../src/lib/domain/import/duplicate-decisions.ts';
import type { Row } from '../../../src/lib/domain/types.ts';
import { seedDemoWorkspace } from '../../../src/lib/engine/demo-seed.ts';
import { ImportService } from '../../../src/lib/import-pipeline/import-service.ts';
import type { ImportPlan } from '../../../src/lib/workers/import.api.ts';
import { openTestDb, uniqueName } from '../db/test-db.ts';
import { csvBytes, suggestedMapping } from './pipeline-harness.ts';
import { rowById, rowsOfTable } from '../db/stored-rows.ts';

interface Demo {
  db: KedangDb;
  name: string;
  workspaceId: string;
  customers: string;
  first: Row;
  byName: (name: string) => string;
}

let demo: Demo | null = null;
afterEach(() => demo?.db.close());

async function demoCustomers(): Promise<Demo> {
  const name = uniqueName('import-duplicates');
  const db = openTestDb(name);
  const workspace = await seedDemoWorkspace(db, '演示');
  const customers = (await listTables(db, workspace.id)).find((t) => t.name === '客户')!.id;
  const first = (await rowsOfTable(db, customers))[0]!;
  const columns = await db.columns.where('tableId').equals(customers).toArray();
  const byName = (n: string) => columns.find((c) => c.name === n)!.id;
  demo = { db, name, workspaceId: workspace.id, customers, first, byName };
  return demo;
}

const customerCount = (d: Demo) => rowsOfTable(d.db, d.customers).then((r) => r.length);

/** The first demo customer as another sheet would type it (no 有限公司, a dashed mobile, a new note) and one newcomer. */
function fileFor(d: Demo): ArrayBuffer {
  const company = String(d.first.cells[d.byName('公司名称')]).replace(/(股份)?有限公司$/, '');
  const mobile = String(d.first.cells[d.byName('手机')]).replace(/^(\d{3})(\d{4})(\d{4})$/, '$1-$2-$3');
  return csvBytes(
    ['公司名称', '联系人', '手机', '备注'],
    [
      [company, String(d.first.cells[d.byName('联系人')]), mobile, '续约意向强，五月回访'],
      ['杭州青禾数字科技有限公司', '欧阳青禾', '13957100000', '展会新客户'],
    ],
  );
}

async function appendPlan(d: Demo, service: ImportService, duplicates?: DuplicateDecisions): Promise<ImportPlan> {
  const preview = await service.preview(fileFor(d), 'dup.csv', { dbName: d.name, tableId: d.customers });
  return {
    dbName: d.name, workspaceId: d.workspaceId, read: {}, headers: preview.headers,
    target: { kind: 'append', tableId: d.customers }, mapping: suggestedMapping(preview), onlyValid: true,
    ...(duplicates && { duplicates }),
  };
}

const serviceOn = (d: Demo) => new ImportService({ openDb: () => openTestDb(d.name), publish: () => {}, actor: 'li' });
const BY_SCORE: DuplicateDecisions = { all: 'byScore', rows: {} };

describe('appending rows that repeat an existing demo customer', () => {
  it('finds the repeated customer in the dry run, with both records and the reasons, and plans it as an update', async () => {
    const d = await demoCustomers();
    const service = serviceOn(d);

    const dry = await service.dryRun(await appendPlan(d, service, BY_SCORE));

    expect(dry).toMatchObject({ ok: true, new: 1, updated: 1, unchanged: 0, duplicates: { matches: 1, sure: 1 } });
    const [match] = dry.duplicates!.listed;
    expect(match).toMatchObject({ row: 1, rowId: d.first.id, existing: d.first.cells });
    expect(match!.score).toBeGreaterThanOrEqual(0.8);
    expect(match!.incoming[d.byName('备注')]).toBe('续约意向强，五月回访');
    expect(match!.reasons).toContainEqual(expect.objectContaining({ field: d.byName('手机'), kind: 'same' }));
  }, 60_000);

  it('updates the record with the file’s values and adds only the new row, and one undo takes both back', async () => {
    const d = await demoCustomers();
    const service = serviceOn(d);
    const before = await customerCount(d);

    const result = await service.run(await appendPlan(d, service, BY_SCORE), () => {});

    expect(result).toMatchObject({ ok: true, rowsImported: 1, rowsUpdated: 1 });
    expect(await customerCount(d)).toBe(before + 1);
    const updated = await rowById(d.db, d.first.id);
    expect(updated?.cells[d.byName('备注')]).toBe('续约意向强，五月回访');
    expect(updated?.cells[d.byName('手机')]).toBe(d.first.cells[d.byName('手机')]);

    await undo(d.db, d.workspaceId, 'li');

    expect(await customerCount(d)).toBe(before);
    expect((await rowById(d.db, d.first.id))?.cells).toEqual(d.first.cells);
  }, 60_000);

  it('adds the repeated row as a new one when the user says so, leaving the record alone', async () => {
    const d = await demoCustomers();
    const service = serviceOn(d);
    const before = await customerCount(d);

    const plan = await appendPlan(d, service, { all: 'byScore', rows: { 1: 'new' } });
    await expect(service.dryRun(plan)).resolves.toMatchObject({ new: 2, updated: 0, duplicates: { matches: 1 } });
    const result = await service.run(plan, () => {});

    expect(result).toMatchObject({ ok: true, rowsImported: 2, rowsUpdated: 0 });
    expect(await customerCount(d)).toBe(before + 2);
    expect((await rowById(d.db, d.first.id))?.cells).toEqual(d.first.cells);
  }, 60_000);

  it('appends without any check when the plan asks for none', async () => {
    const d = await demoCustomers();
    const service = serviceOn(d);

    const dry = await service.dryRun(await appendPlan(d, service));

    expect(dry).toMatchObject({ ok: true, new: 2, updated: 0 });
    expect(dry.duplicates).toBeUndefined();
  }, 60_000);
});

describe('the choice for one match', () => {
  it.each([
    ['updates a sure match by score', { all: 'byScore', rows: {} }, 0.93, 'update'],
    ['asks about a likely one', { all: 'byScore', rows: {} }, 0.7, null],
    ['follows the row’s own choice over its score', { all: 'byScore', rows: { 4: 'new' } }, 0.99, 'new'],
    ['follows a choice made for all', { all: 'update', rows: {} }, 0.61, 'update'],
    ['lets a row’s choice override the one for all', { all: 'new', rows: { 4: 'update' } }, 0.61, 'update'],
  ] as const)('%s', (_name, decisions, score, expected) => {
    expect(duplicateChoice(decisions as DuplicateDecisions, 4, score)).toBe(expected);
  });
});
