// Stores the generated demo workspace: tables in link order, link cells turned into real row ids.

import { generateDemoWorkspace } from '../domain/demo/index.ts';
import type { CellValue, Workspace } from '../domain/types.ts';
import type { KedangDb } from '../db/schema.ts';
import { addRows, createTable, createWorkspace } from '../db/repository.ts';

const SYSTEM_ACTOR = 'kedang';

export async function seedDemoWorkspace(db: KedangDb, name: string): Promise<Workspace> {
  const demo = generateDemoWorkspace();
  const workspace = await createWorkspace(db, { name, kind: 'demo' });
  const tableIdByKey = new Map<string, string>();
  const rowIdsByKey = new Map<string, number[]>();
  // Tables that others link into come first, so their row ids are known when the links are stored.
  const ordered = [...demo.tables].sort((a, b) => linkDepth(a) - linkDepth(b));
  for (const spec of ordered) {
    const { table, columns } = await createTable(db, {
      workspaceId: workspace.id,
      name: spec.name,
      columns: spec.columns.map((c) => ({
        ...c,
        id: undefined,
        linkTableId: c.linkTableId ? tableIdByKey.get(c.linkTableId) : undefined,
      })),
    });
    tableIdByKey.set(spec.key, table.id);
    const idOf = new Map(spec.columns.map((c, i) => [c.id, columns[i]!.id]));
    const linkTarget = new Map(spec.columns.filter((c) => c.type === 'link').map((c) => [c.id, c.linkTableId!]));
    const rows = spec.rows.map((cells) => {
      const stored: Record<string, CellValue> = {};
      for (const [key, value] of Object.entries(cells)) {
        const target = linkTarget.get(key);
        stored[idOf.get(key)!] = target && typeof value === 'number' ? (rowIdsByKey.get(target)?.[value - 1] ?? null) : value;
      }
      return stored;
    });
    const { rowIds } = await addRows(db, { workspaceId: workspace.id, actor: SYSTEM_ACTOR, tableId: table.id, rows, kind: 'system' });
    rowIdsByKey.set(spec.key, rowIds);
  }
  return workspace;
}

function linkDepth(table: { columns: { type: string }[] }): number {
  return table.columns.some((c) => c.type === 'link') ? 1 : 0;
}
