import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { toXlsx, typedCell, type XlsxSheetInput } from '../../../../src/lib/domain/export/to-xlsx.ts';
import { columnLetters, escapeCellText } from '../../../../src/lib/domain/export/xlsx-sheet-rows.ts';
import { convertCell, readTable } from '../../../../src/lib/domain/import/index.ts';
import type { CellValue, ColumnType } from '../../../../src/lib/domain/types.ts';

const types: ColumnType[] = ['text', 'number', 'money', 'date', 'checkbox', 'multiSelect', 'phone', 'longText'];
const headers = ['名称 & <备注>', '数量', '金额', '日期', '已签约', '标签', '手机', '备注'];

// Every awkward kind of value, cycled so that each lands on both sheets of a split.
const texts = ['A&B <co> "q" \'s\'', '北京客户 😀', '=SUM(A1:A2)', '+cmd', '_x0041_ stays', 'tab\there', 'bell\u0007gone'];
function fixtureRow(i: number): (CellValue | undefined)[] {
  return [
    texts[i % texts.length]!,
    i % 4 === 0 ? null : i * 1.5 - 7,
    i % 5 === 0 ? undefined : Math.round(i * 1234.567) / 100,
    i % 6 === 0 ? '' : `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    i % 3 === 0,
    i % 2 === 0 ? ['VIP', '老客户'] : [],
    `138${String(i).padStart(8, '0')}`,
    i % 7 === 0 ? '第一行\n第二行' : null,
  ];
}
const rows = Array.from({ length: 25 }, (_, i) => fixtureRow(i));
const sheet: XlsxSheetInput = { name: '客户', headers, types, rows };

/** What a value should read back as: an empty cell or an empty tag list as no value, all else unchanged. */
function expected(value: CellValue | undefined): CellValue {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0) ? null : value;
}

function exported(): { bytes: Uint8Array; sheetNames: string[] } {
  const r = toXlsx([sheet], { split: true, maxRowsPerSheet: 10 });
  if (!r.ok) throw new Error(r.code);
  return r;
}

describe('xlsx export read back', () => {
  it('spreads the rows over three sheets, each with the header and its own rows', () => {
    const { bytes, sheetNames } = exported();
    expect(sheetNames).toEqual(['客户', '客户 (2)', '客户 (3)']);
    const wb = XLSX.read(bytes, { type: 'array' });
    expect(wb.Sheets['客户 (3)']!['!ref']).toBe('A1:H6');
    expect(XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['客户 (2)']!, { header: 1 })[0]).toEqual(headers);
  });

  it('gives SheetJS the typed cells SheetJS itself would have written', () => {
    const wb = XLSX.read(exported().bytes, { type: 'array', cellNF: true, cellFormula: true });
    rows.forEach((row, r) => {
      const ws = wb.Sheets[wb.SheetNames[Math.floor(r / 10)]!]!;
      row.forEach((value, c) => {
        const cell = ws[`${columnLetters(c)}${(r % 10) + 2}`];
        const want = typedCell(value, types[c]!);
        if (!want || want.v === '') return expect(cell, `row ${r} column ${c}`).toBeUndefined();
        // SheetJS's reader decodes _xHHHH_ twice in a t="str" cell; Excel and our importer read the text right.
        if (typeof want.v === 'string' && /_x[\da-f]{4}_/i.test(want.v)) return;
        expect(cell, `row ${r} column ${c}`).toMatchObject({ t: want.t, v: want.v, ...(want.z ? { z: want.z } : {}) });
        expect(cell?.f).toBeUndefined();
      });
    });
  });

  it('gives our importer the same typed values as went in', () => {
    const { bytes, sheetNames } = exported();
    const back = sheetNames.flatMap((name) => readTable(bytes, 'export.xlsx', { sheet: name, headerRow: 0 }).rows);
    expect(back).toHaveLength(rows.length);
    back.forEach((raw, r) =>
      types.forEach((type, c) => {
        const converted = convertCell(raw[c] ?? '', type);
        expect(converted.ok && converted.value, `row ${r} column ${c}`).toEqual(expected(rows[r]![c]));
      }),
    );
  });

  it('keeps a text with spaces at its edges as it was', () => {
    const r = toXlsx([{ name: 'S', headers: ['t'], types: ['text'], rows: [['  两端有空格 '], ['\n']] }]);
    if (!r.ok) throw new Error(r.code);
    const ws = XLSX.read(r.bytes, { type: 'array' }).Sheets['S']!;
    expect(ws['A2']?.v).toBe('  两端有空格 ');
    expect(ws['A3']?.v).toBe('\n');
  });

  it('writes a view without rows as its header alone, still frozen', () => {
    const r = toXlsx([{ name: 'S', headers: ['甲', '乙'], types: ['text', 'date'], rows: [] }]);
    if (!r.ok) throw new Error(r.code);
    const ws = XLSX.read(r.bytes, { type: 'array' }).Sheets['S']!;
    expect(ws['!ref']).toBe('A1:B1');
    expect(XLSX.utils.sheet_to_json(ws, { header: 1 })).toEqual([['甲', '乙']]);
    const zip = XLSX.CFB.read(r.bytes, { type: 'array' });
    expect(new TextDecoder().decode(XLSX.CFB.find(zip, '/xl/worksheets/sheet1.xml').content)).toContain('state="frozen"');
  });

  it('refuses a text longer than a cell holds, naming where it is', () => {
    const long = 'x'.repeat(32768);
    const r = toXlsx([{ name: 'S', headers: ['a', 'b'], types: ['text', 'text'], rows: [['ok', 'ok'], ['ok', long]] }], { split: true, maxRowsPerSheet: 1 });
    expect(r).toEqual({ ok: false, code: 'cell-too-long-for-xlsx', sheet: 'S (2)', row: 0, column: 1 });
  });
});

describe('xlsx cell text escaping', () => {
  it.each([
    ['plain 客户', 'plain 客户'],
    ['a&b<c>"d"\'e\'', 'a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;'],
    ['bell\u0007', 'bell_x0007_'],
    ['keeps\ttab and\nnewline', 'keeps\ttab and\nnewline'],
    ['_x0041_', '_x005F_x0041_'],
    ['snake_x_case', 'snake_x_case'],
  ])('writes %j as %j', (text, xml) => {
    expect(escapeCellText(text)).toBe(xml);
  });

  it('names columns past Z as Excel does', () => {
    expect([0, 25, 26, 51, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA']);
  });
});
