// Which block of rows to ask for before the scroll reaches it.
// AG Grid's infinite row model only asks for a block once a row of it is drawn: the rows then show empty,
// and when the block arrives AG Grid draws them all a second time in one frame. Touching a row of the next
// block while the scroll is still `distance` rows away has it loaded before it shows.

/** The row index to touch (so that its block loads), or null when the drawn rows are far from a block edge. */
export function rowToReadAhead(firstRow: number, lastRow: number, rowCount: number, blockSize: number, distance: number, goingDown: boolean): number | null {
  if (firstRow < 0 || lastRow < firstRow || rowCount <= 0) return null;
  if (goingDown) {
    const nextBlockStart = (Math.floor(lastRow / blockSize) + 1) * blockSize;
    return nextBlockStart < rowCount && nextBlockStart - lastRow <= distance ? nextBlockStart : null;
  }
  const blockStart = Math.floor(firstRow / blockSize) * blockSize;
  return blockStart > 0 && firstRow - blockStart < distance ? blockStart - 1 : null;
}
