import { afterEach, describe, expect, it } from 'vitest';
import { addRows } from '../../../src/lib/db/repository.ts';
import { rowPages } from '../../../src/lib/db/row-pages.ts';
import { customerFixture, type Fixture } from './test-db.ts';

let fx: Fixture;
afterEach(() => fx?.db.close());

describe('rowPages', () => {
  it('hands over every row of the table once, in id order, in pages of the size asked', async () => {
    fx = await customerFixture();
    const { rowIds } = await addRows(fx.db, {
      workspaceId: fx.workspaceId,
      actor: 'test',
      tableId: fx.tableId,
      rows: Array.from({ length: 25 }, (_, i) => ({ [fx.cols.name]: `公司${i}` })),
    });
    const pages: number[][] = [];
    for await (const page of rowPages(fx.db, fx.tableId, 10)) pages.push(page.map((r) => r.id));
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(pages.flat()).toEqual(rowIds);
  });
});
