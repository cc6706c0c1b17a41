// The worksheet SheetJS writes around our rows: header, column widths, sample cells that reveal the number styles.

import type * as XLSX from 'xlsx';
import { DATE_FORMAT, MONEY_FORMAT } from './xlsx-formats.ts';
import type { SheetRowStyles } from './xlsx-sheet-rows.ts';

const PLAIN_VIEW = '<sheetView workbookViewId="0"/>';
const FROZEN_VIEW =
  '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView>';

/** Rows 2 and 3 of a skeleton hold one money and one date cell, so SheetJS registers both number formats. */
export function skeletonRows(headers: readonly string[]): XLSX.CellObject[][] {
  return [headers.map((h) => ({ t: 's', v: h })), [{ t: 'n', v: 0, z: MONEY_FORMAT }], [{ t: 'n', v: 1, z: DATE_FORMAT }]];
}

export interface SheetFrame {
  head: string;
  tail: string;
  styles: SheetRowStyles;
}

export type FrameProblem = { code: 'skeleton-unexpected' };

/**
 * Cuts a skeleton sheet's XML around its sample rows: `head` ends after the header row, `tail` starts at
 * `</sheetData>`; the range it states (`skeletonRef`) becomes `ref`, and with `freeze` row 1 stays in view.
 */
export function frameSheet(xml: string, skeletonRef: string, ref: string, freeze: boolean): SheetFrame | FrameProblem {
  const rowsAt = xml.indexOf('<row r="2"');
  const endAt = xml.indexOf('</sheetData>', rowsAt);
  const money = /<c r="A2"(?: s="(\d+)")?/.exec(xml.slice(rowsAt, endAt));
  const date = /<c r="A3"(?: s="(\d+)")?/.exec(xml.slice(rowsAt, endAt));
  if (rowsAt < 0 || endAt < 0 || !money || !date) return { code: 'skeleton-unexpected' };
  let head = xml.slice(0, rowsAt).split(`"${skeletonRef}"`).join(`"${ref}"`);
  if (freeze) head = head.replace(PLAIN_VIEW, FROZEN_VIEW);
  const tail = xml.slice(endAt).split(`"${skeletonRef}"`).join(`"${ref}"`);
  return { head, tail, styles: { money: Number(money[1] ?? 0), date: Number(date[1] ?? 0) } };
}
