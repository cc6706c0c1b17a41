import { describe, expect, it } from 'vitest';
import { pickMatchFields } from '../../../../src/lib/domain/dedup/match-fields.ts';

const column = (name: string, type = 'text') => ({ id: name, name, type });

describe('pickMatchFields', () => {
  it.each([
    ['客户名称', 'company'], ['公司', 'company'], ['Company Name', 'company'],
    ['联系人', 'person'], ['姓名', 'person'], ['Contact', 'person'],
    ['手机', 'phone'], ['联系电话', 'phone'], ['Mobile', 'phone'],
    ['邮箱', 'email'], ['E-mail', 'email'],
    ['地址', 'address'], ['address_1', 'address'], ['城市', 'city'], ['suburb', 'city'], ['省份', 'province'],
    ['邮编', 'postcode'], ['出生日期', 'date'], ['身份证号', 'identifier'], ['soc_sec_id', 'identifier'],
    ['given_name', 'givenName'], ['surname', 'surname'], ['street_number', 'streetNumber'],
  ])('compares a %s column as %s', (name, kind) => {
    expect(pickMatchFields([column(name)])).toEqual([{ columnId: name, kind }]);
  });

  it.each(['rec_id', 'id', '备注', '标签', '金额', '创建时间'])('leaves %s out', (name) => {
    expect(pickMatchFields([column(name)])).toEqual([]);
  });

  it('trusts a phone or email column type over its header', () => {
    expect(pickMatchFields([column('联系方式2', 'phone'), column('X', 'email')]).map((f) => f.kind)).toEqual(['phone', 'email']);
  });

  it('can be overridden: a kind forced, a column dropped', () => {
    const fields = pickMatchFields([column('名头'), column('手机')], { 名头: 'company', 手机: null });
    expect(fields).toEqual([{ columnId: '名头', kind: 'company' }]);
  });
});
