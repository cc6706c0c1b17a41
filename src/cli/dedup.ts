// `kedang dedup FILE [--json] [--threshold X]`: reads a table the way the importer does and prints duplicate clusters.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { findDuplicates, type DedupRow, type DuplicateCluster } from '../lib/domain/dedup/find-duplicates.ts';
import { pickMatchFields } from '../lib/domain/dedup/match-fields.ts';
import { readTableFile } from '../lib/domain/import/index.ts';
import { EXIT_INPUT_ERROR, EXIT_OK, EXIT_USAGE, type Command } from './command.ts';

export const DEFAULT_THRESHOLD = 0.5;
const USAGE = 'dedup FILE [--json] [--threshold X]';

export interface DedupIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile?: (filePath: string) => Promise<Uint8Array>;
}

interface DedupArgs {
  file: string;
  json: boolean;
  threshold: number;
}

export async function runDedup(args: string[], io: DedupIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\nUsage: kedang ${USAGE}`);
    return EXIT_USAGE;
  }
  let bytes: Uint8Array;
  try {
    bytes = io.readFile ? await io.readFile(parsed.file) : new Uint8Array(await readFile(parsed.file));
  } catch {
    io.stderr(`Cannot read ${parsed.file}`);
    return EXIT_INPUT_ERROR;
  }
  const table = readTableFile(bytes, path.basename(parsed.file));
  if (!table.ok) {
    io.stderr(`Cannot read ${parsed.file}: ${table.problems.map((p) => p.code).join(', ')}`);
    return EXIT_INPUT_ERROR;
  }
  const fields = pickMatchFields(table.headers.map((name, i) => ({ id: String(i), name, type: 'text' })));
  if (fields.length === 0) {
    io.stderr('No column to compare: name columns like 客户名称, 联系人, 手机, 邮箱, 地址 (or company, name, phone, email).');
    return EXIT_INPUT_ERROR;
  }
  // Row ids are 1-based data-row numbers: the header row is not counted.
  const rows: DedupRow[] = table.rows.map((values, index) => {
    const cells: Record<string, string> = {};
    values.forEach((value, column) => {
      if (value.trim() !== '') cells[String(column)] = value;
    });
    return { id: index + 1, cells };
  });
  const { clusters } = findDuplicates(rows, fields, { threshold: parsed.threshold });
  const shown = clusters.filter((cluster) => cluster.rowIds.length >= 2);
  if (parsed.json) io.stdout(JSON.stringify({ clusters: shown.map((cluster) => cluster.rowIds) }));
  else io.stdout(describeClusters(shown, table.headers, rows.length));
  return EXIT_OK;
}

function parseArgs(args: string[]): DedupArgs | string {
  let file: string | undefined;
  let json = false;
  let threshold = DEFAULT_THRESHOLD;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--threshold' || arg.startsWith('--threshold=')) {
      const text = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      threshold = Number(text);
      if (text === undefined || text === '' || !(threshold > 0 && threshold < 1)) return '--threshold needs a number between 0 and 1';
    } else if (arg.startsWith('--')) return `Unknown option: ${arg}`;
    else if (file === undefined) file = arg;
    else return `Unexpected argument: ${arg}`;
  }
  return file === undefined ? 'Missing FILE' : { file, json, threshold };
}

function describeClusters(clusters: readonly DuplicateCluster[], headers: readonly string[], rowCount: number): string {
  const lines = [`${clusters.length} duplicate group(s) among ${rowCount} rows`];
  clusters.forEach((cluster, n) => {
    lines.push(`#${n + 1}  rows ${cluster.rowIds.join(', ')}  confidence ${cluster.confidence.toFixed(2)}`);
    const pair = cluster.pairs[0];
    if (!pair) return;
    const evidence = pair.reasons
      .filter((r) => r.kind !== 'missing')
      .map((r) => `${headers[Number(r.field)] ?? r.field} ${r.kind}${r.similarity ? ` ${r.similarity}` : ''}${r.note ? ` (${r.note})` : ''}`);
    lines.push(`    rows ${pair.a} & ${pair.b}: ${evidence.join('; ')}`);
  });
  return lines.join('\n');
}

/** The command as registered in src/cli/main.ts. */
export const dedupCommand: Command = {
  usage: USAGE,
  summary: 'find duplicate rows in a CSV or Excel file',
  run: (args, io) => runDedup(args, { stdout: io.out, stderr: io.err, readFile: io.readFile }),
};
