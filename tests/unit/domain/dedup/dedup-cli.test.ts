// `kedang dedup` through its function, on files written to a temporary folder.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDedup } from '../../../../src/cli/dedup.ts';

const CSV = [
  '客户名称,联系人,手机,邮箱,城市,备注',
  '深圳市华信科技有限公司,张伟,13800138000,zw@qq.com,深圳,老客户',
  '杭州博远物流有限公司,李娜,13900139000,ln@163.com,杭州,',
  '華信科技,张玮,+86 138-0013-8000,,SZ,',
  '北京恒通贸易有限公司,张伟,13711112222,ht@163.com,北京,',
].join('\n');

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runDedup(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

function writeCsv(text = CSV): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'kedang-dedup-')), 'customers.csv');
  writeFileSync(file, text);
  return file;
}

describe('kedang dedup', () => {
  it('prints the clusters as 1-based data-row numbers with --json', async () => {
    const { code, stdout } = await run([writeCsv(), '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ clusters: [[1, 3]] });
  });

  it('explains the clusters in plain text', async () => {
    const { stdout } = await run([writeCsv()]);
    expect(stdout).toContain('rows 1, 3');
    expect(stdout).toContain('手机 same');
  });

  it('accepts a threshold, and a high one finds fewer duplicates', async () => {
    // Only the company and a homophone name agree: likely, but not certain.
    const file = writeCsv('客户名称,联系人\n华信科技有限公司,张伟\n华信科技,张玮\n');
    expect(JSON.parse((await run([file, '--json', '--threshold=0.5'])).stdout)).toEqual({ clusters: [[1, 2]] });
    expect(JSON.parse((await run([file, '--json', '--threshold', '0.99'])).stdout)).toEqual({ clusters: [] });
  });

  it.each([[[]], [['a.csv', '--threshold', 'x']], [['a.csv', '--wat']]])('rejects bad arguments %j with exit code 2', async (args) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: kedang dedup');
  });

  it('exits with 1 when the file cannot be read', async () => {
    expect((await run(['/nonexistent/file.csv'])).code).toBe(1);
  });

  const bin = path.resolve(import.meta.dirname, '../../../../bin/kedang.mjs');
  it('runs end to end through the kedang bin', () => {
    const output = execFileSync(process.execPath, [bin, 'dedup', writeCsv(), '--json'], { encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual({ clusters: [[1, 3]] });
  });
});
