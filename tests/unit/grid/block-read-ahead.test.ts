import { describe, expect, it } from 'vitest';
import { rowToReadAhead } from '../../../src/ui/grid/block-read-ahead.ts';

const BLOCK = 400;
const AHEAD = 150;

describe('rowToReadAhead', () => {
  it('asks for the next block when the drawn rows come within reach of its first row, going down', () => {
    expect(rowToReadAhead(230, 260, 100_000, BLOCK, AHEAD, true)).toBe(400);
  });

  it('asks for nothing while the drawn rows are far from the next block', () => {
    expect(rowToReadAhead(100, 130, 100_000, BLOCK, AHEAD, true)).toBeNull();
  });

  it('asks for the previous block when scrolling up near the start of a block', () => {
    expect(rowToReadAhead(850, 880, 100_000, BLOCK, AHEAD, false)).toBe(799);
  });

  it('asks for nothing above the first block or past the last row', () => {
    expect(rowToReadAhead(10, 40, 100_000, BLOCK, AHEAD, false)).toBeNull();
    expect(rowToReadAhead(99_700, 99_730, 100_000, BLOCK, AHEAD, true)).toBeNull();
    expect(rowToReadAhead(300, 330, 380, BLOCK, AHEAD, true)).toBeNull();
  });

  it('asks for nothing before the grid has drawn a row', () => {
    expect(rowToReadAhead(-1, -1, 100_000, BLOCK, AHEAD, true)).toBeNull();
    expect(rowToReadAhead(0, 20, 0, BLOCK, AHEAD, true)).toBeNull();
  });
});
