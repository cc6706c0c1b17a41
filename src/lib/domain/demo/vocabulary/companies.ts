// Parts of Chinese company names: trade-name characters (字号), legal suffixes and shop suffixes.
// Industry words (科技, 贸易, 餐饮…) live with their industry in industries.ts.

/** Trade names seen on real shop signs, with pinyin (for company mail domains). */
export const CURATED_TRADE_NAMES: readonly { hanzi: string; pinyin: string }[] = toPairs(
  '华信huaxin 恒达hengda 鼎盛dingsheng 宏远hongyuan 金鹏jinpeng 瑞丰ruifeng 鑫源xinyuan 泰和taihe ' +
    '永兴yongxing 天成tiancheng 中联zhonglian 新东方xindongfang 盛世shengshi 联创lianchuang 德昌dechang ' +
    '嘉禾jiahe 汇通huitong 万达wanda 佳美jiamei 长城changcheng 东方dongfang 四海sihai 富华fuhua ' +
    '国泰guotai 华美huamei 荣达rongda 同创tongchuang 金桥jinqiao 蓝天lantian 海纳haina 明远mingyuan ' +
    '博雅boya 启航qihang 星辰xingchen 优品youpin 众诚zhongcheng 顺发shunfa 诚信chengxin 广源guangyuan ' +
    '百川baichuan 卓越zhuoyue 凯旋kaixuan 锦程jincheng 腾飞tengfei 宏图hongtu 安泰antai 和信hexin',
);

/** Characters auspicious enough for a trade name; any two of them read like a real 字号. */
export const TRADE_NAME_FIRST: readonly { hanzi: string; pinyin: string }[] = toPairs(
  '华hua 恒heng 鼎ding 宏hong 金jin 瑞rui 鑫xin 泰tai 永yong 天tian 中zhong 盛sheng 联lian 德de 嘉jia ' +
    '汇hui 万wan 佳jia 东dong 富fu 国guo 荣rong 同tong 海hai 明ming 博bo 启qi 星xing 优you 众zhong ' +
    '顺shun 广guang 百bai 卓zhuo 凯kai 锦jin 腾teng 安an 和he 新xin 创chuang 达da 昌chang 兴xing ' +
    '润run 信xin 丰feng 美mei 龙long 飞fei 远yuan 宝bao 诚cheng 越yue 亿yi 长chang 光guang 伟wei',
);

export const TRADE_NAME_SECOND: readonly { hanzi: string; pinyin: string }[] = toPairs(
  '信xin 达da 盛sheng 远yuan 鹏peng 丰feng 源yuan 和he 兴xing 成cheng 联lian 创chuang 昌chang 禾he ' +
    '通tong 泰tai 美mei 华hua 辉hui 荣rong 桥qiao 纳na 雅ya 航hang 辰chen 品pin 诚cheng 发fa 川chuan ' +
    '越yue 旋xuan 程cheng 飞fei 图tu 安an 瑞rui 润run 祥xiang 康kang 隆long 升sheng 威wei 泽ze 凯kai ' +
    '力li 腾teng 汇hui 新xin 嘉jia 宇yu 豪hao 盈ying 福fu 顺shun 业ye 森sen 峰feng 启qi 耀yao',
);

export interface LegalSuffix {
  text: string;
  weight: number;
}

export const LEGAL_SUFFIXES: readonly LegalSuffix[] = [
  { text: '有限公司', weight: 70 },
  { text: '有限责任公司', weight: 10 },
  { text: '股份有限公司', weight: 6 },
  { text: '集团有限公司', weight: 2 },
];

/** Suffixes of sole traders and small shops, which register no 有限公司. */
export const SHOP_SUFFIXES: readonly string[] = ['商行', '经营部', '工作室', '门市部', '店'];

/** Legal suffixes swapped for one another when the same company is typed twice. */
export const SUFFIX_SWAPS: Readonly<Record<string, string>> = {
  有限公司: '有限责任公司',
  有限责任公司: '有限公司',
  股份有限公司: '有限公司',
  集团有限公司: '集团',
};

/** Domains of the free mailboxes Chinese SMB staff use, weighted roughly by use. */
export const FREE_MAIL_DOMAINS: readonly { domain: string; weight: number }[] = [
  { domain: 'qq.com', weight: 40 },
  { domain: '163.com', weight: 25 },
  { domain: '126.com', weight: 10 },
  { domain: 'sina.com', weight: 4 },
  { domain: 'foxmail.com', weight: 5 },
  { domain: 'aliyun.com', weight: 3 },
  { domain: 'hotmail.com', weight: 2 },
  { domain: 'outlook.com', weight: 2 },
];

/** '华信huaxin 恒达hengda' → [{ hanzi: '华信', pinyin: 'huaxin' }, …]: characters, then their pinyin. */
function toPairs(spec: string): { hanzi: string; pinyin: string }[] {
  return spec.split(' ').map((token) => {
    const split = token.search(/[a-z]/);
    return { hanzi: token.slice(0, split), pinyin: token.slice(split) };
  });
}
