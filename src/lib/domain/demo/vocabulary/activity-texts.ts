// Templates for interaction summaries and follow-up tasks, with slots filled per customer:
// {title} how the contact is addressed (张总, 李经理), {product} something they buy, {month} a month.

export type InteractionMethod = '电话' | '邮件' | '会议' | '微信' | '拜访';

export const INTERACTION_METHODS: readonly { name: InteractionMethod; weight: number }[] = [
  { name: '电话', weight: 35 },
  { name: '微信', weight: 30 },
  { name: '邮件', weight: 15 },
  { name: '拜访', weight: 12 },
  { name: '会议', weight: 8 },
];

export const SUMMARY_TEMPLATES: Readonly<Record<InteractionMethod, readonly string[]>> = {
  电话: [
    '电话沟通{product}报价，{title}表示需要内部讨论',
    '回访{product}使用情况，反馈良好',
    '{title}来电咨询{product}交期',
    '电话催收{month}月货款，承诺本周内付款',
    '邀约{title}参加{month}月新品发布会',
    '电话确认收货地址变更',
    '{title}反映{product}有质量问题，已登记售后',
    '首次电话联系，介绍公司主营产品',
  ],
  邮件: [
    '发送{product}报价单及产品资料',
    '邮件确认订单发货时间',
    '回复关于发票抬头的问题',
    '发送年度合作协议草案',
    '邮件通知{product}价格调整',
    '发送{month}月对账单，请财务核对',
  ],
  会议: [
    '视频会议演示{product}，对方技术负责人参加',
    '与采购部开会讨论年度框架协议',
    '季度业务回顾会，{title}提出降价需求',
    '项目启动会，确认{product}实施计划',
  ],
  微信: [
    '微信发送{product}产品图片和参数',
    '{title}微信询问物流进度',
    '微信确认收货，{title}表示满意',
    '节日问候，顺带介绍{product}新款',
    '微信发送电子发票',
    '{title}微信要求补发{product}说明书',
  ],
  拜访: [
    '上门拜访{title}，参观生产车间',
    '拜访客户并现场演示{product}',
    '陪同技术人员上门安装调试{product}',
    '拜访新任采购负责人，建立联系',
    '登门送样品{product}，{title}答应试用',
  ],
};

export const TASK_TEMPLATES: readonly string[] = [
  '发送{product}报价单',
  '确认{product}交货时间',
  '跟进{month}月回款',
  '安排上门拜访{title}',
  '寄送样品：{product}',
  '续签年度合作协议',
  '邀请{title}参加展会',
  '处理售后问题：{product}维修',
  '核对对账单并开具发票',
  '回访满意度调查',
  '提交{product}试用反馈',
  '更新客户联系方式',
];

export type TaskStatus = '待办' | '进行中' | '已完成';

export const TASK_STATUSES: readonly TaskStatus[] = ['待办', '进行中', '已完成'];

/** How a contact is addressed in notes: by surname and a title. */
export const CONTACT_TITLES: readonly { text: string; weight: number }[] = [
  { text: '总', weight: 45 },
  { text: '经理', weight: 35 },
  { text: '工', weight: 8 },
  { text: '主任', weight: 5 },
  { text: '老板', weight: 7 },
];
