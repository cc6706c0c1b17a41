// The rows of a file converted as the import would store them, each with its 1-based data row, for the duplicate check.

import { readTable } from '../domain/import/read-table.ts';
import type { CellValue } from '../domain/types.ts';
import type { ImportPlan } from '../workers/import.api.ts';
import { ProblemLog } from './problem-log.ts';
import { RowConverter, type TargetColumn } from './row-converter.ts';

export interface IncomingRow {
  row: number;
  cells: Record<string, CellValue>;
}

/** The rows the import keeps (flawed ones left out when only valid rows are imported), or null when cancelled. */
export function readIncomingRows(
  bytes: Uint8Array,
  fileName: string,
  plan: ImportPlan,
  targets: readonly (TargetColumn | null)[],
  isCancelled?: () => boolean,
): IncomingRow[] | null {
  // Problems are the dry run's to report; this pass only needs the cells.
  const converter = new RowConverter(targets, plan.headers, new ProblemLog(), plan.onlyValid);
  const rows: IncomingRow[] = [];
  const info = readTable(bytes, fileName, {
    ...plan.read,
    isCancelled,
    onRows: (batch, firstRow) => {
      for (const [i, raw] of batch.entries()) {
        const { cells, flawed } = converter.convert(raw, firstRow + i);
        if (!(flawed && plan.onlyValid)) rows.push({ row: firstRow + i, cells });
      }
      return true;
    },
  });
  return info.problems.some((p) => p.code === 'cancelled') ? null : rows;
}
