// The export domain's public face: CSV and xlsx bytes from typed rows.

export { toCsv, toCsvText, type CsvEncoding, type CsvOptions } from './to-csv.ts';
export { toXlsx, typedCell, XLSX_MAX_DATA_ROWS, type XlsxOptions, type XlsxResult, type XlsxSheetInput } from './to-xlsx.ts';
export { neutraliseFormula, isFormulaLike } from './formula-guard.ts';
export { encodeGb18030 } from './gb18030-encode.ts';
export { cellValueText, type CellTextOptions } from './cell-text.ts';
