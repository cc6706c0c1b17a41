import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed, weightedPicker } from '../../../../src/lib/domain/demo/prng.ts';

const draws = (seed: number, n: number): number[] => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('the seeded random source', () => {
  it('repeats the same sequence for the same seed', () => {
    expect(draws(42, 100)).toEqual(draws(42, 100));
  });

  it('gives a different sequence for another seed', () => {
    expect(draws(42, 100)).not.toEqual(draws(43, 100));
  });

  it('draws floats in [0, 1) that spread evenly', () => {
    const values = draws(7, 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const lowHalf = values.filter((v) => v < 0.5).length / values.length;
    expect(lowHalf).toBeGreaterThan(0.48);
    expect(lowHalf).toBeLessThan(0.52);
  });

  it('draws integers including both ends of the range', () => {
    const rng = createRng(1);
    const seen = new Set(Array.from({ length: 2000 }, () => rng.int(3, 7)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('picks weighted items about as often as their weights say', () => {
    const rng = createRng(9);
    const pickOnce = weightedPicker(['a', 'b', 'c'], [1, 3, 0]);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 20_000; i++) {
      counts[pickOnce(rng) as 'a' | 'b' | 'c']++;
      counts[rng.weighted(['a', 'b', 'c'] as const, [1, 3, 0])]++;
    }
    expect(counts.c).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.8);
    expect(counts.b / counts.a).toBeLessThan(3.2);
  });

  it('samples distinct items, no more than there are', () => {
    const rng = createRng(5);
    const sample = rng.sample([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 6);
    expect(new Set(sample).size).toBe(6);
    expect(rng.sample([1, 2], 5).sort()).toEqual([1, 2]);
  });

  it('draws Pareto values no smaller than the scale, a few of them large', () => {
    const rng = createRng(3);
    const values = Array.from({ length: 10_000 }, () => rng.pareto(1.2, 1));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(1);
    expect(values.filter((v) => v > 10).length).toBeGreaterThan(200);
    expect(values.filter((v) => v < 2).length).toBeGreaterThan(5000);
  });

  it('derives distinct seeds for distinct streams of one seed', () => {
    const seeds = new Set([1, 2, 3, 4, 5, 11].map((stream) => deriveSeed(20261123, stream)));
    expect(seeds.size).toBe(6);
  });
});
