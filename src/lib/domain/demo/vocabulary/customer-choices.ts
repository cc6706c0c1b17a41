// The choices of the customer table's select and tag columns, weighted as a real sheet shows them,
// and the remarks salespeople leave in 备注.

export const SOURCE_CHANNELS: readonly { name: string; weight: number }[] = [
  { name: '老客户介绍', weight: 20 },
  { name: '展会', weight: 14 },
  { name: '官网', weight: 12 },
  { name: '百度推广', weight: 11 },
  { name: '电话营销', weight: 10 },
  { name: '微信', weight: 12 },
  { name: '抖音', weight: 7 },
  { name: '阿里巴巴', weight: 6 },
  { name: '线下门店', weight: 5 },
  { name: '地推', weight: 3 },
];

export type Tier = 'VIP' | '重要' | '普通' | '潜在';

export const TIERS: readonly { name: Tier; weight: number; buyingWeight: number }[] = [
  // buyingWeight scales how often a tier orders, so RFM later finds the VIPs it was given.
  { name: 'VIP', weight: 5, buyingWeight: 6 },
  { name: '重要', weight: 15, buyingWeight: 2.5 },
  { name: '普通', weight: 50, buyingWeight: 1 },
  { name: '潜在', weight: 30, buyingWeight: 0 },
];

export const TAGS: readonly { name: string; weight: number }[] = [
  { name: '高意向', weight: 10 },
  { name: '价格敏感', weight: 12 },
  { name: '老客户', weight: 10 },
  { name: '需回访', weight: 12 },
  { name: '大客户', weight: 5 },
  { name: '已报价', weight: 9 },
  { name: '合作伙伴', weight: 4 },
  { name: '政府采购', weight: 3 },
  { name: '竞品用户', weight: 5 },
  { name: '节日送礼', weight: 4 },
  { name: '账期客户', weight: 6 },
];

/** Remarks with slots: {surname} the contact's surname, {product} something they buy, {days} a payment term. */
export const NOTE_TEMPLATES: readonly string[] = [
  '{surname}总喜欢喝茶，拜访可带点茶叶',
  '付款周期{days}天，需提前对账',
  '发票抬头与公司名称不一致，开票前确认',
  '只接受下午联系，上午在车间',
  '对价格比较敏感，报价需经理审批',
  '有意向采购{product}，下季度有预算',
  '老板是{surname}总，采购由其爱人负责',
  '春节前需要安排送礼',
  '竞品报价比我们低5%左右',
  '要求送货上门并协助安装',
  '公司搬迁中，新地址待确认',
  '曾投诉过交期延误，注意跟进',
  '微信联系更方便，电话经常不接',
  '介绍过两家同行客户',
  '年底集中采购{product}',
];
