// `npm run bench`: measures the built app in headless Chromium at each size in BENCH_SIZES
// (default 100000,1000000) and writes bench-results.json. Figures only: nothing here passes or fails.
// The import section imports a generated CSV of each size in BENCH_IMPORT_SIZES (default BENCH_SIZES) through the
// wizard, and an xlsx import and xlsx export of min(largest size, 100000) rows. BENCH_DIST serves another build.
// The grid runs at each size in BENCH_GRID_SIZES (default BENCH_SIZES; 'none' skips it).
// The duplicate search runs at each size in BENCH_DEDUP_SIZES (default BENCH_SIZES; 'none' skips it),
// so CI can smoke-test it small: BENCH_SIZES=2000 BENCH_DEDUP_SIZES=2000. BENCH_XLSX=none skips the xlsx import and export.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { measureDedup } from './dedup-bench.mjs';
import { measureGrid, measureScrollControl } from './grid-bench.mjs';
import { measureExport, measureFileImport, writeCsv, writeXlsx } from './import-bench.mjs';

const sizes = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const gridSizes = process.env.BENCH_GRID_SIZES === 'none' ? [] : (process.env.BENCH_GRID_SIZES ?? sizes.join(',')).split(',').map(Number);
const importSizes = process.env.BENCH_IMPORT_SIZES === 'none' ? [] : (process.env.BENCH_IMPORT_SIZES ?? sizes.join(',')).split(',').map(Number);
const dist = process.env.BENCH_DIST ?? 'dist';
const dedupSizes = process.env.BENCH_DEDUP_SIZES === 'none' ? [] : (process.env.BENCH_DEDUP_SIZES ?? sizes.join(',')).split(',').map(Number);
const port = Number(process.env.BENCH_PORT ?? 4179);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(join(dist, 'index.html'))) {
  await new Promise((resolve, reject) =>
    spawn('npx', ['vite', 'build', '--outDir', dist], { stdio: 'inherit' }).on('exit', (code) => (code === 0 ? resolve() : reject(new Error('build failed')))),
  );
}
const server = spawn('npx', ['vite', 'preview', '--outDir', dist, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
await sleep(2000);
// A persistent profile on disk: an ephemeral context keeps IndexedDB in memory with a small quota,
// which a million rows overflow.
async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'kedang-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  return { context, profile, close: async () => (await context.close(), rmSync(profile, { recursive: true, force: true })) };
}

const results = { machine: { cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30) }, date: new Date().toISOString(), grid: [], dedup: [], import: [] };

/** One import or export figure in a fresh browser profile; a failure is recorded, not thrown. */
async function measureImport(label, run) {
  const { context, profile, close } = await launch();
  const files = mkdtempSync(join(tmpdir(), 'kedang-bench-files-'));
  try {
    const figures = await run(context, files, profile);
    results.import.push(figures);
    console.log(JSON.stringify(figures));
  } catch (error) {
    results.import.push({ run: label, error: String(error).slice(0, 500) });
    console.log(label, 'failed', String(error).slice(0, 500));
  } finally {
    await close();
    rmSync(files, { recursive: true, force: true });
  }
}
try {
  for (const rows of gridSizes) {
    const { context, close } = await launch();
    try {
      results.machine.chromium = context.browser()?.version() ?? 'chromium';
      if (!results.scrollControl) {
        results.scrollControl = await measureScrollControl(context);
        console.log(JSON.stringify({ scrollControl: results.scrollControl }));
      }
      const figures = await measureGrid(context, `http://127.0.0.1:${port}/`, rows);
      results.grid.push(figures);
      console.log(JSON.stringify(figures));
    } finally {
      await close();
    }
  }
  for (const rows of dedupSizes) {
    const { context, profile, close } = await launch();
    try {
      const figures = await measureDedup(context, `http://127.0.0.1:${port}/`, rows, profile);
      results.dedup.push(figures);
      console.log(JSON.stringify(figures));
    } finally {
      await close();
    }
  }
  const url = `http://127.0.0.1:${port}/`;
  for (const rows of importSizes) await measureImport(`csv ${rows}`, (context, dir, profile) => measureFileImport(context, url, writeCsv(dir, rows), rows, profile));
  if (importSizes.length > 0 && process.env.BENCH_XLSX !== 'none') {
    const small = Math.min(Math.max(...importSizes), 100_000);
    await measureImport(`xlsx ${small}`, (context, dir, profile) => measureFileImport(context, url, writeXlsx(dir, small), small, profile));
    await measureImport(`export ${small}`, (context, _dir, profile) => measureExport(context, url, small, profile));
  }
} finally {
  process.kill(-server.pid);
}
writeFileSync('bench-results.json', JSON.stringify(results, null, 2));
console.log('wrote bench-results.json');
