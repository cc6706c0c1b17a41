// A stored table's columns as match fields: which can be compared at all, and the ones compared by default.

import type { Column } from '../types.ts';
import { pickMatchFields, type MatchField } from './match-fields.ts';

// Link cells hold other rows' ids; ticks, tags and amounts never say who a record is.
const NEVER_COMPARED: ReadonlySet<string> = new Set(['link', 'checkbox', 'multiSelect', 'number', 'money']);

export function comparableColumns(columns: readonly Column[]): Column[] {
  return columns.filter((c) => !NEVER_COMPARED.has(c.type));
}

/** The fields guessed from types and headers (公司名称, 联系人, 手机, 邮箱, 地址 …). */
export function defaultMatchFields(columns: readonly Column[]): MatchField[] {
  return pickMatchFields(comparableColumns(columns));
}
