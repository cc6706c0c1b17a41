import { describe, expect, it } from 'vitest';
import { pairwiseQuality } from './pairwise-quality.ts';

describe('pairwiseQuality', () => {
  const entityOf = new Map([[1, 'a'], [2, 'a'], [3, 'a'], [4, 'b'], [5, 'c']]);

  it('scores perfect clusters at 1', () => {
    expect(pairwiseQuality([[1, 2, 3]], entityOf)).toMatchObject({ precision: 1, recall: 1, f1: 1, truePairs: 3 });
  });

  it('counts every pair a cluster implies', () => {
    // Cluster {1,2,4}: pairs 1-2 (right), 1-4 and 2-4 (wrong); true pairs 1-2, 1-3, 2-3.
    expect(pairwiseQuality([[1, 2, 4]], entityOf)).toMatchObject({ precision: 1 / 3, recall: 1 / 3, foundPairs: 3, correctPairs: 1 });
  });
});
