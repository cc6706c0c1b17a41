// `node tests/bench/dedup-bench.mjs`: one duplicate search over BENCH_ROWS (default 100000) generated customers,
// through the built app's review screen and its real dedup worker, in headless Chromium. Figures only.
// BENCH_DIST (default dist) and BENCH_PORT (default 4180) choose the build and port; not part of npm test.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const rows = Number(process.env.BENCH_ROWS ?? 100_000);
const dist = process.env.BENCH_DIST ?? 'dist';
const port = Number(process.env.BENCH_PORT ?? 4180);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const round = (n) => Math.round(n * 10) / 10;

if (!existsSync(join(dist, 'index.html'))) throw new Error(`No build in ${dist}: run npx vite build --outDir ${dist}`);
const server = spawn('npx', ['vite', 'preview', '--outDir', dist, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
  stdio: 'ignore',
  detached: true,
});
await sleep(2000);
// A persistent profile on disk: an ephemeral context keeps IndexedDB in memory with a small quota.
const profile = mkdtempSync(join(tmpdir(), 'kedang-dedup-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  viewport: { width: 1400, height: 900 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

try {
  const page = await context.newPage();
  const db = `dedup-bench-${rows}-${Date.now()}`;
  await page.goto(`http://127.0.0.1:${port}/?db=${db}&bench=1`);
  await page.waitForFunction(() => window.kedang?.status === 'ready', null, { timeout: 120_000 });
  const { workspaceId } = await page.evaluate((n) => window.kedang.data.createBenchTable(n), rows);
  await page.evaluate((id) => localStorage.setItem('kedang.workspace', id), workspaceId);
  await page.reload();
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid=row-count]')?.textContent?.replace(/\D/g, '') ?? 0) === n, rows, {
    timeout: 300_000,
  });

  await page.click('[data-testid=dedup-open]');
  const result = await page.evaluate(async () => {
    const phases = {};
    const start = performance.now();
    const status = () => document.querySelector('[data-testid=dedup-status]')?.textContent?.trim() ?? '';
    document.querySelector('[data-testid=dedup-run]').click();
    let last = null;
    for (;;) {
      await new Promise((r) => setTimeout(r, 20));
      const progress = document.querySelector('[data-testid=dedup-progress]');
      const phase = progress?.getAttribute('aria-label')?.split(' ')[0];
      if (phase && phase !== last) {
        phases[phase] = performance.now() - start;
        last = phase;
      }
      if (status() !== '') break;
      if (performance.now() - start > 600_000) return null;
    }
    const total = performance.now() - start;
    await new Promise((r) => requestAnimationFrame(r));
    return { total, phases, status: status(), clusters: document.querySelectorAll('[data-testid=dedup-cluster]').length };
  });
  if (!result) throw new Error('the dedup run did not finish in 10 minutes');
  console.log(
    JSON.stringify(
      {
        rows,
        dedupRunMs: round(result.total),
        phaseStartsMs: Object.fromEntries(Object.entries(result.phases).map(([k, v]) => [k, round(v)])),
        status: result.status,
        clustersShown: result.clusters,
      },
      null,
      2,
    ),
  );
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  process.kill(-server.pid);
}
