import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import * as XLSX from 'xlsx';
import { main } from '../../../src/cli/main.ts';
import type { CliIo } from '../../../src/cli/command.ts';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../../bin/kedang.mjs');
let dir = '';

async function kedang(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', [BIN, ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kedang-cli-'));
  await writeFile(join(dir, 'gbk.csv'), iconv.encode('客户名称,手机,金额\n甲公司,13800138000,¥5\n乙公司,13900139000,¥6\n', 'gb18030'));
  await writeFile(join(dir, 'empty.csv'), '');
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['readme']]), '说明');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['title'], ['姓名', '手机'], ['张三', 13800138000]]), '客户');
  await writeFile(join(dir, 'book.xlsx'), new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('kedang check, end to end', () => {
  it('prints a stable JSON report and exits 0 for a readable file', async () => {
    const r = await kedang('check', join(dir, 'gbk.csv'), '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({
      ok: true,
      format: 'csv',
      encoding: 'gb18030',
      headerRow: 1,
      rowCount: 2,
      columns: [
        { index: 1, header: '客户名称', type: 'text', field: 'company' },
        { index: 2, header: '手机', type: 'phone', field: 'phone' },
        { index: 3, header: '金额', type: 'money', field: 'amount' },
      ],
      problems: [],
    });
  }, 30_000);

  it('exits 1 with the coded problem for a file that cannot be imported', async () => {
    const r = await kedang('check', join(dir, 'empty.csv'), '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).problems).toEqual([
      { code: 'empty-file', severity: 'error', row: null, column: null, value: null, message: 'The file is empty.' },
    ]);
  }, 30_000);

  it('exits 2 on a usage error', async () => {
    const r = await kedang('check');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: kedang check FILE');
  }, 30_000);
});

describe('kedang check, in process', () => {
  async function check(...args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      out: (t) => out.push(t),
      err: (t) => err.push(t),
      readFile: async (path) => new Uint8Array(await import('node:fs/promises').then((fs) => fs.readFile(path))),
    };
    const code = await main(args, io);
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('prints a human-readable summary with columns and problems', async () => {
    const r = await check('check', join(dir, 'gbk.csv'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('Encoding:    gb18030');
    expect(r.out).toMatch(/2\s+手机\s+phone\s+phone/);
    expect(r.out).toContain('Problems: none');
  });

  it('reads the sheet and header row asked for', async () => {
    const r = await check('check', join(dir, 'book.xlsx'), '--sheet', '客户', '--header-row', '2', '--json');
    expect(JSON.parse(r.out)).toMatchObject({ sheet: '客户', sheets: ['说明', '客户'], headerRow: 2, rowCount: 1 });
  });

  it('reports an unknown encoding as an error of the file, not a crash', async () => {
    const r = await check('check', join(dir, 'gbk.csv'), '--encoding', 'klingon');
    expect(r.code).toBe(1);
    expect(r.out).toContain('encoding-unsupported');
  });

  it.each([
    [['check', 'a.csv', '--header-row', 'zero']],
    [['check', 'a.csv', 'b.csv']],
    [['check', '--bogus', 'a.csv']],
    [['frobnicate']],
    [[]],
  ])('treats %j as a usage error', async (args) => {
    expect((await check(...args)).code).toBe(2);
  });

  it('exits 1 when the file does not exist', async () => {
    const r = await check('check', join(dir, 'missing.csv'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('Cannot read');
  });
});
