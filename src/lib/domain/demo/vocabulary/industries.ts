// The industries of the demo's customers: the 行业 choice, the words their company names use,
// the English word their mail domains use, and how common they are among an SMB supplier's buyers.

export interface Industry {
  /** The 行业 select choice. */
  name: string;
  /** Words that follow the trade name in a company name: 华信 + 电子科技 + 有限公司. */
  nameWords: readonly string[];
  /** Used in company mail domains: huaxin-tech.com. */
  domainWord: string;
  weight: number;
  /** Share of this industry's customers that are sole traders or shops rather than 有限公司. */
  shopShare: number;
}

export const INDUSTRIES: readonly Industry[] = [
  { name: '信息技术', nameWords: ['科技', '信息技术', '网络科技', '软件', '数据科技', '智能科技'], domainWord: 'tech', weight: 14, shopShare: 0.02 },
  { name: '电子', nameWords: ['电子', '电子科技', '光电', '电器', '微电子'], domainWord: 'elec', weight: 10, shopShare: 0.05 },
  { name: '贸易', nameWords: ['贸易', '商贸', '进出口', '国际贸易', '实业'], domainWord: 'trade', weight: 12, shopShare: 0.08 },
  { name: '餐饮', nameWords: ['餐饮', '餐饮管理', '酒店管理', '餐饮服务'], domainWord: 'food', weight: 9, shopShare: 0.3 },
  { name: '物流', nameWords: ['物流', '供应链', '运输', '货运代理', '快递服务'], domainWord: 'logistics', weight: 7, shopShare: 0.05 },
  { name: '制造', nameWords: ['机械', '精密机械', '五金', '模具', '机电设备', '塑胶制品'], domainWord: 'mfg', weight: 10, shopShare: 0.1 },
  { name: '建材装饰', nameWords: ['建材', '建筑工程', '装饰工程', '装饰设计', '建设工程'], domainWord: 'build', weight: 7, shopShare: 0.12 },
  { name: '医疗健康', nameWords: ['医疗器械', '医药', '生物科技', '健康科技', '大药房'], domainWord: 'med', weight: 5, shopShare: 0.08 },
  { name: '教育培训', nameWords: ['教育科技', '教育咨询', '培训', '文化传播'], domainWord: 'edu', weight: 5, shopShare: 0.1 },
  { name: '零售', nameWords: ['百货', '便利店', '超市', '商业管理'], domainWord: 'retail', weight: 7, shopShare: 0.35 },
  { name: '服装纺织', nameWords: ['服饰', '服装', '纺织', '制衣', '针织'], domainWord: 'fashion', weight: 5, shopShare: 0.15 },
  { name: '广告传媒', nameWords: ['广告', '文化传媒', '传媒', '品牌策划', '会展服务'], domainWord: 'media', weight: 4, shopShare: 0.1 },
  { name: '汽车服务', nameWords: ['汽车配件', '汽车服务', '汽车用品', '汽车销售服务'], domainWord: 'auto', weight: 3, shopShare: 0.25 },
  { name: '咨询服务', nameWords: ['企业管理咨询', '财务咨询', '商务咨询', '人力资源'], domainWord: 'consult', weight: 2, shopShare: 0.05 },
];
