import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { toCsv, toCsvText } from '../../../../src/lib/domain/export/to-csv.ts';
import { encodeGb18030 } from '../../../../src/lib/domain/export/gb18030-encode.ts';
import { previewImport } from '../../../../src/lib/domain/import/index.ts';

describe('CSV export', () => {
  const headers = ['客户名称', '手机', '金额', '标签', '已签约', '备注'];
  const rows = [
    ['甲公司', '+86 138 0013 8000', -1234.5, ['VIP', '老客户'], true, '=HYPERLINK("http://x")'],
    ['乙公司, 北京', '13800138000', 12, [], false, 'say "hi"\nbye'],
    ['丙', null, undefined, null, null, '-12.5'],
  ];

  it('writes UTF-8 with a BOM by default, CRLF lines, quotes only where needed', () => {
    const bytes = toCsv(headers, rows);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe(
      '客户名称,手机,金额,标签,已签约,备注\r\n' +
        '甲公司,+86 138 0013 8000,-1234.5,VIP、老客户,TRUE,"\'=HYPERLINK(""http://x"")"\r\n' +
        '"乙公司, 北京",13800138000,12,,FALSE,"say ""hi""\nbye"\r\n' +
        '丙,,,,,-12.5\r\n',
    );
  });

  it('writes GB18030 bytes identical to iconv-lite', () => {
    const text = toCsvText(headers, rows);
    expect(Buffer.from(toCsv(headers, rows, { encoding: 'gb18030' })).equals(iconv.encode(text, 'gb18030'))).toBe(true);
  });

  it.each([['中文客户名称'], ['€ ¥ ￥ 《》'], ['𠮷野家 😀'], ['臺灣 繁體'], ['ASCII only']])('encodes %j in GB18030 as iconv-lite does', (text) => {
    expect(Buffer.from(encodeGb18030(text)).equals(iconv.encode(text, 'gb18030'))).toBe(true);
    expect(new TextDecoder('gb18030').decode(encodeGb18030(text))).toBe(text);
  });

  it('uses the delimiter asked for', () => {
    expect(toCsvText(['a', 'b'], [['x;y', 'z']], { delimiter: ';', newline: '\n' })).toBe('a;b\n"x;y";z\n');
  });

  it('round-trips through the importer', () => {
    const p = previewImport(toCsv(['身份证', '手机'], [['110101199003071234', '13800138000']], { encoding: 'gb18030' }), 'x.csv');
    expect(p.rows).toEqual([['110101199003071234', '13800138000']]);
  });
});
