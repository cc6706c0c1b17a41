// Candidate pairs without comparing all pairs: rows meet only when they share a blocking key
// or sit near each other in a sorted pass. Big blocks are windowed, so work stays linear in rows.
// Everything is integer ids in flat typed arrays: a million rows build no per-row or per-key arrays.

export interface BlockingOptions {
  /** Blocks up to this size compare all their pairs; bigger ones only neighbours in sort order. */
  maxBlockSize: number;
  /** How many neighbours on each side a row meets in a windowed block or sorted pass. */
  window: number;
}

export const DEFAULT_BLOCKING: BlockingOptions = { maxBlockSize: 24, window: 4 };

/** Rows grouped by key: the members of group g are members[start[g]] .. members[start[g+1]-1]. */
export interface RowGroups {
  start: Int32Array;
  members: Int32Array;
}

export interface CandidateIndex {
  /** Writes the candidates j > i of row i, each once, into a buffer and returns it with their count. */
  candidatesOf(i: number): { rows: Int32Array; count: number };
  /** Calls visit once for each candidate j > i of row i. */
  forEachCandidate(i: number, visit: (j: number) => void): void;
}

/**
 * keyGroups: per field, the rows sharing each blocking key, in row order (keys of different fields never meet);
 * rank[i]: the row's place in the order used inside big blocks (a permutation of 0..n-1);
 * sortedPasses: per pass, the rows taking part in their pass order.
 */
export function buildCandidateIndex(
  n: number,
  keyGroups: readonly RowGroups[],
  rank: Int32Array,
  sortedPasses: readonly Int32Array[],
  options: BlockingOptions = DEFAULT_BLOCKING,
): CandidateIndex {
  const rowAtRank = new Int32Array(n);
  for (let i = 0; i < n; i++) rowAtRank[rank[i]!] = i;
  const blocks = new BlockList();
  for (const groups of keyGroups) {
    for (let g = 0; g + 1 < groups.start.length; g++) {
      const from = groups.start[g]!;
      const size = groups.start[g + 1]! - from;
      if (size < 2) continue;
      const members = groups.members.subarray(from, from + size);
      if (size <= options.maxBlockSize) blocks.add(members, false);
      else blocks.add(inRankOrder(members, rank, rowAtRank), true);
    }
  }
  for (const pass of sortedPasses) if (pass.length > 1) blocks.add(pass, true);
  return indexBlocks(n, blocks, options);
}

// Ranks are distinct integers: a native numeric sort of them replaces a comparator sort of rows.
function inRankOrder(members: Int32Array, rank: Int32Array, rowAtRank: Int32Array): Int32Array {
  const ranks = new Int32Array(members.length);
  for (let p = 0; p < members.length; p++) ranks[p] = rank[members[p]!]!;
  ranks.sort();
  for (let p = 0; p < ranks.length; p++) ranks[p] = rowAtRank[ranks[p]!]!;
  return ranks;
}

class BlockList {
  readonly parts: Int32Array[] = [];
  readonly windowed: boolean[] = [];
  add(members: Int32Array, windowed: boolean): void {
    this.parts.push(members);
    this.windowed.push(windowed);
  }
}

/**
 * Groups items by an integer key in 0..keyCount-1 with a counting sort: stable, so each group keeps
 * the order items were listed in. keyOf(item) < 0 leaves the item out.
 */
export function groupByKey(items: Int32Array, keyCount: number, keyOf: (item: number) => number): RowGroups {
  const start = new Int32Array(keyCount + 1);
  let kept = 0;
  for (let p = 0; p < items.length; p++) {
    const key = keyOf(items[p]!);
    if (key < 0) continue;
    start[key + 1]!++;
    kept++;
  }
  for (let k = 0; k < keyCount; k++) start[k + 1]! += start[k]!;
  const fill = start.slice(0, keyCount);
  const members = new Int32Array(kept);
  for (let p = 0; p < items.length; p++) {
    const key = keyOf(items[p]!);
    if (key >= 0) members[fill[key]!++] = items[p]!;
  }
  return { start, members };
}

// Compressed rows of (block, position) per row: typed arrays instead of a million small ones.
function indexBlocks(n: number, blocks: BlockList, options: BlockingOptions): CandidateIndex {
  const { parts, windowed } = blocks;
  const start = new Int32Array(n + 1);
  for (const members of parts) for (let p = 0; p < members.length; p++) start[members[p]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const entryBlock = new Int32Array(start[n]!);
  const entryPos = new Int32Array(start[n]!);
  for (let b = 0; b < parts.length; b++) {
    const members = parts[b]!;
    for (let p = 0; p < members.length; p++) {
      const at = fill[members[p]!]!++;
      entryBlock[at] = b;
      entryPos[at] = p;
    }
  }
  const window = options.window;
  const stamp = new Int32Array(n).fill(-1);
  let found: Int32Array = new Int32Array(256);
  const candidatesOf = (i: number) => {
    let count = 0;
    for (let e = start[i]!; e < start[i + 1]!; e++) {
      const b = entryBlock[e]!;
      const members = parts[b]!;
      const pos = entryPos[e]!;
      const from = windowed[b] ? Math.max(0, pos - window) : 0;
      const to = windowed[b] ? Math.min(members.length - 1, pos + window) : members.length - 1;
      if (count + to - from + 1 > found.length) found = growTo(found, count + to - from + 1);
      for (let p = from; p <= to; p++) {
        const j = members[p]!;
        if (j <= i || stamp[j] === i) continue;
        stamp[j] = i;
        found[count++] = j;
      }
    }
    return { rows: found, count };
  };
  return {
    candidatesOf,
    forEachCandidate(i, visit) {
      const { rows, count } = candidatesOf(i);
      // Copied first: visit may ask for another row's candidates, which reuses the buffer.
      const mine = rows.slice(0, count);
      for (let c = 0; c < count; c++) visit(mine[c]!);
    },
  };
}

function growTo(buffer: Int32Array, needed: number): Int32Array {
  const bigger = new Int32Array(Math.max(needed, buffer.length * 2));
  bigger.set(buffer);
  return bigger;
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
