// What the demo's supplier sells: a list price (元) and a usual order quantity per product,
// grouped by the customer industry that buys it, plus office goods every customer buys.

export interface Product {
  name: string;
  /** List price in 元 per unit; orders are charged this times quantity, less a discount. */
  price: number;
  /** Usual quantity per order, both ends included. */
  quantity: readonly [number, number];
}

const p = (name: string, price: number, min: number, max: number): Product => ({ name, price, quantity: [min, max] });

export const PRODUCTS_BY_INDUSTRY: Readonly<Record<string, readonly Product[]>> = {
  信息技术: [p('云服务器年费', 6800, 1, 10), p('企业邮箱套餐', 1200, 1, 5), p('ERP软件授权', 25000, 1, 3), p('网络交换机', 3200, 1, 8), p('技术支持服务包', 8000, 1, 2)],
  电子: [p('贴片电阻（卷）', 85, 10, 200), p('电解电容（千只）', 260, 5, 100), p('单片机开发板', 180, 5, 60), p('数字示波器', 4800, 1, 4), p('无铅锡膏', 320, 5, 50), p('防静电工作台', 1500, 1, 10)],
  贸易: [p('塑料托盘', 120, 10, 300), p('全自动打包机', 2600, 1, 3), p('瓦楞纸箱（百个）', 380, 5, 80), p('电子台秤', 650, 1, 6), p('手持扫码枪', 420, 2, 20)],
  餐饮: [p('商用冷柜', 5800, 1, 3), p('餐饮收银系统', 3600, 1, 2), p('不锈钢操作台', 1200, 1, 6), p('一次性餐盒（箱）', 160, 5, 120), p('油烟净化器', 4200, 1, 2), p('食用油（桶）', 210, 5, 60)],
  物流: [p('物流管理系统', 18000, 1, 1), p('叉车租赁（月）', 3500, 1, 12), p('GPS定位终端', 680, 2, 50), p('缠绕膜（卷）', 45, 20, 500), p('塑料周转箱', 38, 50, 1000)],
  制造: [p('数控刀具套装', 2200, 1, 10), p('工业润滑油（桶）', 880, 2, 30), p('气动元件', 360, 5, 80), p('劳保手套（箱）', 240, 2, 40), p('变频器', 3200, 1, 8), p('深沟球轴承', 95, 20, 400)],
  建材装饰: [p('抛光砖（平方米）', 85, 50, 2000), p('防水涂料（桶）', 420, 5, 100), p('铝合金门窗（平方米）', 680, 10, 300), p('石膏板（张）', 32, 50, 1500), p('电线电缆（卷）', 360, 5, 120)],
  医疗健康: [p('医用外科口罩（箱）', 180, 5, 100), p('电子血压计', 260, 2, 40), p('医用冷藏箱', 3800, 1, 4), p('一次性丁腈手套（箱）', 150, 5, 80), p('含氯消毒液（桶）', 95, 10, 200)],
  教育培训: [p('智慧黑板', 16800, 1, 6), p('学习平板', 1999, 5, 60), p('激光投影仪', 4500, 1, 8), p('在线课程平台年费', 12000, 1, 1), p('课桌椅套装', 680, 10, 120)],
  零售: [p('超市货架', 450, 5, 80), p('收银一体机', 2800, 1, 6), p('监控摄像头', 320, 2, 30), p('风幕冷柜', 7600, 1, 3), p('电子价签', 28, 100, 3000)],
  服装纺织: [p('工业缝纫机', 2600, 1, 20), p('纯棉面料（米）', 28, 100, 5000), p('树脂拉链（千条）', 350, 1, 30), p('蒸汽熨斗', 680, 1, 15), p('服装吊牌（千个）', 120, 2, 50)],
  广告传媒: [p('户外广告位（月）', 15000, 1, 6), p('LED显示屏（平方米）', 3800, 2, 40), p('宣传册印刷（千本）', 2200, 1, 10), p('短视频代运营（月）', 8000, 1, 12), p('展台搭建', 26000, 1, 2)],
  汽车服务: [p('汽车轮胎', 680, 4, 80), p('全合成机油（箱）', 420, 2, 50), p('陶瓷刹车片', 260, 4, 60), p('四柱举升机', 9800, 1, 2), p('行车记录仪', 380, 2, 40)],
  咨询服务: [p('财务软件年费', 3980, 1, 3), p('办公桌椅套装', 1600, 2, 30), p('会议平板', 12800, 1, 3), p('碎纸机', 980, 1, 4)],
};

/** Office goods any customer may buy alongside its industry's products. */
export const OFFICE_PRODUCTS: readonly Product[] = [
  p('A4复印纸（箱）', 145, 2, 50),
  p('复印打印一体机', 6800, 1, 2),
  p('商务笔记本电脑', 5999, 1, 10),
  p('硒鼓', 380, 1, 20),
  p('桶装饮用水（桶）', 18, 10, 200),
];

/** Discounts granted on the list price, most orders at full price. */
export const DISCOUNTS: readonly { rate: number; weight: number }[] = [
  { rate: 1, weight: 45 },
  { rate: 0.98, weight: 10 },
  { rate: 0.95, weight: 18 },
  { rate: 0.9, weight: 14 },
  { rate: 0.88, weight: 6 },
  { rate: 0.85, weight: 5 },
  { rate: 0.8, weight: 2 },
];

/** Every product name, each once: the 产品 select's choices. */
export const ALL_PRODUCTS: readonly Product[] = [...Object.values(PRODUCTS_BY_INDUSTRY).flat(), ...OFFICE_PRODUCTS];
