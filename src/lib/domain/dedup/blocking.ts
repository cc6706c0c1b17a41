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
 * rowKeys[i]: the blocking keys of row i (already prefixed by field); sortKeys[i]: the row's text for
 * ordering inside big blocks; sortedPasses: per pass, each row's key for a sorted-neighbourhood pass.
 */
export function buildCandidateIndex(
  rowKeys: readonly (readonly string[])[],
  sortKeys: readonly string[],
  sortedPasses: readonly (readonly (string | null)[])[],
  options: BlockingOptions = DEFAULT_BLOCKING,
): CandidateIndex {
  const n = rowKeys.length;
  const byKey = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    for (const key of rowKeys[i] ?? []) {
      const members = byKey.get(key);
      if (members) members.push(i);
      else byKey.set(key, [i]);
    }
  }
  const blocks: Block[] = [];
  const bySortKey = (x: number, y: number) => compareText(sortKeys[x] ?? '', sortKeys[y] ?? '') || x - y;
  for (const members of byKey.values()) {
    if (members.length < 2) continue;
    const windowed = members.length > options.maxBlockSize;
    if (windowed) members.sort(bySortKey);
    blocks.push({ members: Int32Array.from(members), windowed });
  }
  byKey.clear();
  for (const pass of sortedPasses) {
    const members: number[] = [];
    for (let i = 0; i < n; i++) if (pass[i]) members.push(i);
    members.sort((x, y) => compareText(pass[x] ?? '', pass[y] ?? '') || bySortKey(x, y));
    if (members.length > 1) blocks.push({ members: Int32Array.from(members), windowed: true });
  }
  return indexBlocks(n, blocks, options.window);
}

function compareText(a: string, b: string): number {
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
