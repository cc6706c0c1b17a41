// A seeded generator of a messy Chinese customer sheet with known truth: duplicates typed differently,
// and look-alikes that are NOT duplicates (common names at other companies, branches in other cities).
import { Converter } from 'opencc-js/cn2t';
import type { DedupRow } from '../../../../src/lib/domain/dedup/find-duplicates.ts';

export const SHEET_HEADERS = ['客户名称', '联系人', '手机', '邮箱', '城市', '地址', '备注'] as const;

export interface MessySheet {
  rows: DedupRow[];
  /** Row id → the real customer it describes. */
  entityOf: Map<number, string>;
}

export interface SheetOptions {
  seed: number;
  customers: number;
  /** Share of customers entered more than once. */
  duplicateShare?: number;
}

/** mulberry32: small, fast, and the same sequence on every platform. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES: readonly { name: string; variants: readonly string[]; districts: readonly string[] }[] = [
  { name: '北京市', variants: ['北京', 'BJ', 'Beijing', '北京市'], districts: ['朝阳区', '海淀区', '东城区', '丰台区'] },
  { name: '上海市', variants: ['上海', 'SH', '沪', 'Shanghai'], districts: ['浦东新区', '徐汇区', '静安区', '闵行区'] },
  { name: '深圳市', variants: ['深圳', 'SZ', 'Shenzhen'], districts: ['南山区', '福田区', '宝安区', '龙岗区'] },
  { name: '广州市', variants: ['广州', 'GZ', 'Guangzhou', '穗'], districts: ['天河区', '越秀区', '海珠区', '番禺区'] },
  { name: '杭州市', variants: ['杭州', 'HZ', 'Hangzhou'], districts: ['西湖区', '滨江区', '拱墅区', '余杭区'] },
  { name: '成都市', variants: ['成都', 'CD', 'Chengdu', '蓉'], districts: ['武侯区', '锦江区', '青羊区', '高新区'] },
  { name: '武汉市', variants: ['武汉', 'WH', 'Wuhan'], districts: ['江汉区', '洪山区', '武昌区', '汉阳区'] },
  { name: '南京市', variants: ['南京', 'NJ', 'Nanjing'], districts: ['鼓楼区', '玄武区', '建邺区', '江宁区'] },
  { name: '重庆市', variants: ['重庆', 'CQ', '渝', 'Chongqing'], districts: ['渝中区', '江北区', '南岸区', '渝北区'] },
  { name: '西安市', variants: ['西安', 'XA', "Xi'an"], districts: ['雁塔区', '碑林区', '未央区', '莲湖区'] },
];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
// Given-name syllables, each with characters that sound the same: the homophone typos of contacts.
const GIVEN_SOUNDS: readonly string[] = [
  '伟玮炜', '静婧靖', '丽莉俐', '敏旻', '娜纳', '军君均', '磊垒', '洋阳', '艳燕雁', '勇涌', '杰洁捷', '涛韬滔',
  '明鸣铭', '超潮', '霞侠', '平萍苹', '刚钢', '斌彬滨', '辉晖', '鹏朋', '华桦骅', '芳方', '秀绣', '英瑛', '玲琳',
  '桂贵', '兰岚', '建健', '国帼', '文雯', '红鸿', '飞菲', '宇雨', '欣馨', '浩皓', '佳嘉', '子梓', '志智', '海', '晓',
];
// The commonest full names: many different people share them.
const COMMON_NAMES = ['张伟', '王伟', '王芳', '李伟', '李娜', '张敏', '李静', '王静', '刘伟', '王秀英'];
const BRAND = '华信盛达恒通鼎新天成博远众诚联创卓越金泰宏图瑞丰嘉禾汇智启航锦程远景星辰润泽中科东方致远腾飞海纳百川永安聚源';
const INDUSTRIES = ['科技', '贸易', '电子', '物流', '餐饮管理', '建材', '文化传媒', '医疗器械', '信息技术', '机械设备', '教育咨询', '服装', '网络科技', '生物科技', '环保工程'];
const ROADS = ['建设路', '人民路', '中山路', '解放路', '科技园路', '长江路', '和平路', '新华路', '青年路', '学府路', '创业大道', '滨河路'];
const DOMAINS = ['qq.com', '163.com', '126.com', 'sina.com', 'outlook.com'];
const MOBILE_PREFIXES = ['133', '135', '136', '137', '138', '139', '150', '151', '152', '158', '159', '166', '177', '180', '186', '188', '189', '199'];

interface Customer {
  entity: string;
  core: string;
  city: (typeof CITIES)[number];
  branch: boolean;
  contact: string;
  sounds: number[];
  phone: string;
  email: string;
  district: string;
  road: string;
  number: number;
}

export function generateMessySheet(options: SheetOptions): MessySheet {
  const random = seededRandom(options.seed);
  const pick = <T>(list: readonly T[] | string): T => list[Math.floor(random() * list.length)] as T;
  const toTraditional = Converter({ from: 'cn', to: 'hk' });
  const customers: Customer[] = [];
  const usedPhones = new Set<string>();
  const newPhone = () => {
    let phone: string;
    do phone = pick(MOBILE_PREFIXES) + String(Math.floor(random() * 1e8)).padStart(8, '0');
    while (usedPhones.has(phone));
    usedPhones.add(phone);
    return phone;
  };
  const usedEmails = new Set<string>();
  const newEmail = (contact: string) => {
    let email: string;
    do email = `${contactLatin(contact)}${Math.floor(random() * 10000)}@${pick(DOMAINS)}`;
    while (usedEmails.has(email));
    usedEmails.add(email);
    return email;
  };
  const newCustomer = (entity: string, core?: string, city?: Customer['city']): Customer => {
    const sounds = [Math.floor(random() * GIVEN_SOUNDS.length)];
    if (random() < 0.6) sounds.push(Math.floor(random() * GIVEN_SOUNDS.length));
    const common = random() < 0.08 ? pick(COMMON_NAMES) : null;
    const contact = common ?? pick<string>(SURNAMES) + sounds.map((s) => GIVEN_SOUNDS[s]![0]).join('');
    const phone = newPhone();
    return {
      entity,
      core: core ?? pick<string>(BRAND) + pick<string>(BRAND) + pick<string>(BRAND) + pick(INDUSTRIES),
      city: city ?? pick(CITIES),
      branch: core !== undefined,
      contact,
      sounds: common ? [] : sounds,
      phone,
      email: newEmail(contact),
      district: '',
      road: pick(ROADS),
      number: 1 + Math.floor(random() * 300),
    };
  };
  for (let e = 0; e < options.customers; e++) {
    const customer = newCustomer(`c${e}`);
    customer.district = pick(customer.city.districts);
    customers.push(customer);
    // Some companies have a branch in another city: same core name, everything else its own.
    if (random() < 0.05) {
      const other = CITIES.filter((c) => c !== customer.city);
      const branch = newCustomer(`c${e}-branch`, customer.core, pick(other));
      branch.district = pick(branch.city.districts);
      customer.branch = true;
      customers.push(branch);
    }
  }
  const records: { entity: string; cells: Record<string, string> }[] = [];
  for (const customer of customers) {
    records.push({ entity: customer.entity, cells: originalCells(customer) });
    const copies = random() < (options.duplicateShare ?? 0.35) ? 1 + Math.floor(random() * random() * 3) : 0;
    for (let k = 0; k < copies; k++) records.push({ entity: customer.entity, cells: messyCopy(customer) });
  }
  for (let i = records.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [records[i], records[j]] = [records[j]!, records[i]!];
  }
  const rows: DedupRow[] = [];
  const entityOf = new Map<number, string>();
  records.forEach((record, index) => {
    rows.push({ id: index + 1, cells: record.cells });
    entityOf.set(index + 1, record.entity);
  });
  return { rows, entityOf };

  function originalCells(c: Customer): Record<string, string> {
    const company = c.branch ? `${c.core}（${c.city.name.replace(/市$/, '')}）有限公司` : `${c.city.name.replace(/市$/, '')}${c.core}有限公司`;
    return {
      客户名称: company,
      联系人: c.contact,
      手机: c.phone,
      邮箱: c.email,
      城市: c.city.name,
      地址: `${c.city.name}${c.district}${c.road}${c.number}号`,
      备注: pick(['老客户', '', '展会认识', '电话咨询过']),
    };
  }

  function messyCopy(c: Customer): Record<string, string> {
    const cells = originalCells(c);
    const shortCity = c.city.name.replace(/市$/, '');
    cells['客户名称'] = pick([
      `${c.core}有限公司`,
      `${c.core}`,
      `${shortCity}市${c.core}有限责任公司`,
      c.branch ? `${c.core}(${shortCity})` : `${shortCity}${c.core}公司`,
      toTraditional(cells['客户名称']!),
      fullWidth(cells['客户名称']!),
    ]);
    cells['城市'] = pick(c.city.variants);
    cells['手机'] = pick([
      `${c.phone.slice(0, 3)} ${c.phone.slice(3, 7)} ${c.phone.slice(7)}`,
      `${c.phone.slice(0, 3)}-${c.phone.slice(3, 7)}-${c.phone.slice(7)}`,
      `+86 ${c.phone}`,
      `0086-${c.phone}`,
      Number(c.phone).toExponential(9).toUpperCase(),
      `${c.phone}.0`,
      c.phone,
    ]);
    // Some customers changed their number since the first entry.
    if (random() < 0.1) cells['手机'] = newPhone();
    if (random() < 0.4 && c.sounds.length > 0) {
      // A homophone slip: one given-name character replaced by another with the same sound.
      const which = Math.floor(random() * c.sounds.length);
      cells['联系人'] = c.contact.slice(0, 1) + c.sounds.map((s, i) => (i === which ? pick<string>(GIVEN_SOUNDS[s]!) : GIVEN_SOUNDS[s]![0])).join('');
    } else if (random() < 0.3) {
      cells['联系人'] = toTraditional(c.contact);
    } else if (random() < 0.15) {
      cells['联系人'] = `${c.contact.slice(0, 1)}${pick(['先生', '女士', '经理'])}`;
    }
    if (random() < 0.3) cells['邮箱'] = ` ${c.email.toUpperCase()} `;
    cells['地址'] = pick([
      `${c.district}${c.road}${c.number}号`,
      `${c.city.name} ${c.district} ${c.road} ${c.number} 号`,
      toTraditional(cells['地址']!),
      `${shortCity}${c.road}${c.number}号`,
    ]);
    // Missing fields, but never so many that nothing identifying is left.
    const droppable = ['手机', '邮箱', '地址', '城市', '联系人'];
    const drops = Math.floor(random() * random() * 3);
    for (let d = 0; d < drops; d++) delete cells[pick(droppable)];
    return cells;
  }
}

function contactLatin(contact: string): string {
  let hash = 0;
  for (const ch of contact) hash = (hash * 31 + ch.charCodeAt(0)) % 100000;
  return `user${hash}`;
}

function fullWidth(text: string): string {
  return text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}
