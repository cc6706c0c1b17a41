// The columns of the four demo tables, with stable ids (c_company, p_order…) that tests and the
// seeding code rely on, and their select choices drawn from the vocabulary.

import type { Column } from '../types.ts';
import { PROVINCES } from './vocabulary/cities.ts';
import { INDUSTRIES } from './vocabulary/industries.ts';
import { SOURCE_CHANNELS, TAGS, TIERS } from './vocabulary/customer-choices.ts';
import { SALESPEOPLE } from './vocabulary/sales-team.ts';
import { ALL_PRODUCTS } from './vocabulary/products.ts';
import { INTERACTION_METHODS, TASK_STATUSES } from './vocabulary/activity-texts.ts';

export type DemoTableKey = 'customers' | 'purchases' | 'interactions' | 'followups';

/** A column before the store gives it a table and an order; `linkTableId` names a DemoTableKey. */
export type DemoColumn = Omit<Column, 'tableId' | 'order'>;

const OWNERS = SALESPEOPLE.map((s) => s.name);

export const CUSTOMER_COLUMNS: readonly DemoColumn[] = [
  { id: 'c_company', name: '公司名称', type: 'text', width: 260 },
  { id: 'c_contact', name: '联系人', type: 'text', width: 90 },
  { id: 'c_mobile', name: '手机', type: 'phone', width: 140 },
  { id: 'c_email', name: '邮箱', type: 'email', width: 200 },
  { id: 'c_province', name: '省份', type: 'select', choices: PROVINCES.map((p) => p.name), width: 100 },
  { id: 'c_city', name: '城市', type: 'select', choices: PROVINCES.flatMap((p) => p.cities.map((c) => c.name)), width: 100 },
  { id: 'c_address', name: '地址', type: 'text', width: 280 },
  { id: 'c_industry', name: '行业', type: 'select', choices: INDUSTRIES.map((i) => i.name), width: 100 },
  { id: 'c_source', name: '来源渠道', type: 'select', choices: SOURCE_CHANNELS.map((s) => s.name), width: 110 },
  { id: 'c_tier', name: '客户等级', type: 'select', choices: TIERS.map((t) => t.name), width: 90 },
  { id: 'c_tags', name: '标签', type: 'multiSelect', choices: TAGS.map((t) => t.name), width: 180 },
  { id: 'c_created', name: '创建日期', type: 'date', width: 110 },
  { id: 'c_owner', name: '负责人', type: 'select', choices: OWNERS, width: 90 },
  { id: 'c_notes', name: '备注', type: 'longText', width: 240 },
  { id: 'c_signed', name: '已签约', type: 'checkbox', width: 80 },
];

export const PURCHASE_COLUMNS: readonly DemoColumn[] = [
  { id: 'p_order', name: '订单号', type: 'text', width: 150 },
  { id: 'p_customer', name: '客户', type: 'link', linkTableId: 'customers', width: 240 },
  { id: 'p_date', name: '日期', type: 'date', width: 110 },
  { id: 'p_product', name: '产品', type: 'select', choices: ALL_PRODUCTS.map((p) => p.name), width: 180 },
  { id: 'p_quantity', name: '数量', type: 'number', width: 80 },
  { id: 'p_amount', name: '金额', type: 'money', width: 120 },
];

export const INTERACTION_COLUMNS: readonly DemoColumn[] = [
  { id: 'i_summary', name: '摘要', type: 'text', width: 320 },
  { id: 'i_customer', name: '客户', type: 'link', linkTableId: 'customers', width: 240 },
  { id: 'i_date', name: '日期', type: 'date', width: 110 },
  { id: 'i_method', name: '方式', type: 'select', choices: INTERACTION_METHODS.map((m) => m.name), width: 80 },
  { id: 'i_owner', name: '负责人', type: 'select', choices: OWNERS, width: 90 },
];

export const FOLLOWUP_COLUMNS: readonly DemoColumn[] = [
  { id: 'f_task', name: '事项', type: 'text', width: 260 },
  { id: 'f_customer', name: '客户', type: 'link', linkTableId: 'customers', width: 240 },
  { id: 'f_due', name: '截止日期', type: 'date', width: 110 },
  { id: 'f_status', name: '状态', type: 'select', choices: [...TASK_STATUSES], width: 90 },
  { id: 'f_owner', name: '负责人', type: 'select', choices: OWNERS, width: 90 },
];
