// `npm run bench`: measures the built app in headless Chromium at each size in BENCH_SIZES
// (default 100000,1000000) and writes bench-results.json. Figures only: nothing here passes or fails.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
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
const server = spawn('node', ['tests/e2e/serve-dist.mjs', String(port), '/'], { stdio: 'ignore' });
await sleep(500);
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

const results = { machine: { cores: (await import('node:os')).cpus().length, chromium: browser.version() }, date: new Date().toISOString(), grid: [] };
try {
  for (const rows of sizes) {
    const figures = await measureGrid(browser, `http://127.0.0.1:${port}/`, rows);
    results.grid.push(figures);
    console.log(JSON.stringify(figures));
  }
} finally {
  await browser.close();
  server.kill();
}
writeFileSync('bench-results.json', JSON.stringify(results, null, 2));
console.log('wrote bench-results.json');
