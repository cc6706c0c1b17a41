// Provinces → cities with their districts, road names, phone area codes and the other ways people
// write them (深圳, Shenzhen, SZ), weighted by how many small businesses a supplier meets there.

export interface City {
  /** The canonical 城市 choice: '深圳市'. */
  name: string;
  /** The name without 市: '深圳'. */
  short: string;
  pinyin: string;
  /** A two-letter abbreviation people really type, only where it is unambiguous ('SZ' is 深圳, not 苏州). */
  abbreviation?: string;
  areaCode: string;
  weight: number;
  districts: readonly string[];
  roads: readonly string[];
}

export interface Province {
  /** The canonical 省份 choice: '广东省', '北京市'. */
  name: string;
  short: string;
  pinyin: string;
  cities: readonly City[];
}

/** Road names found in almost every Chinese city, mixed with each city's own roads. */
export const COMMON_ROADS: readonly string[] = [
  '人民路', '解放路', '中山路', '建设路', '新华路', '和平路', '长江路', '朝阳路', '文化路',
  '工业大道', '迎宾大道', '发展大道', '创业路', '学府路', '青年路', '胜利路',
];

function city(name: string, pinyin: string, abbreviation: string, areaCode: string, weight: number, districts: string, roads: string): City {
  const base = { name, short: name.replace(/市$/, ''), pinyin, areaCode, weight, districts: districts.split(' '), roads: roads.split(' ') };
  return abbreviation ? { ...base, abbreviation } : base;
}

function province(name: string, pinyin: string, cities: City[]): Province {
  return { name, short: name.replace(/(省|市|壮族自治区)$/, ''), pinyin, cities };
}

export const PROVINCES: readonly Province[] = [
  province('北京市', 'Beijing', [
    city('北京市', 'Beijing', 'BJ', '010', 9, '朝阳区 海淀区 东城区 西城区 丰台区 大兴区 通州区 昌平区', '建国路 中关村大街 知春路 望京街 学院路 西直门外大街 酒仙桥路'),
  ]),
  province('上海市', 'Shanghai', [
    city('上海市', 'Shanghai', 'SH', '021', 10, '浦东新区 徐汇区 静安区 黄浦区 闵行区 长宁区 普陀区 宝山区 嘉定区 松江区', '张江路 世纪大道 南京西路 漕溪北路 虹桥路 淮海中路 延安西路'),
  ]),
  province('天津市', 'Tianjin', [city('天津市', 'Tianjin', 'TJ', '022', 3, '和平区 河西区 南开区 滨海新区 西青区', '南京路 卫津路 友谊路')]),
  province('重庆市', 'Chongqing', [city('重庆市', 'Chongqing', 'CQ', '023', 3, '渝中区 江北区 南岸区 渝北区 九龙坡区 沙坪坝区', '建新北路 长江二路 金开大道')]),
  province('广东省', 'Guangdong', [
    city('广州市', 'Guangzhou', 'GZ', '020', 9, '天河区 越秀区 海珠区 白云区 番禺区 黄埔区', '天河路 体育西路 中山大道 环市东路 新港中路 广州大道'),
    city('深圳市', 'Shenzhen', 'SZ', '0755', 10, '南山区 福田区 罗湖区 宝安区 龙岗区 龙华区', '深南大道 科技园南路 科苑路 滨海大道 宝安大道 华强北路 民治大道'),
    city('东莞市', 'Dongguan', '', '0769', 5, '南城街道 东城街道 长安镇 虎门镇 松山湖', '鸿福路 东莞大道 莞太路'),
    city('佛山市', 'Foshan', '', '0757', 4, '禅城区 南海区 顺德区', '季华路 佛山大道 桂澜路'),
    city('珠海市', 'Zhuhai', '', '0756', 2, '香洲区 金湾区 斗门区', '情侣路 九洲大道'),
    city('惠州市', 'Huizhou', '', '0752', 2, '惠城区 惠阳区', '麦地路 演达大道'),
    city('中山市', 'Zhongshan', '', '0760', 2, '石岐区 东区 火炬开发区', '孙文中路 博爱路'),
  ]),
  province('浙江省', 'Zhejiang', [
    city('杭州市', 'Hangzhou', 'HZ', '0571', 7, '西湖区 上城区 拱墅区 滨江区 余杭区 萧山区', '文三路 天目山路 江南大道 文一西路 延安路'),
    city('宁波市', 'Ningbo', '', '0574', 3, '海曙区 鄞州区 江北区 北仑区', '中山东路 天童南路'),
    city('温州市', 'Wenzhou', '', '0577', 3, '鹿城区 龙湾区 瓯海区', '车站大道 学院路'),
    city('金华市', 'Jinhua', '', '0579', 3, '婺城区 金东区 义乌市', '稠州北路 八一南街'),
    city('绍兴市', 'Shaoxing', '', '0575', 1, '越城区 柯桥区', '解放大道'),
    city('嘉兴市', 'Jiaxing', '', '0573', 1, '南湖区 秀洲区', '中环南路'),
  ]),
  province('江苏省', 'Jiangsu', [
    city('南京市', 'Nanjing', 'NJ', '025', 4, '玄武区 鼓楼区 秦淮区 建邺区 江宁区', '中山路 汉中路 江东中路'),
    city('苏州市', 'Suzhou', '', '0512', 6, '姑苏区 工业园区 吴中区 相城区 昆山市', '干将路 星湖街 金鸡湖大道'),
    city('无锡市', 'Wuxi', '', '0510', 3, '梁溪区 滨湖区 新吴区', '人民中路 长江北路'),
    city('常州市', 'Changzhou', '', '0519', 2, '天宁区 钟楼区 武进区', '延陵西路 龙城大道'),
    city('南通市', 'Nantong', '', '0513', 1, '崇川区 通州区', '工农路'),
  ]),
  province('福建省', 'Fujian', [
    city('福州市', 'Fuzhou', '', '0591', 2, '鼓楼区 台江区 仓山区', '五四路 工业路'),
    city('厦门市', 'Xiamen', 'XM', '0592', 3, '思明区 湖里区 集美区', '湖滨南路 嘉禾路'),
    city('泉州市', 'Quanzhou', '', '0595', 2, '丰泽区 鲤城区 晋江市', '泉秀路 刺桐路'),
  ]),
  province('山东省', 'Shandong', [
    city('济南市', 'Jinan', '', '0531', 2, '历下区 市中区 槐荫区', '经十路 泉城路'),
    city('青岛市', 'Qingdao', 'QD', '0532', 3, '市南区 市北区 崂山区 黄岛区', '香港中路 山东路'),
    city('烟台市', 'Yantai', '', '0535', 1, '芝罘区 莱山区', '南大街'),
  ]),
  province('四川省', 'Sichuan', [
    city('成都市', 'Chengdu', 'CD', '028', 5, '锦江区 武侯区 高新区 青羊区 成华区', '天府大道 人民南路 春熙路 蜀都大道'),
    city('绵阳市', 'Mianyang', '', '0816', 1, '涪城区 游仙区', '临园路'),
  ]),
  province('湖北省', 'Hubei', [
    city('武汉市', 'Wuhan', 'WH', '027', 4, '江汉区 武昌区 洪山区 江岸区 汉阳区', '解放大道 中南路 珞喻路 光谷大道'),
    city('宜昌市', 'Yichang', '', '0717', 1, '西陵区 伍家岗区', '东山大道'),
  ]),
  province('湖南省', 'Hunan', [
    city('长沙市', 'Changsha', 'CS', '0731', 3, '岳麓区 芙蓉区 天心区 开福区 雨花区', '五一大道 韶山路 麓山南路'),
    city('株洲市', 'Zhuzhou', '', '0731', 1, '天元区 芦淞区', '珠江北路'),
  ]),
  province('河南省', 'Henan', [
    city('郑州市', 'Zhengzhou', 'ZZ', '0371', 3, '金水区 二七区 中原区 郑东新区', '花园路 农业路 金水路'),
    city('洛阳市', 'Luoyang', '', '0379', 1, '西工区 洛龙区', '中州路'),
  ]),
  province('河北省', 'Hebei', [
    city('石家庄市', 'Shijiazhuang', 'SJZ', '0311', 2, '长安区 桥西区 裕华区', '中山路 裕华路'),
    city('保定市', 'Baoding', '', '0312', 1, '竞秀区 莲池区', '朝阳大街'),
  ]),
  province('安徽省', 'Anhui', [
    city('合肥市', 'Hefei', 'HF', '0551', 2, '蜀山区 包河区 庐阳区', '长江西路 马鞍山路'),
    city('芜湖市', 'Wuhu', '', '0553', 1, '镜湖区 鸠江区', '北京中路'),
  ]),
  province('陕西省', 'Shaanxi', [city('西安市', 'Xi\'an', 'XA', '029', 3, '雁塔区 碑林区 未央区 高新区', '高新路 长安北路 科技路')]),
  province('辽宁省', 'Liaoning', [
    city('沈阳市', 'Shenyang', 'SY', '024', 2, '和平区 沈河区 浑南区', '青年大街 北京街'),
    city('大连市', 'Dalian', 'DL', '0411', 2, '中山区 沙河口区 甘井子区', '人民路 黄河路'),
  ]),
  province('江西省', 'Jiangxi', [city('南昌市', 'Nanchang', '', '0791', 1, '东湖区 红谷滩区 青山湖区', '八一大道 红谷中大道')]),
  province('云南省', 'Yunnan', [city('昆明市', 'Kunming', 'KM', '0871', 1, '五华区 盘龙区 官渡区', '北京路 人民中路')]),
  province('广西壮族自治区', 'Guangxi', [city('南宁市', 'Nanning', 'NN', '0771', 1, '青秀区 西乡塘区 兴宁区', '民族大道 朝阳路')]),
];

/** Every city with the province it belongs to, flattened once for weighted drawing. */
export const CITY_ENTRIES: readonly { province: Province; city: City }[] = PROVINCES.flatMap((province) =>
  province.cities.map((city) => ({ province, city })),
);

/** Office buildings and parks an address may name after its street number. */
export const BUILDING_NAMES: readonly string[] = [
  '国贸大厦', '金融中心', '创业大厦', '科技大厦', '万达广场', '时代广场', '国际商务中心', '现代城',
  '财富中心', '创意产业园', '电子商务产业园', '工业园', '商务大厦', '总部基地', '软件园',
];
