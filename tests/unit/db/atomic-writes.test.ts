import { afterEach, describe, expect, it } from 'vitest';
import { addRows, applyCellChanges, sanitiseCells } from '../../../src/lib/db/repository.ts';
import { customerFixture, type Fixture } from './test-db.ts';
import { rowById } from './stored-rows.ts';

let fx: Fixture;
afterEach(() => fx?.db.close());

describe('atomic writes', () => {
  it('leaves neither the change nor its history when the transaction aborts mid-write', async () => {
    fx = await customerFixture();
    const { rowIds } = await addRows(fx.db, {
      workspaceId: fx.workspaceId, actor: 'li', tableId: fx.tableId, rows: [{ [fx.cols.name]: '张三' }],
    });
    const rowId = rowIds[0]!;
    const historyBefore = await fx.db.history.count();
    const batchesBefore = await fx.db.batches.count();
    // The row is written first; the history write then fails, as a full disk would.
    const failHistory = () => {
      throw new Error('QuotaExceeded');
    };
    fx.db.history.hook('creating', failHistory);
    const attempt = applyCellChanges(fx.db, {
      workspaceId: fx.workspaceId, actor: 'li', kind: 'edit',
      changes: [{ tableId: fx.tableId, rowId, columnId: fx.cols.name, value: '李四' }],
    });
    await expect(attempt).rejects.toThrow();
    fx.db.history.hook('creating').unsubscribe(failHistory);

    expect((await rowById(fx.db, rowId))!.cells[fx.cols.name]).toBe('张三');
    expect(await fx.db.history.count()).toBe(historyBefore);
    expect(await fx.db.batches.count()).toBe(batchesBefore);
  });
});

describe('empty values', () => {
  it('are never stored: null, empty text, empty tags and NaN clear the cell', async () => {
    fx = await customerFixture();
    const { rowIds } = await addRows(fx.db, {
      workspaceId: fx.workspaceId, actor: 'li', tableId: fx.tableId,
      rows: [{ [fx.cols.name]: '张三', [fx.cols.phone]: '', [fx.cols.tags]: [] }],
    });
    const rowId = rowIds[0]!;
    expect(Object.keys((await rowById(fx.db, rowId))!.cells)).toEqual([fx.cols.name]);

    for (const value of [null, '', [], Number.NaN]) {
      await applyCellChanges(fx.db, {
        workspaceId: fx.workspaceId, actor: 'li', kind: 'clear',
        changes: [{ tableId: fx.tableId, rowId, columnId: fx.cols.name, value }],
      });
      expect((await rowById(fx.db, rowId))!.cells).toEqual({});
    }
    const stored = await fx.db.history.toArray();
    expect(stored.some((e) => e.op === 'cell' && (e.after === '' || Array.isArray(e.after) && e.after.length === 0))).toBe(false);
  });

  it('keeps a column id such as __proto__ as data, in a plain object', () => {
    const cells = sanitiseCells(JSON.parse('{"__proto__":"x","a":"","b":["VIP"]}'));
    expect(Object.getPrototypeOf(cells)).toBe(Object.prototype);
    expect(Object.keys(cells).sort()).toEqual(['__proto__', 'b']);
    expect(Object.getOwnPropertyDescriptor(cells, '__proto__')?.value).toBe('x');
  });
});
