// Known column headers in Chinese and English, and the field and type each one means.

import type { Column, ColumnType } from '../types.ts';
import { toHalfWidth } from '../normalise/full-width.ts';

export type KnownField =
  | 'phone'
  | 'company'
  | 'contact'
  | 'email'
  | 'province'
  | 'city'
  | 'address'
  | 'industry'
  | 'source'
  | 'tier'
  | 'tags'
  | 'created'
  | 'owner'
  | 'amount'
  | 'quantity'
  | 'date'
  | 'product';

interface FieldSynonyms {
  field: KnownField;
  type: ColumnType;
  names: string[];
}

// Written normalised: lower case, no spaces or punctuation (see normaliseHeader).
const FIELDS: readonly FieldSynonyms[] = [
  { field: 'phone', type: 'phone', names: ['手机', '手机号', '手机号码', '电话', '电话号码', '联系电话', '联系方式', '移动电话', '座机', '固话', '手机电话', 'mobile', 'mobilephone', 'phone', 'phonenumber', 'tel', 'telephone', 'cell', 'cellphone'] },
  { field: 'company', type: 'text', names: ['客户名称', '客户', '客户名', '公司', '公司名称', '企业名称', '企业', '单位', '单位名称', '机构名称', 'company', 'companyname', 'customer', 'customername', 'organization', 'organisation', 'account'] },
  { field: 'contact', type: 'text', names: ['联系人', '姓名', '名字', '联系人姓名', '客户姓名', 'name', 'contact', 'contactname', 'fullname'] },
  { field: 'email', type: 'email', names: ['邮箱', '电子邮件', '电子邮箱', '邮件', '邮箱地址', 'email', 'e-mail', 'mail', 'emailaddress'] },
  { field: 'province', type: 'select', names: ['省份', '省', '所在省份', '省市', 'province', 'state'] },
  { field: 'city', type: 'select', names: ['城市', '市', '所在城市', '地市', 'city'] },
  { field: 'address', type: 'text', names: ['地址', '详细地址', '联系地址', '公司地址', '通讯地址', 'address', 'streetaddress'] },
  { field: 'industry', type: 'select', names: ['行业', '所属行业', '行业类别', 'industry', 'sector'] },
  { field: 'source', type: 'select', names: ['来源', '渠道', '客户来源', '来源渠道', '获客渠道', 'source', 'channel', 'leadsource'] },
  { field: 'tier', type: 'select', names: ['等级', '客户等级', '级别', '客户级别', 'tier', 'level', 'grade'] },
  { field: 'tags', type: 'multiSelect', names: ['标签', '客户标签', 'tags', 'tag', 'labels'] },
  { field: 'created', type: 'date', names: ['创建日期', '创建时间', '录入日期', '录入时间', '添加时间', 'created', 'createdat', 'createdate', 'createddate', 'datecreated'] },
  { field: 'owner', type: 'select', names: ['负责人', '跟进人', '销售', '业务员', '客户经理', 'owner', 'salesrep', 'accountmanager'] },
  { field: 'amount', type: 'money', names: ['金额', '订单金额', '成交金额', '总金额', '合同金额', '销售额', 'amount', 'total', 'revenue'] },
  { field: 'quantity', type: 'number', names: ['数量', '件数', 'quantity', 'qty', 'count'] },
  { field: 'date', type: 'date', names: ['日期', '下单日期', '订单日期', '成交日期', '交易日期', 'date', 'orderdate'] },
  { field: 'product', type: 'text', names: ['产品', '产品名称', '商品', '商品名称', '品名', 'product', 'productname', 'item'] },
];

const BY_NAME = new Map<string, FieldSynonyms>();
for (const f of FIELDS) for (const name of f.names) BY_NAME.set(name, f);

/** Lower case, half-width, without spaces, punctuation, a trailing "(必填)"-style note or a "*" mark. */
export function normaliseHeader(header: string): string {
  return toHalfWidth(header)
    .toLowerCase()
    .replace(/[([【].*?[)\]】]\s*$/u, '')
    .replace(/[\s_\-*:./\\#'"·]+/g, '');
}

export function matchHeader(header: string): { field: KnownField; type: ColumnType } | null {
  const key = normaliseHeader(header);
  const hit = BY_NAME.get(key) ?? (key === 'e-mail' ? BY_NAME.get('email') : undefined);
  return hit ? { field: hit.field, type: hit.type } : null;
}

export interface HeaderMapping {
  /** Index of the header in the source file. */
  index: number;
  header: string;
  /** The existing column it goes into, or null for a new column. */
  columnId: string | null;
  how: 'name' | 'synonym' | 'none';
  /** The field the header names, when it is a known one. */
  field: KnownField | null;
  /** The type for a new column suggested by the header; null when only the data can tell. */
  suggestedType: ColumnType | null;
}

/** Each source header to at most one existing column: same name first, then the same known field. */
export function mapHeadersToColumns(headers: readonly string[], columns: readonly Column[]): HeaderMapping[] {
  const used = new Set<string>();
  const byName = new Map<string, Column>();
  for (const c of columns) if (!byName.has(normaliseHeader(c.name))) byName.set(normaliseHeader(c.name), c);
  const mappings: HeaderMapping[] = headers.map((header, index) => {
    const match = matchHeader(header);
    const base = { index, header, field: match?.field ?? null, suggestedType: match?.type ?? null };
    const same = byName.get(normaliseHeader(header));
    if (same && !used.has(same.id)) {
      used.add(same.id);
      return { ...base, columnId: same.id, how: 'name' };
    }
    return { ...base, columnId: null, how: 'none' };
  });
  // Synonyms only after every exact name has claimed its column.
  for (const m of mappings) {
    if (m.columnId !== null || m.field === null) continue;
    const target = columns.find((c) => !used.has(c.id) && matchHeader(c.name)?.field === m.field);
    if (target) {
      used.add(target.id);
      m.columnId = target.id;
      m.how = 'synonym';
    }
  }
  return mappings;
}
