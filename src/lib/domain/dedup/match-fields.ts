// Which columns to compare for duplicates, and as what, guessed from column types and headers.

export type MatchKind =
  | 'company'
  | 'person'
  | 'givenName'
  | 'surname'
  | 'phone'
  | 'email'
  | 'address'
  | 'city'
  | 'province'
  | 'postcode'
  | 'date'
  | 'identifier'
  | 'streetNumber';

export interface MatchField {
  columnId: string;
  kind: MatchKind;
}

export interface MatchColumn {
  id: string;
  name: string;
  type: string;
}

// Order matters: the first pattern that fits a header wins (客户名称 is a company before it is a name).
const HEADER_PATTERNS: readonly [MatchKind, RegExp][] = [
  ['identifier', /身份证|证件号|信用代码|税号|营业执照|soc_?sec|\bssn\b|national_?id|id_?card|passport|tax_?id/],
  ['email', /邮箱|电子邮件|e_?mail|^mail$/],
  ['phone', /电话|手机|座机|联系方式|tel|phone|mobile|cell/],
  ['postcode', /邮编|邮政编码|post_?code|zip/],
  ['date', /生日|出生|birth|\bdob\b/],
  ['company', /公司|企业|单位|机构|商户|厂商|客户名称|客户全称|company|organi[sz]ation|employer|firm|account_?name/],
  ['givenName', /given_?name|first_?name|forename/],
  ['surname', /surname|last_?name|family_?name|^姓$/],
  ['person', /联系人|姓名|名字|负责人|contact|full_?name|person|^name$|^客户$/],
  ['streetNumber', /street_?(number|no)|house_?(number|no)|门牌/],
  ['address', /地址|住址|address|street|addr/],
  ['city', /城市|^市$|city|suburb|town/],
  ['province', /省份|^省$|province|state|region/],
];

const TYPE_KINDS: Partial<Record<string, MatchKind>> = { phone: 'phone', email: 'email' };

/**
 * The fields worth comparing. `overrides` maps a column id to a kind, or to null to leave it out.
 * Columns no pattern recognises (ids, notes, tags, amounts) are never compared.
 */
export function pickMatchFields(
  columns: readonly MatchColumn[],
  overrides: Readonly<Record<string, MatchKind | null>> = {},
): MatchField[] {
  const fields: MatchField[] = [];
  for (const column of columns) {
    const kind = column.id in overrides ? overrides[column.id] : guessKind(column);
    if (kind) fields.push({ columnId: column.id, kind });
  }
  return fields;
}

function guessKind(column: MatchColumn): MatchKind | undefined {
  const typed = TYPE_KINDS[column.type];
  if (typed) return typed;
  const header = column.name.trim().toLowerCase().replace(/[\s-]+/g, '_');
  if (header === '' || /^(rec_?)?id$|^编号$|^序号$/.test(header)) return undefined;
  return HEADER_PATTERNS.find(([, pattern]) => pattern.test(header))?.[0];
}
