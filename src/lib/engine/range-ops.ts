// Copy, paste and clear over a rectangle of the current view, as Excel does them.

import { parseCellInput } from '../domain/columns/cell-input.ts';
import { cellDisplayText } from '../domain/query/display-text.ts';
import { parseTsv, toTsv } from '../domain/clipboard/tsv.ts';
import * as repo from '../db/repository.ts';
import type { CellValue, Column, RowId } from '../domain/types.ts';
import type { ViewRange, WriteResult } from '../workers/data.api.ts';
import type { DataService } from './data-service.ts';

type CellChange = { tableId: string; rowId: RowId; columnId: string; value: CellValue };

export class RangeOps {
  constructor(private readonly service: DataService) {}

  async copy(range: ViewRange): Promise<string> {
    const { table, columns, labels, order } = await this.service.view(range.tableId, range.query);
    const picked = pickColumns(columns, range.colIds);
    const lines: string[][] = [];
    for (let p = range.rowStart; p <= Math.min(range.rowEnd, order.length - 1); p++) {
      const index = order[p]!;
      lines.push(picked.map((c) => cellDisplayText(table.columnValues(c.id)[index], c.type, labels(c))));
    }
    return toTsv(lines);
  }

  async clear(workspaceId: string, range: ViewRange): Promise<WriteResult> {
    const { table, columns, order } = await this.service.view(range.tableId, range.query);
    const picked = pickColumns(columns, range.colIds);
    const changes: CellChange[] = [];
    for (let p = range.rowStart; p <= Math.min(range.rowEnd, order.length - 1); p++) {
      const rowId = table.ids[order[p]!]!;
      for (const c of picked) changes.push({ tableId: range.tableId, rowId, columnId: c.id, value: null });
    }
    return this.service.write(workspaceId, async () => {
      const r = await repo.applyCellChanges(this.service.db(), { workspaceId, actor: this.service.actorName(), kind: 'clear', changes });
      return r.touched;
    });
  }

  async paste(workspaceId: string, at: ViewRange, text: string): Promise<WriteResult & { rowsAdded: number; cellsChanged: number }> {
    const block = parseTsv(text);
    const { table, columns, order } = await this.service.view(at.tableId, at.query);
    // at.colIds: the displayed columns from the anchor rightwards; the block's columns land on them in order.
    const visible = pickColumns(columns, at.colIds);
    const changes: CellChange[] = [];
    const newRows: Record<string, CellValue>[] = [];
    for (const [r, line] of block.entries()) {
      const position = at.rowStart + r;
      const rowId = position < order.length ? table.ids[order[position]!]! : null;
      const cells: Record<string, CellValue> = {};
      for (const [k, text] of line.entries()) {
        const column = visible[k];
        if (!column) break;
        const value = await this.valueFor(text, column);
        if (rowId === null) {
          if (value !== null) cells[column.id] = value;
        } else changes.push({ tableId: at.tableId, rowId, columnId: column.id, value });
      }
      if (rowId === null) newRows.push(cells);
    }
    await this.service.write(workspaceId, async () => {
      const r = await repo.pasteBlock(this.service.db(), { workspaceId, actor: this.service.actorName(), tableId: at.tableId, changes, newRows });
      return r.touched;
    });
    return { undo: await this.service.undoState(workspaceId), rowsAdded: newRows.length, cellsChanged: changes.length };
  }

  private async valueFor(text: string, column: Column): Promise<CellValue> {
    if (column.type === 'link' && column.linkTableId && text.trim() !== '') {
      const found = await this.service.linkByLabel(column.linkTableId, text.trim());
      if (found !== undefined) return found;
    }
    return parseCellInput(text, column);
  }
}

function pickColumns(columns: Column[], colIds: string[]): Column[] {
  return colIds.map((id) => columns.find((c) => c.id === id)).filter((c): c is Column => c !== undefined);
}
