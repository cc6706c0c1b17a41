import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { ColumnarTable } from '../../../src/lib/domain/query/columnar-table.ts';
import type { Column } from '../../../src/lib/domain/types.ts';
import { exportView } from '../../../src/lib/engine/export-view.ts';
import type { ExportProgress } from '../../../src/lib/workers/data.api.ts';

const columns: Column[] = [
  { id: 'name', tableId: 't', name: '公司名称', type: 'text', order: 0 },
  { id: 'amount', tableId: 't', name: '金额', type: 'money', order: 1 },
];

function view(rows: number) {
  const table = new ColumnarTable();
  table.upsert(Array.from({ length: rows }, (_, i) => ({ id: i + 1, cells: { name: `公司${i}`, amount: i + 0.5 } })));
  // The view in reverse order, as a sort would leave it.
  const order = Uint32Array.from({ length: rows }, (_, i) => rows - 1 - i);
  return { table, columns, labels: () => undefined, order };
}

describe('exportView', () => {
  it('reports laying out and writing the rows as it goes, and ends at every row written', () => {
    const seen: ExportProgress[] = [];
    const result = exportView(view(45_000), '客户', ['name', 'amount'], 'xlsx', false, (p) => seen.push(p));
    expect(result.rowCount).toBe(45_000);
    expect(seen.filter((p) => p.phase === 'rows').map((p) => p.done)).toEqual([0, 20_000, 40_000]);
    expect(seen.filter((p) => p.phase === 'writing').map((p) => p.done)).toEqual([20_000, 40_000, 45_000]);
    expect(seen.every((p) => p.total === 45_000)).toBe(true);
    const sheet = XLSX.read(result.bytes).Sheets['客户']!;
    expect(XLSX.utils.sheet_to_json(sheet, { header: 1 }).slice(0, 2)).toEqual([['公司名称', '金额'], ['公司44999', 44999.5]]);
  });
});
