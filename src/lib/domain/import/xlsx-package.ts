// An xlsx file's package: its sheets and where they live, its shared strings, which cell styles are dates or percents.

import * as XLSX from 'xlsx';
import { isPercentFormat } from './sheet-cell-text.ts';
import { attribute, prefixOf, startTags, unescapeXml } from './xml-text.ts';
import { listZipEntries, readZipEntry, type ZipEntry } from './zip-entries.ts';

export interface XlsxSheetRef {
  name: string;
  /** The sheet part's path inside the zip. */
  path: string;
}

/** How a style shows a number: as it is, as a date, as a percent. */
export const NumberShape = { Plain: 0, Date: 1, Percent: 2 } as const;
export type NumberShape = (typeof NumberShape)[keyof typeof NumberShape];

export interface XlsxPackage {
  bytes: Uint8Array;
  sheets: XlsxSheetRef[];
  date1904: boolean;
  sharedStringsPath: string | null;
  stylesPath: string | null;
  /** Entries by lower-cased path: OOXML part names are case-insensitive. */
  entries: Map<string, ZipEntry>;
  /** Parts already inflated or parsed, kept while the file is: the wizard reads it for preview, dry run and import. */
  cache: Map<string, unknown>;
}

const packages = new WeakMap<Uint8Array, XlsxPackage | null>();

const utf8 = new TextDecoder('utf-8');

// Built-in number formats that show dates or times: 14–22 and 45–47 everywhere, 27–36 and 50–58 in the
// Chinese, Japanese and Korean editions of Excel (yyyy"年"m"月"d"日" and the like, which files leave unwritten).
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
const BUILT_IN_PERCENTS = new Set([9, 10]);

/** The package of an XML workbook, or null when the zip holds something else (xlsb, a plain zip): read it another way. */
export function openXlsxPackage(bytes: Uint8Array): XlsxPackage | null {
  let pkg = packages.get(bytes);
  if (pkg === undefined) {
    pkg = readPackage(bytes);
    packages.set(bytes, pkg);
  }
  return pkg;
}

function readPackage(bytes: Uint8Array): XlsxPackage | null {
  const list = listZipEntries(bytes);
  if (!list) return null;
  const entries = new Map<string, ZipEntry>();
  for (const e of list) entries.set(e.name.toLowerCase(), e);
  const rootRels = readPartText(bytes, entries, '_rels/.rels');
  const workbookPath = (rootRels && relationshipTargets(rootRels, '', 'officeDocument')[0]) ?? 'xl/workbook.xml';
  const workbook = readPartText(bytes, entries, workbookPath);
  if (workbook === null || prefixOf(workbook, 'workbook') === null) return null;
  const rels = readPartText(bytes, entries, relsPathOf(workbookPath)) ?? '';
  const base = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const targets = relationshipsById(rels, base);
  const sheets: XlsxSheetRef[] = [];
  for (const tag of startTags(workbook, 'sheet')) {
    const name = attribute(tag, 'name');
    const id = attribute(tag, 'id');
    const path = id === null ? undefined : targets.get(id);
    if (name !== null && path !== undefined) sheets.push({ name, path });
  }
  const pr = startTags(workbook, 'workbookPr')[0];
  const flag = pr ? attribute(pr, 'date1904') : null;
  return {
    bytes,
    sheets,
    date1904: flag === '1' || flag === 'true',
    sharedStringsPath: relationshipTargets(rels, base, 'sharedStrings')[0] ?? null,
    stylesPath: relationshipTargets(rels, base, 'styles')[0] ?? null,
    entries,
    cache: new Map(),
  };
}

/** A part's bytes, or null when the package has no such part. */
export function readPartBytes(pkg: XlsxPackage, path: string): Uint8Array | null {
  return cached(pkg, `part:${path}`, () => {
    const entry = pkg.entries.get(path.toLowerCase());
    return entry ? readZipEntry(pkg.bytes, entry) : null;
  });
}

function cached<T>(pkg: XlsxPackage, key: string, read: () => T): T {
  if (pkg.cache.has(key)) return pkg.cache.get(key) as T;
  const value = read();
  pkg.cache.set(key, value);
  return value;
}

/** The shared strings table, each item's visible text (runs joined, phonetic guides left out). */
export function readSharedStrings(pkg: XlsxPackage): readonly string[] {
  return cached(pkg, 'sharedStrings', () => parseSharedStrings(pkg));
}

function parseSharedStrings(pkg: XlsxPackage): string[] {
  const xml = pkg.sharedStringsPath ? readPartText(pkg.bytes, pkg.entries, pkg.sharedStringsPath) : null;
  if (!xml) return [];
  const prefix = prefixOf(xml, 'sst') ?? '';
  const open = `<${prefix}si>`;
  const close = `</${prefix}si>`;
  const strings: string[] = [];
  for (let p = xml.indexOf(open); p >= 0; ) {
    const end = xml.indexOf(close, p);
    if (end < 0) break;
    strings.push(richText(xml, p + open.length, end, prefix));
    p = xml.indexOf(open, end);
  }
  return strings;
}

/** Per cell style index, how its number format shows numbers. */
export function readNumberShapes(pkg: XlsxPackage): Uint8Array {
  return cached(pkg, 'numberShapes', () => parseNumberShapes(pkg));
}

function parseNumberShapes(pkg: XlsxPackage): Uint8Array {
  const xml = pkg.stylesPath ? readPartText(pkg.bytes, pkg.entries, pkg.stylesPath) : null;
  if (!xml) return new Uint8Array(0);
  const custom = new Map<number, NumberShape>();
  for (const tag of startTags(xml, 'numFmt')) {
    const id = Number(attribute(tag, 'numFmtId'));
    const code = attribute(tag, 'formatCode') ?? '';
    custom.set(id, XLSX.SSF.is_date(code) ? NumberShape.Date : isPercentFormat(code) ? NumberShape.Percent : NumberShape.Plain);
  }
  const start = xml.search(/<(?:[\w.-]+:)?cellXfs[\s>]/);
  const end = start < 0 ? -1 : xml.indexOf('cellXfs>', start + 8);
  if (start < 0 || end < 0) return new Uint8Array(0);
  const xfs = startTags(xml.slice(start, end), 'xf');
  const shapes = new Uint8Array(xfs.length);
  xfs.forEach((tag, i) => {
    const id = Number(attribute(tag, 'numFmtId') ?? 0);
    const shape = custom.get(id) ?? (BUILT_IN_DATES.has(id) ? NumberShape.Date : BUILT_IN_PERCENTS.has(id) ? NumberShape.Percent : NumberShape.Plain);
    shapes[i] = shape;
  });
  return shapes;
}

/**
 * The text of a string item (`<si>` or `<is>`) between `from` and `to`: its `<t>` texts joined, except those inside
 * `<rPh>` phonetic runs, which are reading aids and not part of the value.
 */
export function richText(xml: string, from: number, to: number, prefix: string): string {
  const tOpen = `<${prefix}t`;
  const tClose = `</${prefix}t>`;
  const phonetic = `<${prefix}rPh`;
  const phoneticClose = `</${prefix}rPh>`;
  let out = '';
  let p = from;
  for (;;) {
    const t = xml.indexOf(tOpen, p);
    if (t < 0 || t >= to) break;
    const ph = xml.indexOf(phonetic, p);
    if (ph >= 0 && ph < t) {
      const skip = xml.indexOf(phoneticClose, ph);
      if (skip < 0 || skip >= to) break;
      p = skip + phoneticClose.length;
      continue;
    }
    const after = xml.charCodeAt(t + tOpen.length);
    const tagEnd = xml.indexOf('>', t);
    if (tagEnd < 0 || tagEnd >= to) break;
    // '<t>' or '<t xml:space=...>'; never '<tabs>' and the like.
    if (after !== 62 && after !== 32 && after !== 47 && after !== 9 && after !== 10 && after !== 13) {
      p = t + tOpen.length;
      continue;
    }
    if (xml.charCodeAt(tagEnd - 1) === 47) {
      p = tagEnd + 1;
      continue;
    }
    const end = xml.indexOf(tClose, tagEnd);
    if (end < 0 || end > to) break;
    out += xml.slice(tagEnd + 1, end);
    p = end + tClose.length;
  }
  return unescapeXml(out).replace(/\r\n/g, '\n');
}

function readPartText(bytes: Uint8Array, entries: Map<string, ZipEntry>, path: string): string | null {
  const entry = entries.get(path.toLowerCase());
  return entry ? utf8.decode(readZipEntry(bytes, entry)) : null;
}

function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Relationship id → target part path. */
function relationshipsById(rels: string, base: string): Map<string, string> {
  const byId = new Map<string, string>();
  for (const tag of startTags(rels, 'Relationship')) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id !== null && target !== null && attribute(tag, 'TargetMode') !== 'External') byId.set(id, resolveTarget(base, target));
  }
  return byId;
}

/** Targets of the relationships whose type ends in `/kind` (transitional and strict namespaces alike). */
function relationshipTargets(rels: string, base: string, kind: string): string[] {
  const out: string[] = [];
  for (const tag of startTags(rels, 'Relationship')) {
    const type = attribute(tag, 'Type') ?? '';
    const target = attribute(tag, 'Target');
    if (target !== null && type.endsWith(`/${kind}`)) out.push(resolveTarget(base, target));
  }
  return out;
}

function resolveTarget(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const path: string[] = [];
  for (const part of parts) {
    if (part === '..') path.pop();
    else if (part !== '.' && part !== '') path.push(part);
  }
  return path.join('/');
}
