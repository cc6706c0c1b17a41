// Writes the rows of a view (its order, filters and chosen columns) as xlsx or CSV bytes.

import type { ColumnarTable } from '../domain/query/columnar-table.ts';
import type { LinkLabels } from '../domain/query/display-text.ts';
import { toCsv } from '../domain/export/to-csv.ts';
import { toXlsx, XLSX_MAX_DATA_ROWS } from '../domain/export/to-xlsx.ts';
import type { CellValue, Column } from '../domain/types.ts';
import type { ExportFormat, ExportProgress, ExportResult } from '../workers/data.api.ts';

/** Rows between two progress reports: often enough for a smooth bar, rare enough to cost nothing. */
const PROGRESS_ROWS = 20_000;

export interface ViewSnapshot {
  table: ColumnarTable;
  columns: Column[];
  labels: (column: Column) => LinkLabels | undefined;
  order: Uint32Array;
}

export function exportView(
  view: ViewSnapshot,
  sheetName: string,
  colIds: readonly string[],
  format: ExportFormat,
  includeSensitive: boolean,
  onProgress?: (progress: ExportProgress) => void,
): ExportResult {
  const byId = new Map(view.columns.map((c) => [c.id, c]));
  const columns = colIds.flatMap((id) => {
    const c = byId.get(id);
    return c && (includeSensitive || !c.sensitive) ? [c] : [];
  });
  const values = columns.map((c) => view.table.columnValues(c.id));
  const linkLabels = columns.map((c) => (c.type === 'link' ? view.labels(c) : undefined));
  const rows: (CellValue | undefined)[][] = new Array(view.order.length);
  const total = view.order.length;
  for (let r = 0; r < total; r++) {
    if (r % PROGRESS_ROWS === 0) onProgress?.({ phase: 'rows', done: r, total });
    const index = view.order[r]!;
    const row: (CellValue | undefined)[] = new Array(columns.length);
    for (let c = 0; c < columns.length; c++) {
      const v = values[c]![index];
      // A link cell holds a row id; the export names the row instead.
      row[c] = columns[c]!.type === 'link' && typeof v === 'number' ? (linkLabels[c]?.(v) ?? '') : v;
    }
    rows[r] = row;
  }
  const headers = columns.map((c) => c.name);
  const leftOut = colIds.length - columns.length;
  if (format === 'xlsx') {
    const types = columns.map((c) => (c.type === 'link' ? 'text' : c.type));
    let written = 0;
    const onRowsWritten = (n: number) => {
      const before = written;
      written += n;
      if (Math.floor(written / PROGRESS_ROWS) !== Math.floor(before / PROGRESS_ROWS)) onProgress?.({ phase: 'writing', done: written, total });
    };
    const result = toXlsx([{ name: sheetName, headers, types, rows }], { split: true, onRowsWritten });
    onProgress?.({ phase: 'writing', done: total, total });
    if (!result.ok) throw new Error(result.code);
    return { bytes: result.bytes, extension: 'xlsx', rowCount: rows.length, sheetNames: result.sheetNames, sheetRows: XLSX_MAX_DATA_ROWS, columnsLeftOut: leftOut };
  }
  onProgress?.({ phase: 'writing', done: 0, total });
  const bytes = toCsv(headers, rows, { encoding: format === 'csv-gb18030' ? 'gb18030' : 'utf-8-bom' });
  return { bytes, extension: 'csv', rowCount: rows.length, sheetNames: [], sheetRows: XLSX_MAX_DATA_ROWS, columnsLeftOut: leftOut };
}
