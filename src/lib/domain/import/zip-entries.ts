// A zip's central directory as a list of entries, and the bytes of one entry inflated on demand.

import * as XLSX from 'xlsx';

export interface ZipEntry {
  /** The entry's path as written in the zip, without a leading '/'. */
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the entry's local header starts. */
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
const U32_MAX = 0xffffffff;
const ENCRYPTED = 0x0001;

const utf8 = new TextDecoder('utf-8');

/** Every entry the central directory names, or null when there is no readable directory. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] | null {
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
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > view.byteLength || view.getUint32(p, true) !== CENTRAL_ENTRY) return null;
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const extra = zip64Extra(view, p + 46 + nameLength, extraLength);
    let compressedSize = view.getUint32(p + 20, true);
    let uncompressedSize = view.getUint32(p + 24, true);
    let localOffset = view.getUint32(p + 42, true);
    // The zip64 extra field holds, in this order, only the sizes the header left at 0xFFFFFFFF.
    const wide = extra.values();
    if (uncompressedSize === U32_MAX) uncompressedSize = wide.next().value ?? Number.MAX_SAFE_INTEGER;
    if (compressedSize === U32_MAX) compressedSize = wide.next().value ?? Number.MAX_SAFE_INTEGER;
    if (localOffset === U32_MAX) localOffset = wide.next().value ?? Number.MAX_SAFE_INTEGER;
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLength)).replace(/^\/+/, '');
    entries.push({ name, method: view.getUint16(p + 10, true), flags: view.getUint16(p + 8, true), compressedSize, uncompressedSize, localOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's uncompressed bytes; throws when the entry is encrypted, truncated or packed in an unknown way. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.flags & ENCRYPTED) throw new Error('zip entry is encrypted');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_ENTRY) throw new Error('zip entry header missing');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new Error('zip entry truncated');
  const packed = bytes.subarray(start, end);
  if (entry.method === 0) return packed;
  if (entry.method !== 8) throw new Error('zip entry method unsupported');
  // SheetJS's own raw-deflate reader (the one its zip parser uses), for one entry instead of the whole package.
  const inflated = XLSX.CFB.utils._inflateRaw(packed, entry.uncompressedSize) as Uint8Array;
  return inflated.length > entry.uncompressedSize ? inflated.subarray(0, entry.uncompressedSize) : inflated;
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

/** The 64-bit values of an entry's zip64 extra field (id 0x0001), in the order written. */
function zip64Extra(view: DataView, start: number, length: number): number[] {
  let p = start;
  const end = Math.min(start + length, view.byteLength);
  while (p + 4 <= end) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      const values: number[] = [];
      for (let q = p + 4; q + 8 <= Math.min(p + 4 + size, end); q += 8) values.push(Number(view.getBigUint64(q, true)));
      return values;
    }
    p += 4 + size;
  }
  return [];
}
