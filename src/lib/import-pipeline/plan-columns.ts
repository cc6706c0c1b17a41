// Checks a plan against the target table and decides each source column's target column (new ones get their ids now).

import type { KedangDb } from '../db/schema.ts';
import { getColumns, type NewColumn } from '../db/repository.ts';
import type { Column } from '../domain/types.ts';
import type { ImportPlan, PlanProblem } from '../workers/import.api.ts';
import type { TargetColumn } from './row-converter.ts';

export interface ResolvedColumns {
  /** The existing table written into; null for a new table. */
  tableId: string | null;
  targets: (TargetColumn | null)[];
  /** Columns to create (for a new table: all of them), with their ids fixed so converted rows can use them. */
  newColumns: (NewColumn & { id: string })[];
  keyColumn: Column | null;
}

export type Resolution = { ok: true; resolved: ResolvedColumns } | { ok: false; problem: PlanProblem };

const fail = (code: PlanProblem['code'], column?: string): Resolution => ({
  ok: false,
  problem: { code, severity: 'error', ...(column !== undefined && { column }) },
});

/** The target table's columns, or null when an existing target is gone. */
export async function targetColumns(db: KedangDb, plan: ImportPlan): Promise<Column[] | null> {
  if (plan.target.kind === 'new') return [];
  if (!(await db.tableMetas.get(plan.target.tableId))) return null;
  return getColumns(db, plan.target.tableId);
}

export function resolveColumns(plan: ImportPlan, existing: readonly Column[] | null): Resolution {
  if (existing === null) return fail('target-missing');
  if (plan.mapping.length !== plan.headers.length) return fail('mapping-invalid');
  const target = plan.target;
  const byId = new Map(existing.map((c) => [c.id, c]));
  const used = new Set<string>();
  const targets: (TargetColumn | null)[] = [];
  const newColumns: (NewColumn & { id: string })[] = [];
  for (const [i, m] of plan.mapping.entries()) {
    const header = plan.headers[i] ?? `${i + 1}`;
    if (m.kind === 'skip') {
      targets.push(null);
    } else if (m.kind === 'existing') {
      const column = byId.get(m.columnId);
      // Link cells hold row ids, which a file cannot name; such columns are not offered as targets.
      if (target.kind === 'new' || !column || column.type === 'link' || used.has(column.id)) return fail('mapping-invalid', header);
      used.add(column.id);
      targets.push({ id: column.id, name: column.name, type: column.type });
    } else {
      const type = m.type === 'link' ? 'text' : m.type;
      const column = { id: crypto.randomUUID(), name: m.name.trim() || header, type };
      newColumns.push(column);
      targets.push(column);
    }
  }
  if (targets.every((t) => t === null)) return fail('mapping-invalid');
  let keyColumn: Column | null = null;
  if (target.kind === 'upsert') {
    keyColumn = byId.get(target.keyColumnId) ?? null;
    if (!keyColumn || !used.has(keyColumn.id)) return fail('key-missing', keyColumn?.name);
  }
  return { ok: true, resolved: { tableId: target.kind === 'new' ? null : target.tableId, targets, newColumns, keyColumn } };
}
