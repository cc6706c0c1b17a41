// Given names with pinyin, the most common full names (which many unrelated people share),
// and the same-sounding characters people type for one another (张伟 / 张玮).

export interface GivenName {
  hanzi: string;
  pinyin: string;
}

const TABLE: [string, string][] = [
  ['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['秀英', 'xiuying'], ['敏', 'min'], ['静', 'jing'],
  ['丽', 'li'], ['强', 'qiang'], ['磊', 'lei'], ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'],
  ['艳', 'yan'], ['杰', 'jie'], ['娟', 'juan'], ['涛', 'tao'], ['明', 'ming'], ['超', 'chao'],
  ['秀兰', 'xiulan'], ['霞', 'xia'], ['平', 'ping'], ['刚', 'gang'], ['桂英', 'guiying'], ['辉', 'hui'],
  ['玲', 'ling'], ['婷', 'ting'], ['鹏', 'peng'], ['琳', 'lin'], ['斌', 'bin'], ['峰', 'feng'],
  ['华', 'hua'], ['红', 'hong'], ['建华', 'jianhua'], ['建国', 'jianguo'], ['志强', 'zhiqiang'],
  ['海燕', 'haiyan'], ['晓东', 'xiaodong'], ['晓燕', 'xiaoyan'], ['小红', 'xiaohong'], ['国强', 'guoqiang'],
  ['文杰', 'wenjie'], ['俊杰', 'junjie'], ['浩然', 'haoran'], ['子涵', 'zihan'], ['欣怡', 'xinyi'],
  ['梓轩', 'zixuan'], ['雨婷', 'yuting'], ['思远', 'siyuan'], ['嘉怡', 'jiayi'], ['宇航', 'yuhang'],
  ['佳怡', 'jiayi'], ['一鸣', 'yiming'], ['天宇', 'tianyu'], ['晨曦', 'chenxi'], ['诗涵', 'shihan'],
  ['建平', 'jianping'], ['永刚', 'yonggang'], ['丽娟', 'lijuan'], ['春梅', 'chunmei'], ['金凤', 'jinfeng'],
  ['德明', 'deming'], ['志勇', 'zhiyong'], ['振华', 'zhenhua'], ['国庆', 'guoqing'], ['红梅', 'hongmei'],
  ['凤英', 'fengying'], ['玉兰', 'yulan'], ['少华', 'shaohua'], ['伟东', 'weidong'], ['立新', 'lixin'],
  ['海涛', 'haitao'], ['志明', 'zhiming'], ['雪梅', 'xuemei'], ['美玲', 'meiling'], ['家豪', 'jiahao'],
  ['嘉欣', 'jiaxin'], ['子豪', 'zihao'], ['宏伟', 'hongwei'], ['文静', 'wenjing'], ['晓峰', 'xiaofeng'],
  ['明辉', 'minghui'], ['丹', 'dan'], ['璐', 'lu'], ['倩', 'qian'], ['昊', 'hao'], ['凯', 'kai'],
  ['颖', 'ying'], ['晶', 'jing'], ['莹', 'ying'], ['亮', 'liang'], ['健', 'jian'], ['宁', 'ning'],
  ['建军', 'jianjun'], ['海峰', 'haifeng'], ['丽华', 'lihua'], ['秀珍', 'xiuzhen'], ['志刚', 'zhigang'],
  ['云飞', 'yunfei'], ['晓明', 'xiaoming'], ['瑞', 'rui'], ['欣', 'xin'], ['彤', 'tong'], ['博', 'bo'],
  ['梦琪', 'mengqi'], ['思琪', 'siqi'], ['俊', 'jun'], ['伟华', 'weihua'], ['爱华', 'aihua'], ['少波', 'shaobo'],
];

export const GIVEN_NAMES: readonly GivenName[] = TABLE.map(([hanzi, pinyin]) => ({ hanzi, pinyin }));

/** Full names so common that a customer list holds several different people by each. */
export const COMMON_FULL_NAMES: readonly { surname: string; given: string }[] = [
  { surname: '张', given: '伟' },
  { surname: '王', given: '伟' },
  { surname: '王', given: '芳' },
  { surname: '李', given: '娜' },
  { surname: '刘', given: '洋' },
  { surname: '李', given: '静' },
];

/** Characters read alike (same pinyin, tones aside), each mapped to one typed in its place. */
export const HOMOPHONES: Readonly<Record<string, string>> = {
  伟: '玮', 玮: '伟', 丽: '莉', 静: '婧', 军: '君', 敏: '珉', 强: '蔷', 杰: '洁', 涛: '韬',
  明: '铭', 华: '桦', 红: '虹', 芳: '方', 艳: '燕', 燕: '艳', 娟: '鹃', 勇: '永', 刚: '钢',
  平: '萍', 辉: '晖', 峰: '锋', 斌: '彬', 玲: '铃', 婷: '亭', 鹏: '朋', 琳: '林', 洋: '阳',
  磊: '垒', 梅: '玫', 颖: '莹', 莹: '颖', 晶: '菁', 健: '建', 凯: '锴', 宁: '凝', 欣: '昕',
};
