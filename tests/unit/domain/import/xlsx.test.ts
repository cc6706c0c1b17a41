import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { previewImport, readTable } from '../../../../src/lib/domain/import/index.ts';
import { checkZipSizes, readZipSizes } from '../../../../src/lib/domain/import/zip-guard.ts';
import { numberText } from '../../../../src/lib/domain/import/sheet-reader.ts';

function workbook(sheets: Record<string, XLSX.WorkSheet>, bookType: XLSX.BookType = 'xlsx'): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, ws] of Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, ws, name);
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType }) as ArrayBuffer);
}

function customerSheet(): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet([
    ['客户名称', '手机', '身份证', '创建日期', '金额', '合计'],
    ['甲公司', 13800138000, '110101199003071234', new Date(Date.UTC(2024, 2, 5)), 1234.5, 0],
    ['乙公司', 13900139000, '440301199003071235', new Date(Date.UTC(2024, 2, 6)), 0.1 + 0.2, 0],
  ], { cellDates: true, UTC: true });
  // A formula with its cached value: the importer must take the value, never the formula text.
  ws['F2'] = { t: 'n', f: 'E2*2', v: 2469 };
  ws['F3'] = { t: 'n', f: 'E3*2', v: 0.6 };
  return ws;
}

describe('reading a workbook', () => {
  it('reads phones stored as numbers as their digits, IDs as text, dates as ISO, formulas as values', () => {
    const p = previewImport(workbook({ 客户: customerSheet() }), 'customers.xlsx');
    expect(p).toMatchObject({ ok: true, format: 'xlsx', sheets: ['客户'], sheet: '客户', headerRowIndex: 0, rowCount: 2 });
    expect(p.rows).toEqual([
      ['甲公司', '13800138000', '110101199003071234', '2024-03-05', '1234.5', '2469'],
      ['乙公司', '13900139000', '440301199003071235', '2024-03-06', '0.3', '0.6'],
    ]);
    expect(p.columnTypes).toEqual(['text', 'phone', 'text', 'date', 'money', 'number']);
  });

  it.each([['xls' as const], ['ods' as const]])('reads the same sheet saved as %s', (bookType) => {
    const p = previewImport(workbook({ 客户: customerSheet() }, bookType), `customers.${bookType}`);
    expect(p.ok).toBe(true);
    expect(p.rows[0]?.slice(0, 4)).toEqual(['甲公司', '13800138000', '110101199003071234', '2024-03-05']);
  });

  it('lists the sheets and reads the one asked for', () => {
    const bytes = workbook({ 说明: XLSX.utils.aoa_to_sheet([['readme']]), 客户: customerSheet() });
    expect(previewImport(bytes, 'a.xlsx').sheets).toEqual(['说明', '客户']);
    expect(previewImport(bytes, 'a.xlsx', { sheet: '客户' }).rowCount).toBe(2);
    expect(previewImport(bytes, 'a.xlsx', { sheet: 'nope' }).problems).toEqual([{ code: 'sheet-not-found', severity: 'error', value: 'nope' }]);
  });

  it('reads rows from the cells present, not from a dimension claiming 1,048,576 rows', () => {
    const ws = XLSX.utils.aoa_to_sheet([['姓名', '手机'], ['张三', '13800138000']]);
    ws['!ref'] = 'A1:B1048576';
    const bytes = workbook({ S: ws });
    const started = Date.now();
    const p = previewImport(bytes, 'a.xlsx');
    expect(p.rowCount).toBe(1);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('caps a sheet using all 16,384 columns with a coded problem', () => {
    const ws = XLSX.utils.aoa_to_sheet([['a', 'b'], ['1', '2']]);
    ws['XFD1'] = { t: 's', v: 'last' };
    ws['!ref'] = 'A1:XFD2';
    const p = previewImport(workbook({ S: ws }), 'a.xlsx');
    expect(p.problems).toContainEqual({ code: 'too-many-columns', severity: 'warning', limit: 1000, value: '16384' });
    expect(p.headers.length).toBeLessThanOrEqual(1000);
  });

  it('reports formula errors with the data row and column', () => {
    const ws = XLSX.utils.aoa_to_sheet([['a', 'b'], ['1', '']]);
    ws['B2'] = { t: 'e', v: 0x07 };
    const p = previewImport(workbook({ S: ws }), 'a.xlsx');
    expect(p.rows[0]).toEqual(['1', '#DIV/0!']);
    expect(p.problems).toContainEqual({ code: 'formula-error', severity: 'warning', row: 1, column: 'b', value: '#DIV/0!' });
  });

  it('refuses a zip whose central directory claims a huge uncompressed size', () => {
    const bytes = workbook({ S: customerSheet() });
    const bomb = bytes.slice();
    const view = new DataView(bomb.buffer);
    for (let p = 0; p + 4 <= bomb.length; p++) {
      if (view.getUint32(p, true) === 0x02014b50) view.setUint32(p + 24, 0xfffffff0, true);
    }
    expect(readZipSizes(bomb)?.totalUncompressed).toBeGreaterThan(2 ** 32);
    expect(checkZipSizes(bomb)).toEqual({ ok: false, code: 'zip-bomb' });
    expect(previewImport(bomb, 'a.xlsx').problems).toEqual([{ code: 'zip-bomb', severity: 'error' }]);
  });

  it('refuses a truncated workbook', () => {
    const bytes = workbook({ S: customerSheet() }).slice(0, 200);
    const p = previewImport(bytes, 'a.xlsx');
    expect(p.ok).toBe(false);
    expect(p.problems[0]?.code).toBe('unreadable-workbook');
  });

  it('reads an HTML table saved as .xls', () => {
    const html = '<table><tr><td>姓名</td><td>手机</td></tr><tr><td>张三</td><td>13800138000</td></tr></table>';
    const p = readTable(new TextEncoder().encode(html), 'export.xls');
    expect(p).toMatchObject({ format: 'html', headers: ['姓名', '手机'], rows: [['张三', '13800138000']] });
  });
});

describe('number cells as text', () => {
  it.each([
    [13800138000, undefined, '13800138000'],
    [0.1 + 0.2, undefined, '0.3'],
    [-1234.5, undefined, '-1234.5'],
    [Number('110101199003071234'), undefined, '110101199003071000'],
    [0.125, '0%', '12.5%'],
    [1e-7, undefined, '0.0000001'],
  ])('writes %d (format %s) as %s', (v, z, text) => {
    expect(numberText(v, z)).toBe(text);
  });
});
