import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { toXlsx, type XlsxSheetInput } from '../../../../src/lib/domain/export/to-xlsx.ts';
import { readTable } from '../../../../src/lib/domain/import/index.ts';
import { listZipEntries } from '../../../../src/lib/domain/import/zip-entries.ts';

const customers: XlsxSheetInput = {
  name: '客户',
  headers: ['客户名称', '手机', '金额', '签约日期', '已签约', '标签', '备注'],
  types: ['text', 'phone', 'money', 'date', 'checkbox', 'multiSelect', 'text'],
  rows: [
    ['甲公司', '13800138000', 1234.5, '2024-03-05', true, ['VIP', '老客户'], '=1+2'],
    ['乙公司', '+8613900139000', -20, '2024-12-31', false, [], null],
  ],
};

function read(bytes: Uint8Array) {
  return XLSX.read(bytes, { type: 'array', cellFormula: true, cellNF: true });
}

describe('xlsx export', () => {
  it('writes typed cells: numbers, real dates, booleans, text that is never a formula', () => {
    const r = toXlsx([customers]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const ws = read(r.bytes).Sheets['客户']!;
    expect(ws['A1']).toMatchObject({ t: 's', v: '客户名称' });
    expect(ws['B2']).toMatchObject({ t: 's', v: '13800138000' });
    expect(ws['C2']).toMatchObject({ t: 'n', v: 1234.5, z: '#,##0.00' });
    expect(ws['D2']).toMatchObject({ t: 'n', v: 45356, z: 'yyyy-mm-dd' });
    expect(ws['E2']).toMatchObject({ t: 'b', v: true });
    expect(ws['F2']).toMatchObject({ t: 's', v: 'VIP、老客户' });
    expect(ws['G2']).toMatchObject({ t: 's', v: '=1+2' });
    expect(ws['G2']?.f).toBeUndefined();
    expect(ws['G3']).toBeUndefined();
  });

  it('reads back dates as date cells', () => {
    const r = toXlsx([customers]);
    if (!r.ok) throw new Error('export failed');
    const ws = XLSX.read(r.bytes, { type: 'array', cellDates: true }).Sheets['客户']!;
    expect(ws['D2']?.t).toBe('d');
    expect((ws['D2']?.v as Date).toISOString().slice(0, 10)).toBe('2024-03-05');
  });

  it('sizes columns from their content, wide characters counting double', () => {
    const r = toXlsx([customers]);
    if (!r.ok) throw new Error('export failed');
    const cols = XLSX.read(r.bytes, { type: 'array', cellStyles: true }).Sheets['客户']!['!cols']!;
    expect(cols[0]?.wch).toBeGreaterThanOrEqual(10);
    expect(cols[1]?.wch).toBeGreaterThanOrEqual(15);
  });

  it('freezes the header row', () => {
    const r = toXlsx([customers]);
    if (!r.ok) throw new Error('export failed');
    const zip = XLSX.CFB.read(r.bytes, { type: 'array' });
    const xml = new TextDecoder().decode(XLSX.CFB.find(zip, '/xl/worksheets/sheet1.xml').content);
    expect(xml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
  });

  it('refuses more rows than a sheet holds unless asked to split', () => {
    const big: XlsxSheetInput = { name: 'S', headers: ['n'], types: ['number'], rows: Array.from({ length: 25 }, (_, i) => [i]) };
    expect(toXlsx([big], { maxRowsPerSheet: 10 })).toEqual({ ok: false, code: 'too-many-rows-for-xlsx', sheet: 'S' });
    const split = toXlsx([big], { maxRowsPerSheet: 10, split: true });
    expect(split.ok && split.sheetNames).toEqual(['S', 'S (2)', 'S (3)']);
    if (!split.ok) return;
    const wb = read(split.bytes);
    expect(XLSX.utils.sheet_to_json(wb.Sheets['S (3)']!)).toEqual([{ n: 20 }, { n: 21 }, { n: 22 }, { n: 23 }, { n: 24 }]);
  });

  it('cleans sheet names Excel would refuse', () => {
    const r = toXlsx([{ ...customers, name: 'a/b:c*d?[e]' + 'x'.repeat(40) }]);
    expect(r.ok && r.sheetNames[0]).toBe('a_b_c_d__e_' + 'x'.repeat(20));
  });
});

describe('xlsx export package', () => {
  it('deflates every part, the frozen sheets included', () => {
    const r = toXlsx([customers, { ...customers, name: '第二页' }]);
    if (!r.ok) throw new Error('export failed');
    const entries = listZipEntries(r.bytes) ?? [];
    expect(entries.map((e) => e.name)).toEqual(expect.arrayContaining(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/styles.xml']));
    for (const e of entries) expect(e.method).toBe(8);
    const zip = XLSX.CFB.read(r.bytes, { type: 'array' });
    const second = new TextDecoder().decode(XLSX.CFB.find(zip, '/xl/worksheets/sheet2.xml').content);
    expect(second).toContain('state="frozen"');
  });

  it('leaves the view plain when asked not to freeze, still deflated', () => {
    const r = toXlsx([customers], { freezeHeader: false });
    if (!r.ok) throw new Error('export failed');
    const zip = XLSX.CFB.read(r.bytes, { type: 'array' });
    expect(new TextDecoder().decode(XLSX.CFB.find(zip, '/xl/worksheets/sheet1.xml').content)).not.toContain('<pane');
    for (const e of listZipEntries(r.bytes) ?? []) expect(e.method).toBe(8);
  });

  it('reads back through the importer as the values it wrote', () => {
    const r = toXlsx([customers]);
    if (!r.ok) throw new Error('export failed');
    const back = readTable(r.bytes, 'export.xlsx');
    expect(back.headers).toEqual(customers.headers);
    expect(back.rows).toEqual([
      ['甲公司', '13800138000', '1234.5', '2024-03-05', 'TRUE', 'VIP、老客户', '=1+2'],
      ['乙公司', '+8613900139000', '-20', '2024-12-31', 'FALSE', '', ''],
    ]);
  });
});
