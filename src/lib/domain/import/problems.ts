// The coded problems import can report; the UI and the CLI turn codes into words.

export type ImportProblemCode =
  | 'empty-file'
  | 'file-too-large'
  | 'binary-file'
  | 'encoding-unknown'
  | 'encoding-unsupported'
  | 'unsupported-format'
  | 'unreadable-workbook'
  | 'zip-bomb'
  | 'sheet-not-found'
  | 'no-sheets'
  | 'no-rows'
  | 'too-many-columns'
  | 'too-many-rows'
  | 'header-row-out-of-range'
  | 'header-empty'
  | 'header-duplicate'
  | 'ragged-row'
  | 'malformed-quotes'
  | 'formula-error'
  | 'number-precision-lost'
  | 'cancelled';

/** Errors stop an import; warnings describe what was repaired on the way. */
export type ImportProblemSeverity = 'error' | 'warning';

export interface ImportProblem {
  code: ImportProblemCode;
  severity: ImportProblemSeverity;
  /** 1-based data row (the first row under the header is row 1). */
  row?: number;
  /** The column's header as shown after renaming. */
  column?: string;
  value?: string;
  /** A number that goes with the code: a limit, a count, an expected width. */
  limit?: number;
}

const ERROR_CODES: ReadonlySet<ImportProblemCode> = new Set<ImportProblemCode>([
  'empty-file',
  'file-too-large',
  'binary-file',
  'encoding-unknown',
  'encoding-unsupported',
  'unsupported-format',
  'unreadable-workbook',
  'zip-bomb',
  'sheet-not-found',
  'no-sheets',
  'no-rows',
  'header-row-out-of-range',
  'cancelled',
]);

export function problem(code: ImportProblemCode, details: Omit<ImportProblem, 'code' | 'severity'> = {}): ImportProblem {
  return { code, severity: ERROR_CODES.has(code) ? 'error' : 'warning', ...details };
}

export function hasError(problems: readonly ImportProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
