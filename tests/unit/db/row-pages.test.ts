import { afterEach, describe, expect, it } from 'vitest';
import { addRows, deleteRows } from '../../../src/lib/db/repository.ts';
import { BLOCK_ROWS } from '../../../src/lib/db/row-blocks.ts';
import { countRows, readRowsAfter, readRowsAt, readRowsById, rowPages } from '../../../src/lib/db/row-pages.ts';
import { customerFixture, type Fixture } from './test-db.ts';

let fx: Fixture;
afterEach(() => fx?.db.close());

async function addCompanies(count: number, tableId = fx.tableId) {
  const rows = Array.from({ length: count }, (_, i) => ({ [fx.cols.name]: `公司${i}` }));
  return (await addRows(fx.db, { workspaceId: fx.workspaceId, actor: 'test', tableId, rows })).rowIds;
}

describe('rows read from blocks', () => {
  it('hands over every row of the table once, in id order, in pages of whole blocks near the size asked', async () => {
    fx = await customerFixture();
    const rowIds = await addCompanies(BLOCK_ROWS * 5 + 7);
    const pages: number[][] = [];
    for await (const page of rowPages(fx.db, fx.tableId, BLOCK_ROWS * 2)) pages.push(page.map((r) => r.id));
    expect(pages.length).toBe(3);
    expect(pages.flat()).toEqual(rowIds);
  });

  it('counts, offsets and keyset pages agree after rows are deleted from the middle of blocks', async () => {
    fx = await customerFixture();
    const rowIds = await addCompanies(BLOCK_ROWS * 3);
    const gone = rowIds.filter((_, i) => i % 7 === 0 || (i > 600 && i < 1100));
    await deleteRows(fx.db, { workspaceId: fx.workspaceId, actor: 'test', tableId: fx.tableId, rowIds: gone });
    const left = rowIds.filter((id) => !gone.includes(id));

    expect(await countRows(fx.db, fx.tableId)).toBe(left.length);
    expect((await readRowsAt(fx.db, fx.tableId, 500, 300)).map((r) => r.id)).toEqual(left.slice(500, 800));
    expect((await readRowsAt(fx.db, fx.tableId, left.length - 2, 10)).map((r) => r.id)).toEqual(left.slice(-2));
    expect(await readRowsAt(fx.db, fx.tableId, left.length, 10)).toEqual([]);
    expect((await readRowsAfter(fx.db, fx.tableId, left[99]!, 700)).map((r) => r.id)).toEqual(left.slice(100, 800));
    const [kept, deleted] = await readRowsById(fx.db, [left[3]!, gone[3]!], fx.tableId);
    expect(kept?.id).toBe(left[3]);
    expect(deleted).toBeUndefined();
  });

  it('keeps tables apart even when their ids share a block', async () => {
    fx = await customerFixture();
    const a = await addCompanies(3);
    const other = (await fx.db.tableMetas.toArray()).find((t) => t.id !== fx.tableId)?.id ?? 'other-table';
    const b = await addCompanies(2, other);
    const c = await addCompanies(2);
    expect((await readRowsAfter(fx.db, fx.tableId, null, 100)).map((r) => r.id)).toEqual([...a, ...c]);
    expect((await readRowsAfter(fx.db, other, null, 100)).map((r) => r.id)).toEqual(b);
    expect((await readRowsById(fx.db, [b[0]!, a[0]!])).map((r) => r?.tableId)).toEqual([other, fx.tableId]);
  });
});
