// The supplier's salespeople: the 负责人 choices, each with a share of the customers they own.

export const SALESPEOPLE: readonly { name: string; weight: number }[] = [
  { name: '陈晓东', weight: 18 },
  { name: '刘婷', weight: 16 },
  { name: '王磊', weight: 15 },
  { name: '赵敏', weight: 13 },
  { name: '孙浩', weight: 12 },
  { name: '周佳怡', weight: 11 },
  { name: '吴俊杰', weight: 9 },
  { name: '郑雪', weight: 6 },
];
