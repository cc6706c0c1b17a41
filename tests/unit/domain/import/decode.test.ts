import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBytes } from '../../../../src/lib/domain/import/decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const encode = (s: string, enc: string) => new Uint8Array(iconv.encode(s, enc));
const SIMPLIFIED = '客户名称,联系人,手机,城市\n北京甲科技有限公司,张三,13800138000,北京\n上海乙贸易有限公司,李四,13900139000,上海\n';
const TRADITIONAL = '客戶名稱,聯絡人,電話,城市\n臺北甲科技有限公司,張三,0912345678,臺北\n高雄乙貿易有限公司,陳四,0922345678,高雄\n';

describe('decoding bytes', () => {
  it('reads UTF-8 and leaves no BOM in front of the first header', () => {
    const r = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('姓名,手机')]));
    expect(r).toEqual({ ok: true, text: '姓名,手机', encoding: 'utf-8', confidence: 1 });
  });

  it('reads UTF-8 without a BOM', () => {
    expect(decodeBytes(utf8(SIMPLIFIED))).toMatchObject({ ok: true, text: SIMPLIFIED, encoding: 'utf-8' });
  });

  it('reads GB18030, what Excel on Chinese Windows saves as CSV', () => {
    const r = decodeBytes(encode(SIMPLIFIED, 'gb18030'));
    expect(r).toMatchObject({ ok: true, text: SIMPLIFIED, encoding: 'gb18030' });
    if (r.ok) expect(r.confidence).toBeGreaterThanOrEqual(0.75);
  });

  it('reads GBK bytes as GB18030', () => {
    expect(decodeBytes(encode(SIMPLIFIED, 'gbk'))).toMatchObject({ ok: true, text: SIMPLIFIED, encoding: 'gb18030' });
  });

  it('tells Big5 from GB18030 by its traditional characters', () => {
    expect(decodeBytes(encode(TRADITIONAL, 'big5'))).toMatchObject({ ok: true, text: TRADITIONAL, encoding: 'big5' });
  });

  it.each([
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]],
  ])('reads %s with its BOM', (enc, bom) => {
    const r = decodeBytes(new Uint8Array([...bom, ...encode(SIMPLIFIED, enc)]));
    expect(r).toMatchObject({ ok: true, text: SIMPLIFIED, encoding: enc });
  });

  it.each([['utf-16le'], ['utf-16be']])('reads %s without a BOM from its NUL pattern', (enc) => {
    const text = 'name,phone\nZhang San,13800138000\n张三,13900139000\n';
    expect(decodeBytes(encode(text, enc))).toMatchObject({ ok: true, text, encoding: enc });
  });

  it('lets the user override the guess', () => {
    const bytes = encode(SIMPLIFIED, 'gb18030');
    expect(decodeBytes(bytes, 'GBK')).toMatchObject({ ok: true, text: SIMPLIFIED, encoding: 'gb18030', confidence: 1 });
    const wrong = decodeBytes(bytes, 'big5');
    expect(wrong.ok && wrong.text === SIMPLIFIED).toBe(false);
  });

  it('strips the BOM under an explicit UTF-8 override too', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'utf-8')).toMatchObject({ ok: true, text: 'a' });
  });

  it('reports an encoding it cannot decode', () => {
    expect(decodeBytes(utf8('a'), 'ebcdic')).toEqual({ ok: false, problem: { code: 'encoding-unsupported', severity: 'error', value: 'ebcdic' } });
  });

  it('calls bytes with NULs and control characters a binary file', () => {
    const garbage = new Uint8Array(4096);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + 13) % 256;
    expect(decodeBytes(garbage)).toMatchObject({ ok: false, problem: { code: 'binary-file' } });
    expect(decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toMatchObject({
      ok: false,
      problem: { code: 'binary-file' },
    });
  });
});
