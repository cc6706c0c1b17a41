// Pairs to clusters: strongest edges first, and two groups join only if they hang together as a whole,
// so one weak link cannot chain unrelated records into a giant cluster.

export interface ScoredEdge {
  a: number;
  b: number;
  score: number;
}

export interface ClusterOptions {
  /** Two groups merge when the mean score over all their cross pairs reaches this. */
  cohesion: number;
  maxClusterSize: number;
  /** Pairs (by index) that must never end up in one cluster. */
  cannotLink: ReadonlyMap<number, readonly number[]>;
}

export interface IndexCluster {
  members: number[];
  /** The mean score over all pairs inside the cluster. */
  confidence: number;
}

export function clusterEdges(
  n: number,
  edges: readonly ScoredEdge[],
  scoreOf: (a: number, b: number) => number,
  options: ClusterOptions,
): IndexCluster[] {
  const parent = new Int32Array(n).map((_, i) => i);
  const members = new Map<number, number[]>();
  const scoreSum = new Map<number, number>();
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const sorted = [...edges].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const edge of sorted) {
    const ra = find(edge.a);
    const rb = find(edge.b);
    if (ra === rb) continue;
    const ma = members.get(ra) ?? [ra];
    const mb = members.get(rb) ?? [rb];
    if (ma.length + mb.length > options.maxClusterSize) continue;
    if (forbidden(ma, rb, find, options.cannotLink)) continue;
    let cross = 0;
    if (ma.length === 1 && mb.length === 1) cross = edge.score;
    else for (const x of ma) for (const y of mb) cross += scoreOf(x, y);
    if (cross / (ma.length * mb.length) < options.cohesion) continue;
    const [root, child] = ma.length >= mb.length ? [ra, rb] : [rb, ra];
    parent[child] = root;
    members.set(root, [...ma, ...mb]);
    members.delete(child);
    scoreSum.set(root, (scoreSum.get(ra) ?? 0) + (scoreSum.get(rb) ?? 0) + cross);
    scoreSum.delete(child);
  }
  const clusters: IndexCluster[] = [];
  for (const [root, list] of members) {
    const pairs = (list.length * (list.length - 1)) / 2;
    clusters.push({ members: list.sort((x, y) => x - y), confidence: (scoreSum.get(root) ?? 0) / pairs });
  }
  return clusters.sort((x, y) => y.confidence - x.confidence || (x.members[0] ?? 0) - (y.members[0] ?? 0));
}

function forbidden(
  group: readonly number[],
  otherRoot: number,
  find: (i: number) => number,
  cannotLink: ReadonlyMap<number, readonly number[]>,
): boolean {
  if (cannotLink.size === 0) return false;
  return group.some((x) => (cannotLink.get(x) ?? []).some((y) => find(y) === otherRoot));
}
