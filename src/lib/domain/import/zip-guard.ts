// Reads a zip's central directory to learn how big its entries claim to be, before anything inflates them.

import { listZipEntries } from './zip-entries.ts';

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

// Entries smaller than this are never called bombs whatever their ratio (a blank sheet compresses very well).
const RATIO_FLOOR_BYTES = 16 * 1024 * 1024;

export function readZipSizes(bytes: Uint8Array): ZipSizes | null {
  const entries = listZipEntries(bytes);
  if (!entries) return null;
  const sizes: ZipSizes = { entries: 0, totalUncompressed: 0, largestUncompressed: 0, largestRatio: 0 };
  for (const { uncompressedSize: uncompressed, compressedSize: compressed } of entries) {
    sizes.entries++;
    sizes.totalUncompressed += uncompressed;
    sizes.largestUncompressed = Math.max(sizes.largestUncompressed, uncompressed);
    if (uncompressed >= RATIO_FLOOR_BYTES) sizes.largestRatio = Math.max(sizes.largestRatio, uncompressed / Math.max(1, compressed));
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
