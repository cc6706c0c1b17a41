// Benchmarks only: a workspace with one generated customer table of any size, written as one import.

import { CUSTOMER_COLUMNS, generateCustomerChunks } from '../domain/demo/index.ts';
import type { CellValue } from '../domain/types.ts';
import type { KedangDb } from '../db/schema.ts';
import { beginImportBatch, commitImportBatch, createTable, createWorkspace, writeImportChunk } from '../db/repository.ts';

const CHUNK = 10_000;

export async function createBenchTable(
  db: KedangDb,
  rows: number,
  onProgress?: (done: number) => void,
): Promise<{ workspaceId: string; tableId: string }> {
  const workspace = await createWorkspace(db, { name: `Bench ${rows}`, kind: 'blank' });
  const { table, columns } = await createTable(db, {
    workspaceId: workspace.id,
    name: '客户',
    columns: CUSTOMER_COLUMNS.map((c) => ({ ...c, id: undefined })),
  });
  const idOf = new Map(CUSTOMER_COLUMNS.map((c, i) => [c.id, columns[i]!.id]));
  const batchId = await beginImportBatch(db, { workspaceId: workspace.id, actor: 'bench', tableId: table.id });
  await generateCustomerChunks(rows, 7, CHUNK, async (chunk, first) => {
    const stored = chunk.map((cells) => {
      const out: Record<string, CellValue> = {};
      for (const key in cells) out[idOf.get(key) ?? key] = cells[key]!;
      return out;
    });
    await writeImportChunk(db, batchId, { tableId: table.id, rows: stored });
    onProgress?.(first + chunk.length);
  });
  await commitImportBatch(db, batchId);
  return { workspaceId: workspace.id, tableId: table.id };
}
