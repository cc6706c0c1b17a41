// Chinese surnames with their pinyin and a rough frequency weight (per mille of the population).

export interface Surname {
  hanzi: string;
  pinyin: string;
  weight: number;
}

const TABLE: [string, string, number][] = [
  ['王', 'wang', 72], ['李', 'li', 71], ['张', 'zhang', 68], ['刘', 'liu', 54], ['陈', 'chen', 47],
  ['杨', 'yang', 31], ['黄', 'huang', 24], ['赵', 'zhao', 23], ['吴', 'wu', 21], ['周', 'zhou', 21],
  ['徐', 'xu', 15], ['孙', 'sun', 15], ['马', 'ma', 14], ['朱', 'zhu', 13], ['胡', 'hu', 13],
  ['郭', 'guo', 12], ['何', 'he', 12], ['高', 'gao', 11], ['林', 'lin', 11], ['罗', 'luo', 10],
  ['郑', 'zheng', 10], ['梁', 'liang', 9], ['谢', 'xie', 8], ['宋', 'song', 8], ['唐', 'tang', 8],
  ['许', 'xu', 7], ['韩', 'han', 7], ['冯', 'feng', 7], ['邓', 'deng', 7], ['曹', 'cao', 6],
  ['彭', 'peng', 6], ['曾', 'zeng', 6], ['肖', 'xiao', 6], ['田', 'tian', 5], ['董', 'dong', 5],
  ['袁', 'yuan', 5], ['潘', 'pan', 5], ['于', 'yu', 5], ['蒋', 'jiang', 5], ['蔡', 'cai', 5],
  ['余', 'yu', 4], ['杜', 'du', 4], ['叶', 'ye', 4], ['程', 'cheng', 4], ['苏', 'su', 4],
  ['魏', 'wei', 4], ['吕', 'lv', 4], ['丁', 'ding', 4], ['任', 'ren', 4], ['沈', 'shen', 4],
  ['姚', 'yao', 3], ['卢', 'lu', 3], ['姜', 'jiang', 3], ['崔', 'cui', 3], ['钟', 'zhong', 3],
  ['谭', 'tan', 3], ['陆', 'lu', 3], ['汪', 'wang', 3], ['范', 'fan', 3], ['金', 'jin', 3],
  ['石', 'shi', 3], ['廖', 'liao', 3], ['贾', 'jia', 3], ['夏', 'xia', 2], ['韦', 'wei', 2],
  ['付', 'fu', 2], ['方', 'fang', 2], ['白', 'bai', 2], ['邹', 'zou', 2], ['孟', 'meng', 2],
  ['熊', 'xiong', 2], ['秦', 'qin', 2], ['邱', 'qiu', 2], ['江', 'jiang', 2], ['尹', 'yin', 2],
  ['薛', 'xue', 2], ['闫', 'yan', 2], ['段', 'duan', 2], ['雷', 'lei', 2], ['侯', 'hou', 2],
  ['龙', 'long', 2], ['史', 'shi', 2], ['陶', 'tao', 2], ['黎', 'li', 2], ['贺', 'he', 2],
  ['顾', 'gu', 2], ['毛', 'mao', 2], ['郝', 'hao', 2], ['龚', 'gong', 2], ['邵', 'shao', 2],
  ['万', 'wan', 1], ['钱', 'qian', 1], ['严', 'yan', 1], ['覃', 'qin', 1], ['武', 'wu', 1],
  ['戴', 'dai', 1], ['莫', 'mo', 1], ['孔', 'kong', 1], ['向', 'xiang', 1], ['汤', 'tang', 1],
  ['欧阳', 'ouyang', 1], ['司马', 'sima', 0.3], ['上官', 'shangguan', 0.3], ['诸葛', 'zhuge', 0.2],
];

export const SURNAMES: readonly Surname[] = TABLE.map(([hanzi, pinyin, weight]) => ({ hanzi, pinyin, weight }));
