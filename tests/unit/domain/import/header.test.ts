import { describe, expect, it } from 'vitest';
import { detectHeaderRow, uniqueHeaders } from '../../../../src/lib/domain/import/table-shape.ts';
import { matchHeader, mapHeadersToColumns } from '../../../../src/lib/domain/import/header-synonyms.ts';
import type { Column } from '../../../../src/lib/domain/types.ts';

describe('header row detection', () => {
  it('takes the first row when it looks like a header', () => {
    expect(detectHeaderRow([['姓名', '手机'], ['张三', '13800138000']])).toBe(0);
  });

  it('skips a title line above the header', () => {
    const rows = [['2024年客户名单', '', '', ''], ['', '', '', ''], ['客户名称', '联系人', '手机', '城市'], ['甲', '张三', '13800138000', '北京']];
    expect(detectHeaderRow(rows)).toBe(2);
  });

  it('does not take a row of numbers for a header', () => {
    const rows = [['1', '2', '3'], ['客户', '电话', '城市'], ['a', '1', 'b']];
    expect(detectHeaderRow(rows)).toBe(1);
  });

  it('falls back to the first row when none looks like a header', () => {
    expect(detectHeaderRow([['1', '2'], ['3', '4']])).toBe(0);
  });
});

describe('unique headers', () => {
  it('names empty headers after their column and reports them', () => {
    const { headers, problems } = uniqueHeaders(['姓名', '', '手机'], 3);
    expect(headers).toEqual(['姓名', '列2', '手机']);
    expect(problems).toEqual([{ code: 'header-empty', severity: 'warning', column: '列2', limit: 2 }]);
  });

  it('numbers repeated headers and reports each rename', () => {
    const { headers, problems } = uniqueHeaders(['name', 'name', 'name'], 3);
    expect(headers).toEqual(['name', 'name (2)', 'name (3)']);
    expect(problems.map((p) => p.code)).toEqual(['header-duplicate', 'header-duplicate']);
  });

  it('never generates a name already in the file', () => {
    expect(uniqueHeaders(['列2', '', 'a', 'a', 'a (2)'], 5).headers).toEqual(['列2', '列2 (2)', 'a', 'a (3)', 'a (2)']);
  });

  it('strips a BOM from the first header', () => {
    expect(uniqueHeaders(['\ufeff姓名'], 1).headers).toEqual(['姓名']);
  });
});

describe('header synonyms', () => {
  it.each([
    ['手机', 'phone', 'phone'],
    ['手机号', 'phone', 'phone'],
    ['联系电话', 'phone', 'phone'],
    ['Mobile', 'phone', 'phone'],
    ['TEL', 'phone', 'phone'],
    ['客户名称', 'company', 'text'],
    ['公司名称', 'company', 'text'],
    ['企业名称', 'company', 'text'],
    ['Customer', 'company', 'text'],
    ['联系人', 'contact', 'text'],
    ['姓名', 'contact', 'text'],
    ['电子邮件', 'email', 'email'],
    ['E-mail', 'email', 'email'],
    ['省份', 'province', 'select'],
    ['城市', 'city', 'select'],
    ['地址', 'address', 'text'],
    ['行业', 'industry', 'select'],
    ['渠道', 'source', 'select'],
    ['等级', 'tier', 'select'],
    ['标签', 'tags', 'multiSelect'],
    ['创建时间', 'created', 'date'],
    ['负责人', 'owner', 'select'],
    ['金额', 'amount', 'money'],
    ['数量', 'quantity', 'number'],
    ['日期', 'date', 'date'],
    ['产品', 'product', 'text'],
    ['手机号码（必填）', 'phone', 'phone'],
    ['*手机', 'phone', 'phone'],
    [' 邮 箱 ', 'email', 'email'],
    ['ＥＭＡＩＬ', 'email', 'email'],
  ])('maps %j to %s (%s)', (header, field, type) => {
    expect(matchHeader(header)).toEqual({ field, type });
  });

  it.each([['备注'], ['身份证'], [''], ['__proto__'], ['constructor']])('knows nothing about %j', (header) => {
    expect(matchHeader(header)).toBeNull();
  });
});

describe('mapping headers to existing columns', () => {
  const column = (id: string, name: string, type: Column['type'] = 'text'): Column => ({ id, tableId: 't', name, type, order: 0 });
  const columns = [column('c1', '客户名称'), column('c2', '手机', 'phone'), column('c3', '邮箱', 'email')];

  it('matches by name first, then by synonym, each column at most once', () => {
    const mapping = mapHeadersToColumns(['公司', '客户名称', '联系电话', '备注', 'Email'], columns);
    expect(mapping.map((m) => [m.header, m.columnId, m.how])).toEqual([
      ['公司', null, 'none'],
      ['客户名称', 'c1', 'name'],
      ['联系电话', 'c2', 'synonym'],
      ['备注', null, 'none'],
      ['Email', 'c3', 'synonym'],
    ]);
  });

  it('suggests a type for a new column from a known header', () => {
    expect(mapHeadersToColumns(['金额'], [])[0]).toMatchObject({ columnId: null, field: 'amount', suggestedType: 'money' });
  });
});
