// The grid's figures at one size: reload to first rows, scroll frames and long tasks, sort, search, heap.

import { openWithBenchTable } from './bench-table.mjs';

const percentile = (values, p) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const round = (n) => (n === null ? null : Math.round(n * 10) / 10);

export async function measureGrid(context, baseUrl, rows) {
  const { page, setupSeconds } = await openWithBenchTable(context, baseUrl, rows, 'bench');

  // Reload to first rows drawn: from navigation start to the first grid cell with text.
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
  });
  await page.reload();
  await page.waitForFunction(() => document.querySelector('.ag-row .ag-cell')?.textContent, null, { timeout: 120_000, polling: 'raf' });
  const firstRowsMs = await page.evaluate(() => performance.now());
  await page.waitForFunction((n) => /\d/.test(document.querySelector('[data-testid=row-count]')?.textContent ?? '') && Number(document.querySelector('[data-testid=row-count]').textContent.replace(/\D/g, '')) === n, rows, { timeout: 120_000 });

  // Let the worker finish loading the table before timing sort and search.
  await page.evaluate(async () => {
    const ws = window.kedang;
    await ws.data.countRows(ws.tableId, { sort: [], filters: [], search: '' });
  });

  const scroll = await page.evaluate(async () => {
    const viewport = document.querySelector('.ag-body-vertical-scroll-viewport');
    window.__longTasks = [];
    const frames = [];
    let last = performance.now();
    for (let i = 0; i < 300; i++) {
      viewport.scrollTop += 240;
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    return { frames, longTasks: window.__longTasks.slice() };
  });

  const timeUntilFirstCellChanges = async (action) => {
    return page.evaluate(async (actionName) => {
      const firstCell = () => document.querySelector('.ag-row[row-index="0"] .ag-cell:not([col-id="ag-Grid-SelectionColumn"])')?.textContent ?? '';
      const before = firstCell();
      const count = () => document.querySelector('[data-testid=row-count]')?.textContent;
      const countBefore = count();
      const start = performance.now();
      if (actionName === 'sort') {
        const header = [...document.querySelectorAll('.ag-header-cell')].find((h) => h.textContent.trim() === '公司名称');
        header.querySelector('.ag-header-cell-label').click();
      } else {
        const input = document.querySelector('[data-testid=search]');
        input.value = '科技';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      for (;;) {
        await new Promise((r) => requestAnimationFrame(r));
        if ((actionName === 'sort' && firstCell() !== before && firstCell() !== '') || (actionName === 'search' && count() !== countBefore)) break;
        if (performance.now() - start > 120_000) return null;
      }
      return performance.now() - start;
    }, action);
  };
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => (document.querySelector('.ag-body-vertical-scroll-viewport').scrollTop = 0));
  const sortMs = await timeUntilFirstCellChanges('sort');
  // The search box waits 200 ms for typing to pause; that wait is not the engine's time.
  const searchMs = await timeUntilFirstCellChanges('search');

  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await page.close();

  return {
    rows,
    setupSeconds: round(setupSeconds),
    firstRowsAfterReloadMs: round(firstRowsMs),
    scrollFrameP50Ms: round(percentile(scroll.frames, 50)),
    scrollFrameP95Ms: round(percentile(scroll.frames, 95)),
    scrollLongTasks: scroll.longTasks.length,
    scrollLongTaskTotalMs: round(scroll.longTasks.reduce((a, b) => a + b, 0)),
    sortCompanyMs: round(sortMs),
    searchMsIncluding200msDebounce: round(searchMs),
    mainThreadHeapMB: round(usedSize / 1024 / 1024),
  };
}
