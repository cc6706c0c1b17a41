// Pairwise precision, recall and F1 of proposed clusters against known entity labels.

export interface PairwiseQuality {
  precision: number;
  recall: number;
  f1: number;
  truePairs: number;
  foundPairs: number;
  correctPairs: number;
}

/** entityOf[rowId] names the real entity; two rows are duplicates exactly when their entities are equal. */
export function pairwiseQuality(clusters: readonly (readonly number[])[], entityOf: ReadonlyMap<number, string>): PairwiseQuality {
  const sizes = new Map<string, number>();
  for (const entity of entityOf.values()) sizes.set(entity, (sizes.get(entity) ?? 0) + 1);
  let truePairs = 0;
  for (const size of sizes.values()) truePairs += (size * (size - 1)) / 2;
  let foundPairs = 0;
  let correctPairs = 0;
  for (const cluster of clusters) {
    for (let x = 0; x < cluster.length; x++) {
      for (let y = x + 1; y < cluster.length; y++) {
        foundPairs++;
        if (entityOf.get(cluster[x]!) === entityOf.get(cluster[y]!)) correctPairs++;
      }
    }
  }
  const precision = foundPairs === 0 ? 1 : correctPairs / foundPairs;
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePairs, foundPairs, correctPairs };
}

export function formatQuality(name: string, q: PairwiseQuality): string {
  const pct = (v: number) => v.toFixed(4);
  return `${name}: precision ${pct(q.precision)} recall ${pct(q.recall)} F1 ${pct(q.f1)} (true pairs ${q.truePairs}, found ${q.foundPairs}, correct ${q.correctPairs})`;
}
