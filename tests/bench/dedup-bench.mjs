// The duplicate search's figures at one size, through the built app's review screen and its real dedup worker:
// total time, when each phase started, and the renderer processes' peak memory above their level before the run.
// `node tests/bench/dedup-bench.mjs` runs it alone over BENCH_ROWS (default 100000) generated customers;
// BENCH_DIST (default dist) and BENCH_PORT (default 4180) choose the build and port. Figures only.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { openWithBenchTable } from './bench-table.mjs';

const round = (n) => Math.round(n * 10) / 10;

export async function measureDedup(context, baseUrl, rows, profileDir) {
  const { page, setupSeconds } = await openWithBenchTable(context, baseUrl, rows, 'dedup-bench');
  await page.reload();
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid=row-count]')?.textContent?.replace(/\D/g, '') ?? 0) === n, rows, {
    timeout: 600_000,
  });
  // Let the grid's own loading settle so the run is measured on its own.
  await sleep(Math.min(30_000, 2000 + rows / 50));
  await page.click('[data-testid=dedup-open]');
  const memory = sampleRendererMemory(profileDir);
  const load = loadavg()[0];
  const result = await page.evaluate(async () => {
    const phases = {};
    const start = performance.now();
    const status = () => document.querySelector('[data-testid=dedup-status]')?.textContent?.trim() ?? '';
    document.querySelector('[data-testid=dedup-run]').click();
    let last = null;
    for (;;) {
      await new Promise((r) => setTimeout(r, 20));
      const phase = document.querySelector('[data-testid=dedup-progress]')?.getAttribute('aria-label')?.split(' ')[0];
      if (phase && phase !== last) {
        phases[phase] = performance.now() - start;
        last = phase;
      }
      if (status() !== '') break;
      if (performance.now() - start > 1_200_000) return null;
    }
    const total = performance.now() - start;
    await new Promise((r) => requestAnimationFrame(r));
    return { total, phases, status: status(), clusters: document.querySelectorAll('[data-testid=dedup-cluster]').length };
  });
  const peak = memory.stop();
  await page.close();
  if (!result) throw new Error('the dedup run did not finish in 20 minutes');
  return {
    rows,
    setupSeconds: round(setupSeconds),
    dedupRunMs: round(result.total),
    phaseStartsMs: Object.fromEntries(Object.entries(result.phases).map(([k, v]) => [k, round(v)])),
    rendererPeakAboveIdleMiB: peak,
    loadAverageAtStart: round(load),
    status: result.status,
    clustersShown: result.clusters,
  };
}

// The dedup worker lives in the page's renderer process: the resident memory of the renderers descending from
// the browser started on `profileDir`, sampled from /proc (Linux only).
export function sampleRendererMemory(profileDir) {
  const rendererRss = () => {
    const procs = [];
    for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
      try {
        const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        const ppid = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]);
        const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
        procs.push({ pid: Number(pid), ppid, cmd, rss });
      } catch {
        // The process ended between listing and reading.
      }
    }
    const byPid = new Map(procs.map((p) => [p.pid, p]));
    const ours = (p) => {
      for (let at = p; at; at = byPid.get(at.ppid)) if (at.cmd.includes(profileDir)) return true;
      return false;
    };
    return procs.filter((p) => p.cmd.includes('--type=renderer') && ours(p)).reduce((sum, p) => sum + p.rss, 0) / 1024;
  };
  if (!existsSync('/proc/self/status')) return { stop: () => null };
  const idle = rendererRss();
  let peak = idle;
  const timer = setInterval(() => (peak = Math.max(peak, rendererRss())), 250);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.round(Math.max(peak, rendererRss()) - idle);
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = Number(process.env.BENCH_ROWS ?? 100_000);
  const dist = process.env.BENCH_DIST ?? 'dist';
  const port = Number(process.env.BENCH_PORT ?? 4180);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`No build in ${dist}: run npx vite build --outDir ${dist}`);
  const server = spawn('npx', ['vite', 'preview', '--outDir', dist, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    stdio: 'ignore',
    detached: true,
  });
  await sleep(2000);
  // A persistent profile on disk: an ephemeral context keeps IndexedDB in memory with a small quota.
  const profile = mkdtempSync(join(tmpdir(), 'kedang-dedup-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    console.log(JSON.stringify(await measureDedup(context, `http://127.0.0.1:${port}/`, rows, profile), null, 2));
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    process.kill(-server.pid);
  }
}
