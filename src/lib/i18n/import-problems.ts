// The message of each import problem code, and a problem put into words (row, column, value, reason).

import type { PlanProblem, PlanProblemCode } from '../workers/import.api.ts';
import { t } from './i18n.svelte.ts';
import type { MessageKey } from './zh-CN.ts';

/** Every code the import can report; the type makes a new code without an entry here fail to compile. */
export const PLAN_PROBLEM_CODES: Record<PlanProblemCode, true> = {
  'empty-file': true, 'file-too-large': true, 'binary-file': true, 'encoding-unknown': true, 'encoding-unsupported': true,
  'unsupported-format': true, 'unreadable-workbook': true, 'zip-bomb': true, 'sheet-not-found': true, 'no-sheets': true,
  'no-rows': true, 'too-many-columns': true, 'too-many-rows': true, 'header-row-out-of-range': true, 'header-empty': true,
  'header-duplicate': true, 'ragged-row': true, 'malformed-quotes': true, 'formula-error': true, 'number-precision-lost': true,
  cancelled: true, 'invalid-number': true, 'invalid-money': true, 'invalid-date': true, 'invalid-phone': true,
  'phone-precision-lost': true, 'invalid-email': true, 'invalid-checkbox': true, 'mapping-invalid': true,
  'target-missing': true, 'key-missing': true, 'no-file': true, 'write-failed': true,
};

export function problemKey(code: PlanProblemCode): MessageKey {
  return `import.problem.${code}` as MessageKey;
}

export function problemReason(p: PlanProblem): string {
  return t(problemKey(p.code), { limit: p.limit ?? '', value: p.value ?? '' });
}

/** Where the problem is: row and column when known. */
export function problemPlace(p: PlanProblem): string {
  const parts: string[] = [];
  if (p.row !== undefined) parts.push(t('import.problemRow', { row: p.row }));
  if (p.column !== undefined) parts.push(t('import.problemColumn', { column: p.column }));
  return parts.join(' ');
}

/** A file that cannot be imported, named, with the place and reason of its first error. */
export function failureMessage(fileName: string, problems: readonly PlanProblem[]): string {
  const first = problems.find((p) => p.severity === 'error') ?? problems[0];
  if (!first) return '';
  const where = problemPlace(first);
  const reason = problemReason(first);
  return where ? t('import.failedAt', { file: fileName, where, reason }) : t('import.failed', { file: fileName, reason });
}
