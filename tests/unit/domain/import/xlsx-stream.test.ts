import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as XLSX from 'xlsx';
import { previewImport, readTable } from '../../../../src/lib/domain/import/index.ts';
import { readSheetRows, type SheetReadLimits } from '../../../../src/lib/domain/import/sheet-reader.ts';
import { openXlsxPackage } from '../../../../src/lib/domain/import/xlsx-package.ts';
import { xlsxSheetBatches } from '../../../../src/lib/domain/import/xlsx-sheet-rows.ts';
import { MAIN_NS, xlsxBook, zipParts } from './xlsx-package-fixture.ts';

const LIMITS: SheetReadLimits = { maxRows: 5_000_000, maxColumns: 1000 };

/** Every raw row of a sheet through the streaming reader, in tiny batches and windows to cross many boundaries. */
function streamedRows(bytes: Uint8Array, sheet: string, windowBytes = 200, limits = LIMITS) {
  const pkg = openXlsxPackage(bytes);
  if (!pkg) throw new Error('not an xml workbook');
  const path = pkg.sheets.find((s) => s.name === sheet)?.path ?? '';
  const batches = xlsxSheetBatches(pkg, path, limits, 3, windowBytes);
  const rows: string[][] = [];
  for (let step = batches.next(); ; step = batches.next()) {
    if (step.done) return { rows, ...step.value };
    rows.push(...step.value.rows);
  }
}

function sheetJsBook(rows: unknown[][], options: { sst: boolean; percentAt?: string }): Uint8Array {
  const ws = XLSX.utils.aoa_to_sheet(rows, { cellDates: true, UTC: true });
  if (options.percentAt && ws[options.percentAt]?.t === 'n') ws[options.percentAt].z = '0%';
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '客户');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', bookSST: options.sst }) as ArrayBuffer);
}

describe('reading an xlsx sheet a window at a time', () => {
  it('gives the same rows as SheetJS reading the whole sheet, for any mix of cells', () => {
    // No ';' or '_' in text: SheetJS unescapes 'str' cells twice and reads '_x0041_' as an escape.
    const text = fc.string({ unit: fc.constantFrom('a', 'Z', '客', '户', '&', '<', '>', '"', "'", ' ', '\n', '1', '.', '-'), maxLength: 8 });
    const cell = fc.oneof(
      text,
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.double({ min: -1e20, max: 1e20, noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(13800138000, Number('110101199003071234'), 0.1 + 0.2, 1e-7, 0),
      fc.boolean(),
      fc.integer({ min: Date.UTC(1900, 2, 1) / 1000, max: Date.UTC(2100, 0, 1) / 1000 }).map((s) => new Date(s * 1000)),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 12 }), fc.boolean(), (rows, sst) => {
        const bytes = sheetJsBook(rows, { sst, percentAt: 'B2' });
        expect(streamedRows(bytes, '客户').rows).toEqual(readSheetRows(bytes, '客户', LIMITS).rows);
      }),
      { numRuns: 150 },
    );
  });

  it('reads the bench file shape: phones as numbers, money with halves, dates typed as text', () => {
    const rows = [['公司名称', '手机', '金额', '创建日期']];
    for (let i = 0; i < 500; i++) rows.push([`测试公司${i}有限公司`, 13900000000 + i, (i % 10000) + 0.5, `2023-0${(i % 9) + 1}-01`] as never);
    const bytes = sheetJsBook(rows, { sst: false });
    const streamed = streamedRows(bytes, '客户', 4096);
    expect(streamed.rows).toEqual(readSheetRows(bytes, '客户', LIMITS).rows);
    expect(streamed.rows[1]).toEqual(['测试公司0有限公司', '13900000000', '0.5', '2023-01-01']);
  });

  it('joins rich text runs and leaves out phonetic readings of shared strings', () => {
    const bytes = xlsxBook({
      sheets: { S: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' },
      sharedItems: [
        '<si><r><rPr><b/></rPr><t>深圳</t></r><r><t xml:space="preserve"> 分公司</t></r></si>',
        '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>',
      ],
    });
    expect(streamedRows(bytes, 'S').rows).toEqual([['深圳 分公司', '東京']]);
  });

  it('reads inline strings, formula strings, booleans, errors and ISO date cells', () => {
    const bytes = xlsxBook({
      sheets: {
        S:
          '<row r="1"><c r="A1" t="inlineStr"><is><t>甲&amp;乙</t></is></c><c r="B1" t="str"><f>A1&amp;""</f><v>甲&amp;乙</v></c>' +
          '<c r="C1" t="b"><v>1</v></c><c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E1" t="d"><v>2024-03-05T08:30:00</v></c></row>',
      },
    });
    const read = streamedRows(bytes, 'S');
    expect(read.rows).toEqual([['甲&乙', '甲&乙', 'TRUE', '#DIV/0!', '2024-03-05 08:30:00']]);
    expect(read.cellProblems).toEqual([{ code: 'formula-error', rawRow: 0, col: 3, value: '#DIV/0!' }]);
  });

  it.each([
    ['the built-in short date (14)', 14, {}, 45356, '2024-03-05'],
    ['a Chinese built-in date (31, yyyy"年"m"月"d"日")', 31, {}, 45356, '2024-03-05'],
    ['a Chinese built-in date (57)', 57, {}, 45356, '2024-03-05'],
    ['a custom date format', 164, { 164: 'yyyy"年"m"月"d"日";@' }, 45356.5, '2024-03-05 12:00:00'],
    ['a time of day', 21, {}, 0.75, '18:00:00'],
    ['a percent', 10, {}, 0.125, '12.5%'],
    ['a custom percent', 165, { 165: '0.0%' }, 0.5, '50%'],
    ['a text format holding a number', 49, {}, 13800138000, '13800138000'],
    ['a general number', 0, {}, 1234.5, '1234.5'],
  ])('shows a number styled as %s as typed', (_, numFmtId, customFormats, serial, expected) => {
    const bytes = xlsxBook({ sheets: { S: `<row r="1"><c r="A1" s="1"><v>${serial}</v></c></row>` }, styles: [0, numFmtId], customFormats });
    expect(streamedRows(bytes, 'S').rows).toEqual([[expected]]);
  });

  it('dates serials from 1904 in a workbook that says so', () => {
    const bytes = xlsxBook({ sheets: { S: '<row r="1"><c r="A1" s="1"><v>43894</v></c></row>' }, styles: [0, 14], date1904: true });
    expect(streamedRows(bytes, 'S').rows).toEqual([['2024-03-05']]);
  });

  it('reads a cell the same whatever the order and quotes of its attributes', () => {
    const usual = '<row r="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="2"><v>45356</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" s="1"/></row>';
    const unusual = "<row r='1'><c t='s'  s='1' r='A1'><v>0</v></c><c s=\"2\" r=\"B1\" ><f t=\"shared\" si=\"0\"/><v>45356</v></c><c t=\"b\" r=\"C1\"><v xml:space=\"preserve\">1</v></c><c s='1' r='D1'></c></row>";
    const book = (sheet: string) => xlsxBook({ sheets: { S: sheet }, sharedStrings: ['名称'], styles: [0, 0, 14] });
    expect(streamedRows(book(usual), 'S').rows).toEqual([['名称', '2024-03-05', 'TRUE']]);
    expect(streamedRows(book(unusual), 'S').rows).toEqual([['名称', '2024-03-05', 'TRUE']]);
  });

  it('places cells and rows that carry no r attribute after the previous ones', () => {
    const bytes = xlsxBook({
      sheets: { S: '<row><c t="inlineStr"><is><t>a</t></is></c><c r="C1"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row>' },
    });
    expect(streamedRows(bytes, 'S').rows).toEqual([
      ['a', '', '3', '4'],
      ['5'],
    ]);
  });

  it('skips styled blank cells, empty rows and rows of empty strings', () => {
    const bytes = xlsxBook({
      sheets: { S: '<row r="1" spans="1:3"><c r="A1" s="1"/><c r="B1"><v>1</v></c></row><row r="2"/><row r="3"><c r="A3" t="str"><v></v></c></row><row r="9"><c r="B9"><v>2</v></c></row>' },
      styles: [0, 14],
    });
    expect(streamedRows(bytes, 'S').rows).toEqual([['', '1'], ['', '2']]);
  });

  it('reads sheets whose elements carry a namespace prefix', () => {
    const sheet = `<x:worksheet xmlns:x="${MAIN_NS}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>名称</x:t></x:is></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const bytes = zipParts({
      '_rels/.rels': '<Relationships><Relationship Id="r1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="/xl/Workbook.xml"/></Relationships>',
      'xl/workbook.xml': `<x:workbook xmlns:x="${MAIN_NS}" xmlns:r="rel"><x:sheets><x:sheet name="数据" sheetId="1" r:id="rId7"/></x:sheets></x:workbook>`,
      'xl/_rels/workbook.xml.rels': '<Relationships><Relationship Id="rId7" Type="x/worksheet" Target="worksheets/Sheet1.xml"/></Relationships>',
      'xl/worksheets/sheet1.xml': sheet,
    });
    expect(readTable(bytes, 'a.xlsx')).toMatchObject({ sheets: ['数据'], sheet: '数据' });
    expect(streamedRows(bytes, '数据').rows).toEqual([['名称', '7']]);
  });

  it('gives the same rows whatever the window, even when one row is wider than it', () => {
    const cells = Array.from({ length: 300 }, (_, c) => `<c r="${XLSX.utils.encode_col(c)}1" t="inlineStr"><is><t>单元格${c}</t></is></c>`).join('');
    const rest = Array.from({ length: 50 }, (_, r) => `<row r="${r + 2}"><c r="A${r + 2}"><v>${r}</v></c><c r="B${r + 2}" t="inlineStr"><is><t>行${r}</t></is></c></row>`).join('');
    const bytes = xlsxBook({ sheets: { S: `<row r="1">${cells}</row>${rest}` } });
    const wide = streamedRows(bytes, 'S', 1 << 22).rows;
    expect(wide).toHaveLength(51);
    expect(wide[0]).toHaveLength(300);
    expect(streamedRows(bytes, 'S', 64).rows).toEqual(wide);
  });

  it('stops at the row limit with a coded problem, and cuts cells past the column limit', () => {
    const rows = Array.from({ length: 6 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c><c r="E${r + 1}"><v>9</v></c></row>`).join('');
    const bytes = xlsxBook({ sheets: { S: rows } });
    const read = streamedRows(bytes, 'S', 200, { maxRows: 3, maxColumns: 2 });
    expect(read.rows).toEqual([['0'], ['1'], ['2']]);
    expect(read.problems).toEqual([
      { code: 'too-many-columns', severity: 'warning', limit: 2, value: '5' },
      { code: 'too-many-rows', severity: 'warning', limit: 3 },
    ]);
  });

  it('reports a missing sheet part as an unreadable workbook, not a crash', () => {
    const bytes = zipParts({
      'xl/workbook.xml': `<workbook xmlns="${MAIN_NS}" xmlns:r="rel"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/gone.xml"/></Relationships>',
    });
    const p = previewImport(bytes, 'a.xlsx');
    expect(p.ok).toBe(false);
    expect(p.problems.map((x) => x.code)).toContain('unreadable-workbook');
  });
});
