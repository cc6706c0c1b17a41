import { describe, expect, it } from 'vitest';
import { normaliseCity } from '../../../../src/lib/domain/normalise/city.ts';
import { PLACES } from '../../../../src/lib/domain/normalise/city-aliases.ts';

describe('normaliseCity', () => {
  it.each([
    ['BJ', '北京市'], ['北京', '北京市'], ['北京市', '北京市'], ['Beijing', '北京市'], ['Peking', '北京市'], ['京', '北京市'],
    ['SH', '上海市'], ['沪', '上海市'], ['shanghai', '上海市'],
    ['SZ', '深圳市'], ['深圳', '深圳市'], ['Shenzhen', '深圳市'], ['深圳市南山区', '深圳市'],
    ['GZ', '广州市'], ['廣州', '广州市'], ['Canton', '广州市'],
    ['HZ', '杭州市'], ['CD', '成都市'], ['CQ', '重庆市'], ["Xi'an", '西安市'], ['Amoy', '厦门市'],
    ['粤', '广东省'], ['广东', '广东省'], ['Hong Kong', '香港特别行政区'],
    ['ＢＪ', '北京市'],
  ])('reads %s as %s', (input, value) => {
    expect(normaliseCity(input)).toMatchObject({ value, known: true });
  });

  it('keeps an unknown place, folded, and says it is unknown', () => {
    expect(normaliseCity(' Springfield ')).toEqual({ value: 'springfield', known: false, level: null });
  });

  it('knows every province and the four municipalities', () => {
    expect(PLACES.filter((p) => p.level === 'province')).toHaveLength(34 - 4);
    expect(PLACES.filter((p) => p.level === 'municipality')).toHaveLength(4);
  });

  it('gives no alias to two places', () => {
    const seen = new Map<string, string>();
    for (const place of PLACES) {
      for (const alias of [place.name, ...place.aliases]) {
        const key = alias.toLowerCase();
        expect(seen.get(key) ?? place.name, `${alias} is claimed twice`).toBe(place.name);
        seen.set(key, place.name);
      }
    }
  });
});
