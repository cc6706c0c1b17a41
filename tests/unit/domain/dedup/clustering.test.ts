import { describe, expect, it } from 'vitest';
import { clusterEdges } from '../../../../src/lib/domain/dedup/clustering.ts';

const options = { cohesion: 0.5, maxClusterSize: 50, cannotLink: new Map<number, number[]>() };

describe('clusterEdges', () => {
  it('joins rows linked by strong pairs into one cluster', () => {
    const clusters = clusterEdges(3, [{ a: 0, b: 1, score: 0.9 }, { a: 1, b: 2, score: 0.9 }], () => 0.9, options);
    expect(clusters.map((c) => c.members)).toEqual([[0, 1, 2]]);
  });

  it('does not chain two groups through one weak link', () => {
    // 0-1 and 2-3 are strong pairs; 1-2 just passes the threshold, but 0 and 3 are unrelated to the other side.
    const scores = new Map([['0,1', 0.95], ['2,3', 0.95], ['1,2', 0.6]]);
    const scoreOf = (a: number, b: number) => scores.get(`${Math.min(a, b)},${Math.max(a, b)}`) ?? 0.01;
    const edges = [...scores].map(([k, score]) => ({ a: Number(k[0]), b: Number(k[2]), score }));
    expect(clusterEdges(4, edges, scoreOf, options).map((c) => c.members)).toEqual([[0, 1], [2, 3]]);
  });

  it('never puts a not-duplicates pair in one cluster', () => {
    const cannotLink = new Map([[0, [2]], [2, [0]]]);
    const edges = [{ a: 0, b: 1, score: 0.9 }, { a: 1, b: 2, score: 0.8 }];
    const clusters = clusterEdges(3, edges, () => 0.9, { ...options, cannotLink });
    expect(clusters.map((c) => c.members)).toEqual([[0, 1]]);
  });

  it('sorts clusters by confidence, highest first', () => {
    const edges = [{ a: 0, b: 1, score: 0.6 }, { a: 2, b: 3, score: 0.99 }];
    const clusters = clusterEdges(4, edges, (a) => (a < 2 ? 0.6 : 0.99), options);
    expect(clusters.map((c) => c.confidence)).toEqual([0.99, 0.6]);
  });
});
