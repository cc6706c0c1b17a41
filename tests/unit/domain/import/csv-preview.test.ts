import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { previewImport, readTable, readTableFile } from '../../../../src/lib/domain/import/index.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const withBom = (s: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)]);

describe('previewing a CSV', () => {
  it('keeps an 18-digit ID, leading zeros and 3/4 exactly as typed', () => {
    const p = previewImport(utf8('身份证,邮编,比例\n110101199003071234,010010,3/4\n440301199003071235,007,5/6\n'), 'a.csv');
    expect(p.rows).toEqual([
      ['110101199003071234', '010010', '3/4'],
      ['440301199003071235', '007', '5/6'],
    ]);
    expect(p.columnTypes).toEqual(['text', 'text', 'text']);
  });

  it('never lets the BOM into the first header', () => {
    const p = previewImport(withBom('客户名称,手机\n甲,13800138000\n'), 'a.csv');
    expect(p.headers[0]).toBe('客户名称');
    expect(p.mapping[0]?.field).toBe('company');
  });

  it('keeps a __proto__ header as an ordinary column', () => {
    const p = previewImport(utf8('__proto__,constructor,name\n1,2,3\n'), 'a.csv');
    expect(p.headers).toEqual(['__proto__', 'constructor', 'name']);
    expect(p.rows).toEqual([['1', '2', '3']]);
  });

  it('returns the whole wizard picture', () => {
    const csv = '客户名称,手机,金额,创建日期\n甲公司,13800138000,"¥1,234.50",2024年3月5日\n乙公司,138-0013-9000,500元,2024/3/6\n';
    const p = previewImport(utf8(csv), 'customers.csv');
    expect(p).toMatchObject({
      ok: true,
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ',',
      headerRowIndex: 0,
      headers: ['客户名称', '手机', '金额', '创建日期'],
      rowCount: 2,
      columnTypes: ['text', 'phone', 'money', 'date'],
      problems: [],
    });
    expect(p.mapping.map((m) => m.field)).toEqual(['company', 'phone', 'amount', 'created']);
  });

  it.each([
    ['tab', 'a\tb\n1\t2\n', '\t'],
    ['semicolon', 'a;b\n1;2\n', ';'],
    ['pipe', 'a|b\n1|2\n', '|'],
    ['comma', 'a,b\n1,2\n', ','],
  ])('detects a %s delimiter', (_name, text, delimiter) => {
    const p = previewImport(utf8(text), 'a.txt');
    expect(p.delimiter).toBe(delimiter);
    expect(p.rows).toEqual([['1', '2']]);
  });

  it('reads a GB18030 file', () => {
    const p = previewImport(new Uint8Array(iconv.encode('姓名,城市\n张三,北京\n', 'gb18030')), 'a.csv');
    expect(p).toMatchObject({ encoding: 'gb18030', headers: ['姓名', '城市'], rows: [['张三', '北京']] });
  });

  it('honours an encoding, header row and delimiter chosen by the user', () => {
    const bytes = new Uint8Array(iconv.encode('说明\n姓名;城市\n张三;北京\n', 'gb18030'));
    const p = previewImport(bytes, 'a.csv', { encoding: 'gbk', headerRow: 1, delimiter: ';' });
    expect(p).toMatchObject({ headerRowIndex: 1, headers: ['姓名', '城市'], rows: [['张三', '北京']] });
  });

  it('skips a title line above the header', () => {
    const p = previewImport(utf8('2024 客户名单,,\n客户名称,联系人,手机\n甲,张三,13800138000\n'), 'a.csv');
    expect(p.headerRowIndex).toBe(1);
    expect(p.rowCount).toBe(1);
  });

  it('pads and cuts ragged rows, naming each data row', () => {
    const p = previewImport(utf8('a,b,c\n1,2\n1,2,3\n1,2,3,4\n'), 'a.csv');
    expect(p.rows).toEqual([
      ['1', '2', '', ''],
      ['1', '2', '3', ''],
      ['1', '2', '3', '4'],
    ]);
    expect(p.headers).toEqual(['a', 'b', 'c', '列4']);
    expect(p.problems).toContainEqual({ code: 'ragged-row', severity: 'warning', row: 1, limit: 2 });
    expect(p.problems).toContainEqual({ code: 'ragged-row', severity: 'warning', row: 2, limit: 3 });
  });

  it('cuts cells that appear past the width the first rows set, with a warning naming the row', () => {
    const body = Array.from({ length: 1200 }, (_, i) => (i === 1100 ? '1,2,extra' : '1,2')).join('\n');
    const p = readTable(utf8(`a,b\n${body}\n`), 'a.csv');
    expect(p.rows[1100]).toEqual(['1', '2']);
    expect(p.problems).toContainEqual({ code: 'ragged-row', severity: 'warning', row: 1101, limit: 3, value: 'extra' });
  });

  it('renames duplicate and empty headers with warnings', () => {
    const p = previewImport(utf8('name,,name\n1,2,3\n'), 'a.csv');
    expect(p.headers).toEqual(['name', '列2', 'name (2)']);
    expect(p.problems.map((x) => x.code)).toEqual(['header-empty', 'header-duplicate']);
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'empty-file'],
    ['a file of blank lines', utf8('\n\n  \n'), 'empty-file'],
    ['binary garbage', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]), 'binary-file'],
  ])('refuses %s with a coded error', (_name, bytes, code) => {
    const p = previewImport(bytes, 'a.csv');
    expect(p.ok).toBe(false);
    expect(p.problems).toEqual([{ code, severity: 'error' }]);
  });

  it('refuses a file over the size limit', () => {
    const p = previewImport(utf8('a,b\n1,2\n'), 'a.csv', { maxBytes: 4 });
    expect(p.problems).toEqual([{ code: 'file-too-large', severity: 'error', limit: 4 }]);
  });

  it('caps 16,384 columns with a coded problem', () => {
    const header = Array.from({ length: 16384 }, (_, i) => `c${i}`).join(',');
    const p = previewImport(utf8(`${header}\n${header}\n`), 'wide.csv');
    expect(p.headers).toHaveLength(1000);
    expect(p.problems).toContainEqual({ code: 'too-many-columns', severity: 'warning', limit: 1000, value: '16384' });
  });

  it('reports a header row past the end', () => {
    const p = previewImport(utf8('a\n1\n'), 'a.csv', { headerRow: 5 });
    expect(p.ok).toBe(false);
    expect(p.problems[0]?.code).toBe('header-row-out-of-range');
  });
});

describe('reading a whole table', () => {
  const bigCsv = (rows: number) => {
    const lines = ['客户名称,手机,城市'];
    for (let i = 0; i < rows; i++) lines.push(`公司${i},138${String(i).padStart(8, '0')},北京`);
    return utf8(lines.join('\n'));
  };

  it('reports progress in rows and bytes', () => {
    const bytes = bigCsv(50_000);
    const seen: [number, number][] = [];
    const r = readTable(bytes, 'a.csv', { onProgress: (rows, done) => seen.push([rows, done]) });
    expect(r.rowCount).toBe(50_000);
    expect(r.rows[49_999]).toEqual(['公司49999', '13800049999', '北京']);
    expect(seen.at(-1)?.[1]).toBeLessThanOrEqual(bytes.length);
    for (let i = 1; i < seen.length; i++) expect(seen[i]![0]).toBeGreaterThanOrEqual(seen[i - 1]![0]);
  });

  it('streams rows in batches without collecting them', () => {
    let total = 0;
    let firstRows: number[] = [];
    const r = readTable(bigCsv(30_000), 'a.csv', {
      onRows: (rows, first) => {
        total += rows.length;
        firstRows.push(first);
        return true;
      },
    });
    expect(total).toBe(30_000);
    expect(r.rows).toEqual([]);
    expect(firstRows[0]).toBe(1);
    firstRows = [];
  });

  it('stops when cancelled', () => {
    let calls = 0;
    const r = readTable(bigCsv(300_000), 'a.csv', { isCancelled: () => ++calls > 1 });
    expect(r.ok).toBe(false);
    expect(r.problems).toContainEqual({ code: 'cancelled', severity: 'error' });
    expect(r.rowCount).toBeLessThan(300_000);
  });

  it('gives the dedup CLI headers and rows', () => {
    expect(readTableFile(utf8('a,b\n1,2\n3,4\n'), 'a.csv')).toEqual({
      headers: ['a', 'b'],
      rows: [
        ['1', '2'],
        ['3', '4'],
      ],
      problems: [],
      ok: true,
    });
  });
});
