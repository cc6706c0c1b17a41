// The import domain's public face: decoding, reading, previewing and converting imported files.

export { decodeBytes, encodingFromLabel, type DecodeResult, type TextEncodingName } from './decode.ts';
export { detectFormat, type FileFormat } from './file-format.ts';
export { problem, hasError, type ImportProblem, type ImportProblemCode, type ImportProblemSeverity } from './problems.ts';
export { previewImport, PREVIEW_ROWS, type ImportPreview, type PreviewOptions } from './preview.ts';
export { readTable, readTableFile, type ReadTableOptions, type ReadTableResult, type TableInfo } from './read-table.ts';
export { TableReader, type DataBatch } from './table-reader.ts';
export { detectColumnType, detectColumnTypes, PARSE_THRESHOLD } from './detect-types.ts';
export { convertCell, type ConvertCode, type ConvertOptions, type ConvertResult } from './convert-cell.ts';
export { matchHeader, mapHeadersToColumns, normaliseHeader, type HeaderMapping, type KnownField } from './header-synonyms.ts';
export { detectHeaderRow, uniqueHeaders } from './table-shape.ts';
export { parseDate, excelSerialToIso, isoToExcelSerial } from './convert-date.ts';
export { parseMoney } from './convert-money.ts';
export { parseNumber } from './convert-number.ts';
export { convertPhone } from './convert-phone.ts';
export { parseEmail } from './convert-email.ts';
export { parseCheckbox } from './convert-checkbox.ts';
export { splitList } from './convert-list.ts';
export { toHalfWidth } from '../normalise/full-width.ts';
export { checkZipSizes, readZipSizes, type ZipLimits } from './zip-guard.ts';
