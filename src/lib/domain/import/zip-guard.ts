// Reads a zip's central directory to learn how big its entries claim to be, before anything inflates them.

export interface ZipSizes {
  entries: number;
  totalUncompressed: number;
  largestUncompressed: number;
  largestRatio: number;
}

export type ZipSizeCheck = { ok: true; sizes: ZipSizes } | { ok: false; code: 'zip-bomb' | 'unreadable-workbook' };

export interface ZipLimits {
  /** Sum of all entries' uncompressed sizes. */
  maxUncompressedBytes: number;
  /** Uncompressed ÷ compressed of an entry; XML compresses ~10–50×, bombs ~1000× and more. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxUncompressedBytes: 1024 * 1024 * 1024, maxRatio: 1000 };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const U32_MAX = 0xffffffff;
// Entries smaller than this are never called bombs whatever their ratio (a blank sheet compresses very well).
const RATIO_FLOOR_BYTES = 16 * 1024 * 1024;

export function readZipSizes(bytes: Uint8Array): ZipSizes | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return null;
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (offset === U32_MAX || count === 0xffff) {
    const z64 = readZip64Directory(view, eocd);
    if (!z64) return null;
    count = z64.count;
    offset = z64.offset;
  }
  const sizes: ZipSizes = { entries: 0, totalUncompressed: 0, largestUncompressed: 0, largestRatio: 0 };
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > view.byteLength || view.getUint32(p, true) !== CENTRAL_ENTRY) return null;
    const compressed = view.getUint32(p + 20, true);
    let uncompressed = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (uncompressed === U32_MAX) uncompressed = zip64Uncompressed(view, p + 46 + nameLength, extraLength) ?? Number.MAX_SAFE_INTEGER;
    sizes.entries++;
    sizes.totalUncompressed += uncompressed;
    sizes.largestUncompressed = Math.max(sizes.largestUncompressed, uncompressed);
    if (uncompressed >= RATIO_FLOOR_BYTES) sizes.largestRatio = Math.max(sizes.largestRatio, uncompressed / Math.max(1, compressed));
    p += 46 + nameLength + extraLength + commentLength;
  }
  return sizes;
}

export function checkZipSizes(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipSizeCheck {
  const sizes = readZipSizes(bytes);
  if (!sizes) return { ok: false, code: 'unreadable-workbook' };
  if (sizes.totalUncompressed > limits.maxUncompressedBytes || sizes.largestRatio > limits.maxRatio) {
    return { ok: false, code: 'zip-bomb' };
  }
  return { ok: true, sizes };
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let p = view.byteLength - 22; p >= stop; p--) {
    if (view.getUint32(p, true) === EOCD) return p;
  }
  return -1;
}

function readZip64Directory(view: DataView, eocd: number): { count: number; offset: number } | null {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return null;
  const at = Number(view.getBigUint64(locator + 8, true));
  if (at + 56 > view.byteLength || view.getUint32(at, true) !== ZIP64_EOCD) return null;
  return { count: Number(view.getBigUint64(at + 32, true)), offset: Number(view.getBigUint64(at + 48, true)) };
}

function zip64Uncompressed(view: DataView, start: number, length: number): number | null {
  let p = start;
  const end = Math.min(start + length, view.byteLength);
  while (p + 4 <= end) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    // In the zip64 extra field the uncompressed size comes first when the header says 0xFFFFFFFF.
    if (id === 0x0001 && size >= 8 && p + 12 <= end) return Number(view.getBigUint64(p + 4, true));
    p += 4 + size;
  }
  return null;
}
