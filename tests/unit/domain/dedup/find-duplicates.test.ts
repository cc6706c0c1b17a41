import { describe, expect, it } from 'vitest';
import { findDuplicates, type DedupRow } from '../../../../src/lib/domain/dedup/find-duplicates.ts';
import { pickMatchFields } from '../../../../src/lib/domain/dedup/match-fields.ts';

const HEADERS = ['客户名称', '联系人', '手机', '邮箱', '城市', '地址'];
const fields = pickMatchFields(HEADERS.map((name) => ({ id: name, name, type: 'text' })));
const row = (id: number, values: (string | undefined)[]): DedupRow => {
  const cells: Record<string, string> = {};
  values.forEach((value, i) => {
    if (value !== undefined) cells[HEADERS[i]!] = value;
  });
  return { id, cells };
};
const clustersOf = (rows: DedupRow[], threshold = 0.5) => findDuplicates(rows, fields, { threshold }).clusters.map((c) => c.rowIds);

describe('findDuplicates', () => {
  it('finds one customer typed two ways: alias city, phone format, suffix, traditional script, homophone', () => {
    const rows = [
      row(1, ['深圳市华信科技有限公司', '张伟', '13800138000', 'zw@qq.com', '深圳市', '深圳市南山区科技园路1号']),
      row(2, ['華信科技', '张玮', '+86 138-0013-8000', undefined, 'SZ', '南山区科技园路1号']),
      row(3, ['杭州博远物流有限公司', '李娜', '13900139000', 'ln@163.com', '杭州', '西湖区人民路5号']),
    ];
    expect(clustersOf(rows)).toEqual([[1, 2]]);
  });

  it('does not take two different 张伟 at different companies for one customer', () => {
    const rows = [
      row(1, ['北京华信科技有限公司', '张伟', '13800138000', 'a@qq.com', '北京', '朝阳区建国路1号']),
      row(2, ['北京恒通贸易有限公司', '张伟', '13911112222', 'b@163.com', '北京', '海淀区学府路8号']),
    ];
    expect(clustersOf(rows)).toEqual([]);
  });

  it('does not merge two branch offices of one company', () => {
    const rows = [
      row(1, ['某某科技（北京）有限公司', '王芳', '13800138000', 'wf@qq.com', '北京', '北京市朝阳区建国路1号']),
      row(2, ['某某科技（上海）有限公司', '刘洋', '13711113333', 'ly@qq.com', '上海', '上海市徐汇区中山路9号']),
    ];
    expect(clustersOf(rows)).toEqual([]);
  });

  it('explains a pair with codes per field', () => {
    const rows = [
      row(1, ['深圳市华信科技有限公司', '张伟', '13800138000', undefined, '深圳', undefined]),
      row(2, ['华信科技有限公司', '张玮', '138 0013 8000', undefined, 'SZ', undefined]),
    ];
    const [cluster] = findDuplicates(rows, fields, { threshold: 0.5 }).clusters;
    expect(cluster?.pairs[0]?.reasons).toEqual([
      { field: '客户名称', kind: 'same', weight: expect.any(Number) },
      { field: '联系人', kind: 'similar', similarity: 0.9, weight: expect.any(Number), note: 'homophone' },
      { field: '手机', kind: 'same', weight: expect.any(Number) },
      { field: '邮箱', kind: 'missing', weight: 0 },
      { field: '城市', kind: 'same', weight: expect.any(Number) },
      { field: '地址', kind: 'missing', weight: 0 },
    ]);
  });

  it('never proposes a pair marked as not duplicates', () => {
    const rows = [
      row(1, ['华信科技', '张伟', '13800138000']),
      row(2, ['华信科技', '张伟', '13800138000']),
      row(3, ['华信科技', '张伟', '13800138000']),
    ];
    const { clusters } = findDuplicates(rows, fields, { threshold: 0.5, notDuplicates: [[1, 3]] });
    expect(clusters.map((c) => c.rowIds)).toEqual([[1, 2]]);
  });

  it('trades recall for precision with its one threshold', () => {
    const rows = [row(1, ['华信科技', '张伟', undefined, undefined, '北京']), row(2, ['华信科技', '张玮', undefined, undefined, '北京'])];
    expect(clustersOf(rows, 0.5)).toEqual([[1, 2]]);
    expect(clustersOf(rows, 0.9999)).toEqual([]);
  });

  it('compares far fewer pairs than all pairs, even when every row shares a city and a name', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => row(i + 1, [`公司${i}`, '张伟', `1380000${String(i).padStart(4, '0')}`, undefined, '北京']));
    const { candidatePairs } = findDuplicates(rows, fields, { threshold: 0.5 });
    expect(candidatePairs).toBeLessThan(rows.length * 30);
  });

  it('reports progress and stops when cancelled', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => row(i + 1, [`公司${i}`]));
    const phases = new Set<string>();
    const result = findDuplicates(rows, fields, {
      threshold: 0.5,
      onProgress: (p) => phases.add(p.phase),
      isCancelled: () => phases.has('compare'),
    });
    expect(result).toEqual({ clusters: [], candidatePairs: 0, cancelled: true });
    expect([...phases]).toEqual(['normalise', 'compare']);
  });
});
