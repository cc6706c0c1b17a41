// English wording of import problem codes for the terminal (the app uses its own catalogues).

import type { ImportProblem, ImportProblemCode } from '../lib/domain/import/index.ts';

const MESSAGES: Record<ImportProblemCode, (p: ImportProblem) => string> = {
  'empty-file': () => 'The file is empty.',
  'file-too-large': (p) => `The file is larger than the limit of ${p.limit ?? '?'} bytes.`,
  'binary-file': () => 'The file is not text or a spreadsheet (binary content).',
  'encoding-unknown': (p) => `The text could not be decoded as ${p.value ?? 'any known encoding'}.`,
  'encoding-unsupported': (p) => `Unsupported encoding: ${p.value ?? ''}.`,
  'unsupported-format': () => 'This file format is not supported.',
  'unreadable-workbook': () => 'The workbook is damaged or not a workbook.',
  'zip-bomb': () => 'The workbook claims to unpack to far more data than allowed (possible zip bomb).',
  'sheet-not-found': (p) => `No sheet named "${p.value ?? ''}".`,
  'no-sheets': () => 'The workbook has no sheets.',
  'no-rows': () => 'No rows found.',
  'too-many-columns': (p) => `Too many columns (${p.value ?? '?'}); only the first ${p.limit ?? '?'} are read.`,
  'too-many-rows': (p) => `Too many rows; only the first ${p.limit ?? '?'} are read.`,
  'header-row-out-of-range': (p) => `The header row is past the end of the data (${p.limit ?? 0} rows).`,
  'header-empty': (p) => `Empty header in column ${p.limit ?? '?'} named "${p.column ?? ''}".`,
  'header-duplicate': (p) => `Duplicate header "${p.value ?? ''}" renamed to "${p.column ?? ''}".`,
  'ragged-row': (p) => `Row has ${p.limit ?? '?'} cells instead of the header's width; padded or cut.`,
  'malformed-quotes': () => 'Malformed quotes in this row.',
  'formula-error': (p) => `Formula error ${p.value ?? ''}; the cell is read as empty text of the error.`,
  'number-precision-lost': (p) => `Number ${p.value ?? ''} has more digits than a spreadsheet keeps; store it as text.`,
  cancelled: () => 'Reading was cancelled.',
};

export function problemMessage(p: ImportProblem): string {
  return MESSAGES[p.code](p);
}
