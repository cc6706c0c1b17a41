// Traditional forms (Hong Kong standard, as OpenCC writes them) of the simplified characters that
// appear in demo company names, for duplicates typed by someone writing traditional Chinese.
// A table rather than OpenCC itself: the generator then ships without a dictionary, and a test
// checks that OpenCC turns every entry back into the simplified character.

export const TRADITIONAL: Readonly<Record<string, string>> = {
  华: '華', 恒: '恆', 达: '達', 远: '遠', 鹏: '鵬', 丰: '豐', 兴: '興', 联: '聯', 东: '東', 创: '創',
  汇: '匯', 万: '萬', 长: '長', 国: '國', 荣: '榮', 桥: '橋', 蓝: '藍', 纳: '納', 启: '啓', 优: '優',
  众: '眾', 诚: '誠', 顺: '順', 发: '發', 广: '廣', 凯: '凱', 锦: '錦', 腾: '騰', 飞: '飛', 图: '圖',
  润: '潤', 龙: '龍', 宝: '寶', 亿: '億', 伟: '偉', 辉: '輝', 泽: '澤', 业: '業', 峰: '峯', 责: '責',
  团: '團', 经: '經', 营: '營', 门: '門', 术: '術', 网: '網', 络: '絡', 软: '軟', 数: '數', 据: '據',
  电: '電', 贸: '貿', 进: '進', 际: '際', 实: '實', 饮: '飲', 务: '務', 应: '應', 链: '鏈', 运: '運',
  输: '輸', 货: '貨', 递: '遞', 机: '機', 设: '設', 备: '備', 胶: '膠', 筑: '築', 装: '裝', 饰: '飾',
  计: '計', 医: '醫', 疗: '療', 药: '藥', 咨: '諮', 询: '詢', 训: '訓', 传: '傳', 纺: '紡', 织: '織',
  针: '針', 划: '劃', 会: '會', 车: '車', 销: '銷', 财: '財', 资: '資', 庆: '慶', 宁: '寧', 绍: '紹',
  苏: '蘇', 无: '無', 锡: '錫', 厦: '廈', 济: '濟', 岛: '島', 烟: '煙', 绵: '綿', 阳: '陽', 汉: '漢',
  郑: '鄭', 庄: '莊', 芜: '蕪', 连: '連',
};

export function toTraditional(text: string): string {
  let out = '';
  for (const char of text) out += TRADITIONAL[char] ?? char;
  return out;
}
