// `node tests/bench/import-run.mjs`: import and export figures in headless Chromium (not part of npm test).
// BENCH_DIST (default dist), BENCH_PORT, BENCH_CSV_ROWS (1000000), BENCH_XLSX_ROWS (100000), BENCH_EXPORT_ROWS (100000).
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { measureExport, measureFileImport, writeCsv, writeXlsx } from './import-bench.mjs';

const dist = process.env.BENCH_DIST ?? 'dist';
const port = Number(process.env.BENCH_PORT ?? 4180);
const csvRows = Number(process.env.BENCH_CSV_ROWS ?? 1_000_000);
const xlsxRows = Number(process.env.BENCH_XLSX_ROWS ?? 100_000);
const exportRows = Number(process.env.BENCH_EXPORT_ROWS ?? 100_000);

const work = mkdtempSync(join(tmpdir(), 'kedang-import-bench-'));
const server = spawn('npx', ['vite', 'preview', '--outDir', dist, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
await sleep(2500);
// A persistent profile: an ephemeral context keeps IndexedDB in memory with a small quota.
const context = await chromium.launchPersistentContext(join(work, 'profile'), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const url = `http://127.0.0.1:${port}/`;
const results = { machine: { cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), chromium: context.browser()?.version() ?? 'chromium' }, date: new Date().toISOString(), runs: [] };
try {
  for (const [label, run] of [
    ['csv', () => measureFileImport(context, url, writeCsv(work, csvRows), csvRows)],
    ['xlsx', () => measureFileImport(context, url, writeXlsx(work, xlsxRows), xlsxRows)],
    ['export', () => measureExport(context, url, exportRows)],
  ]) {
    try {
      const figures = await run();
      results.runs.push(figures);
      console.log(JSON.stringify(figures));
    } catch (error) {
      results.runs.push({ run: label, error: String(error).slice(0, 500) });
      console.log(label, 'failed', String(error).slice(0, 500));
    }
  }
} finally {
  await context.close();
  process.kill(-server.pid);
  rmSync(work, { recursive: true, force: true });
}
writeFileSync(process.env.BENCH_OUT ?? 'import-bench-results.json', JSON.stringify(results, null, 2));
