// The rectangle of selected cells: AG Grid Community has no range selection, so the grid keeps its own.

export interface CellPoint {
  rowIndex: number;
  colId: string;
}

export class CellRange {
  anchor: CellPoint | null = null;
  focus: CellPoint | null = null;

  /** Moves the focus; with `extend` the anchor stays, as Shift+arrow and Shift+click do in Excel. */
  moveTo(point: CellPoint, extend: boolean): void {
    this.focus = point;
    if (!extend || !this.anchor) this.anchor = point;
  }

  clear(): void {
    this.anchor = null;
    this.focus = null;
  }

  /** Row span and the column ids spanned, given the columns' display order. */
  bounds(displayOrder: string[]): { rowStart: number; rowEnd: number; colIds: string[] } | null {
    if (!this.anchor || !this.focus) return null;
    const a = displayOrder.indexOf(this.anchor.colId);
    const b = displayOrder.indexOf(this.focus.colId);
    if (a < 0 || b < 0) return null;
    return {
      rowStart: Math.min(this.anchor.rowIndex, this.focus.rowIndex),
      rowEnd: Math.max(this.anchor.rowIndex, this.focus.rowIndex),
      colIds: displayOrder.slice(Math.min(a, b), Math.max(a, b) + 1),
    };
  }

  contains(rowIndex: number, colId: string, displayOrder: string[]): boolean {
    const b = this.bounds(displayOrder);
    if (!b || (b.rowStart === b.rowEnd && b.colIds.length === 1)) return false;
    return rowIndex >= b.rowStart && rowIndex <= b.rowEnd && b.colIds.includes(colId);
  }
}
