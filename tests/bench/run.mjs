// `npm run bench`: measures the built app in headless Chromium at each size in BENCH_SIZES
// (default 100000,1000000) and writes bench-results.json. Figures only: nothing here passes or fails.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { measureGrid } from './grid-bench.mjs';

const sizes = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const port = Number(process.env.BENCH_PORT ?? 4179);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync('dist/index.html')) {
  await new Promise((resolve, reject) =>
    spawn('npx', ['vite', 'build'], { stdio: 'inherit' }).on('exit', (code) => (code === 0 ? resolve() : reject(new Error('build failed')))),
  );
}
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
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
  return { context, close: async () => (await context.close(), rmSync(profile, { recursive: true, force: true })) };
}

const results = { machine: { cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30) }, date: new Date().toISOString(), grid: [] };
try {
  for (const rows of sizes) {
    const { context, close } = await launch();
    try {
      results.machine.chromium = context.browser()?.version() ?? 'chromium';
      const figures = await measureGrid(context, `http://127.0.0.1:${port}/`, rows);
      results.grid.push(figures);
      console.log(JSON.stringify(figures));
    } finally {
      await close();
    }
  }
} finally {
  process.kill(-server.pid);
}
writeFileSync('bench-results.json', JSON.stringify(results, null, 2));
console.log('wrote bench-results.json');
