// Candidate pairs without comparing all pairs: rows meet only when they share a blocking key
// or sit near each other in a sorted pass. Big blocks are windowed, so work stays linear in rows.

export interface BlockingOptions {
  /** Blocks up to this size compare all their pairs; bigger ones only neighbours in sort order. */
  maxBlockSize: number;
  /** How many neighbours on each side a row meets in a windowed block or sorted pass. */
  window: number;
}

export const DEFAULT_BLOCKING: BlockingOptions = { maxBlockSize: 24, window: 4 };

interface Block {
  members: Int32Array;
  windowed: boolean;
}

export interface CandidateIndex {
  /** Calls visit once for each candidate j > i of row i. */
  forEachCandidate(i: number, visit: (j: number) => void): void;
}

/**
 * fieldKeys[f][i]: the blocking keys row i contributes for field f (keys of different fields never meet);
 * rank[i]: the row's place in the order used inside big blocks (a permutation of 0..n-1);
 * sortedPasses: per pass, each row's key for a sorted-neighbourhood pass.
 */
export function buildCandidateIndex(
  fieldKeys: readonly (readonly (readonly string[] | undefined)[])[],
  rank: Int32Array,
  sortedPasses: readonly (readonly (string | null)[])[],
  options: BlockingOptions = DEFAULT_BLOCKING,
): CandidateIndex {
  const n = rank.length;
  const blocks: Block[] = [];
  const byRank = (x: number, y: number) => rank[x]! - rank[y]!;
  for (const keys of fieldKeys) {
    // One map per field: keys need no field prefix, so no string is built per row.
    const byKey = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      const rowKeys = keys[i];
      if (!rowKeys) continue;
      for (const key of rowKeys) {
        const members = byKey.get(key);
        if (members) members.push(i);
        else byKey.set(key, [i]);
      }
    }
    for (const members of byKey.values()) {
      if (members.length < 2) continue;
      const windowed = members.length > options.maxBlockSize;
      const packed = Int32Array.from(members);
      if (windowed) packed.sort(byRank);
      blocks.push({ members: packed, windowed });
    }
  }
  for (const pass of sortedPasses) {
    const members: number[] = [];
    for (let i = 0; i < n; i++) if (pass[i]) members.push(i);
    const packed = Int32Array.from(members);
    packed.sort((x, y) => compareText(pass[x]!, pass[y]!) || rank[x]! - rank[y]!);
    if (packed.length > 1) blocks.push({ members: packed, windowed: true });
  }
  return indexBlocks(n, blocks, options.window);
}

/** The rank of each row when ordered by `compare`, ties broken by row index. */
export function rankRows(n: number, compare: (x: number, y: number) => number): Int32Array {
  const order = new Int32Array(n).map((_, i) => i);
  order.sort((x, y) => compare(x, y) || x - y);
  const rank = new Int32Array(n);
  for (let r = 0; r < n; r++) rank[order[r]!] = r;
  return rank;
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Compressed rows of (block, position) per row: two typed arrays instead of a million small ones.
function indexBlocks(n: number, blocks: readonly Block[], window: number): CandidateIndex {
  const start = new Int32Array(n + 1);
  for (const block of blocks) for (const i of block.members) start[i + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const entryBlock = new Int32Array(start[n]!);
  const entryPos = new Int32Array(start[n]!);
  blocks.forEach((block, b) => {
    block.members.forEach((i, pos) => {
      const at = fill[i]!++;
      entryBlock[at] = b;
      entryPos[at] = pos;
    });
  });
  const stamp = new Int32Array(n).fill(-1);
  return {
    forEachCandidate(i, visit) {
      for (let e = start[i]!; e < start[i + 1]!; e++) {
        const block = blocks[entryBlock[e]!]!;
        const pos = entryPos[e]!;
        const from = block.windowed ? Math.max(0, pos - window) : 0;
        const to = block.windowed ? Math.min(block.members.length - 1, pos + window) : block.members.length - 1;
        for (let p = from; p <= to; p++) {
          const j = block.members[p]!;
          if (j <= i || stamp[j] === i) continue;
          stamp[j] = i;
          visit(j);
        }
      }
    },
  };
}
