// Builds xlsx packages part by part, so tests can hold the XML that Excel, WPS and other writers produce.

import * as XLSX from 'xlsx';

const encoder = new TextEncoder();

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A zip of the given parts (path → XML text). */
export function zipParts(parts: Record<string, string>): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  for (const [path, text] of Object.entries(parts)) XLSX.CFB.utils.cfb_add(cfb, `/${path}`, encoder.encode(text));
  return new Uint8Array(XLSX.CFB.write(cfb, { fileType: 'zip', type: 'array', compression: true }) as ArrayBuffer);
}

export interface BookParts {
  /** Rows XML of each sheet, by sheet name (what goes inside <sheetData>). */
  sheets: Record<string, string>;
  sharedStrings?: string[];
  /** Raw <si> items, when the test needs rich text. */
  sharedItems?: string[];
  /** numFmtId per cell style index (s="i"). */
  styles?: number[];
  customFormats?: Record<number, string>;
  date1904?: boolean;
}

/** A minimal but complete Excel-style package: content types, relationships, workbook, sheets, strings, styles. */
export function xlsxBook(book: BookParts): Uint8Array {
  const names = Object.keys(book.sheets);
  const parts: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': `<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${book.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'}<sheets>` +
      names.map((n, i) => `<sheet name="${escape(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      '</sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      `<Relationships xmlns="${PKG_REL_NS}">` +
      names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      `<Relationship Id="rIdS" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` +
      `<Relationship Id="rIdT" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    'xl/sharedStrings.xml':
      `<sst xmlns="${MAIN_NS}">` + [...(book.sharedStrings ?? []).map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`), ...(book.sharedItems ?? [])].join('') + '</sst>',
    'xl/styles.xml':
      `<styleSheet xmlns="${MAIN_NS}"><numFmts>` +
      Object.entries(book.customFormats ?? {}).map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escape(code)}"/>`).join('') +
      '</numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs>' +
      (book.styles ?? [0]).map((id) => `<xf numFmtId="${id}" fontId="0" applyNumberFormat="1"/>`).join('') +
      '</cellXfs></styleSheet>',
  };
  names.forEach((n, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = `<worksheet xmlns="${MAIN_NS}"><dimension ref="A1"/><sheetData>${book.sheets[n]}</sheetData></worksheet>`;
  });
  return zipParts(parts);
}

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
