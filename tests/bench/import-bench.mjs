// Import and export figures through the real import and data workers: a generated CSV and xlsx through the wizard,
// an export of a generated table to xlsx; with the long tasks seen on the main thread meanwhile.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { sampleRendererMemory } from './dedup-bench.mjs';

const HEADERS = ['公司名称', '联系人', '手机', '邮箱', '省份', '城市', '地址', '行业', '来源渠道', '客户等级', '标签', '创建日期', '负责人', '金额'];
const CITIES = [['广东', '深圳'], ['浙江', '杭州'], ['上海', '上海'], ['北京', '北京'], ['四川', '成都']];

function record(i) {
  const [province, city] = CITIES[i % CITIES.length];
  const day = String((i % 28) + 1).padStart(2, '0');
  return [`测试公司${i}有限公司`, `联系人${i % 9973}`, `139${String(i).padStart(8, '0')}`, `user${i}@example.cn`, province, city, `${city}市人民路${i % 999}号`,
    ['制造', '零售', '软件'][i % 3], ['展会', '官网', '转介绍'][i % 3], ['A', 'B', 'C'][i % 3], i % 7 === 0 ? 'VIP、老客户' : '', `2023-0${(i % 9) + 1}-${day}`, `销售${i % 12}`, (i % 10000) + 0.5];
}

export function writeCsv(dir, rows) {
  const path = join(dir, `bench-${rows}.csv`);
  const lines = [HEADERS.join(',')];
  for (let i = 0; i < rows; i++) lines.push(record(i).join(','));
  writeFileSync(path, '\uFEFF' + lines.join('\r\n') + '\r\n');
  return path;
}

export function writeXlsx(dir, rows) {
  const path = join(dir, `bench-${rows}.xlsx`);
  const data = [HEADERS];
  for (let i = 0; i < rows; i++) {
    const r = record(i);
    r[2] = Number(r[2]); // phones as Excel stores them when typed in: numbers
    data.push(r);
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(data), '客户');
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }));
  return path;
}

const summarise = (tasks) => ({ longTasks: tasks.length, longestTaskMs: Math.round(Math.max(0, ...tasks)), longTaskTotalMs: Math.round(tasks.reduce((a, b) => a + b, 0)) });

async function openPage(context, baseUrl, name) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${baseUrl}?db=bench-${name}-${Date.now()}&bench=1`);
  await page.waitForFunction(() => window.kedang?.status === 'ready', null, { timeout: 120_000 });
  return page;
}

/** Wizard timings of one file: preview + dry run until Import is enabled, then the import until done. */
export async function measureFileImport(context, baseUrl, path, rows, profileDir) {
  const page = await openPage(context, baseUrl, `import-${rows}`);
  // The import worker lives in the page's renderer: its peak resident memory over the preview and the import.
  const memory = profileDir ? sampleRendererMemory(profileDir) : { stop: () => null };
  await page.getByTestId('import-open').click();
  await page.evaluate(() => (window.__longTasks = []));
  const start = Date.now();
  await page.getByTestId('import-file').setInputFiles(path);
  await page.getByTestId('import-confirm').waitFor({ state: 'visible', timeout: 600_000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid=import-confirm]')?.disabled, null, { timeout: 600_000 });
  const previewSeconds = (Date.now() - start) / 1000;
  // Long tasks are reported per phase: the target ("no main-thread task over 50 ms") is about the import itself.
  const previewTasks = await page.evaluate(() => window.__longTasks.splice(0));
  const importStart = Date.now();
  await page.getByTestId('import-confirm').click();
  await page.getByTestId('import-done').waitFor({ timeout: 1_800_000 });
  const importSeconds = (Date.now() - importStart) / 1000;
  const doneText = await page.getByTestId('import-done').textContent();
  const tasks = await page.evaluate(() => window.__longTasks.slice());
  const rendererPeakAboveIdleMiB = memory.stop();
  // Then the whole import undone, from the click until the table it created has left the table list
  // (its rows go first, in the same transaction).
  await page.getByTestId('import-close').click();
  await page.waitForFunction((n) => window.kedang.rowCount === n, rows, { timeout: 600_000 });
  const importedTableId = await page.evaluate(() => window.kedang.tableId);
  const undoStart = Date.now();
  await page.getByTestId('undo').click();
  await page.waitForFunction((id) => !window.kedang.tables.some((t) => t.id === id), importedTableId, { timeout: 1_800_000 });
  const undoSeconds = (Date.now() - undoStart) / 1000;
  await page.close();
  const preview = summarise(previewTasks);
  return {
    file: path.split('/').pop(), rows, previewAndDryRunSeconds: previewSeconds, importSeconds, rowsPerSecond: Math.round(rows / importSeconds), doneText,
    ...summarise(tasks), previewLongTasks: preview.longTasks, previewLongestTaskMs: preview.longestTaskMs, rendererPeakAboveIdleMiB, undoSeconds,
  };
}

export async function measureExport(context, baseUrl, rows, profileDir) {
  const page = await openPage(context, baseUrl, `export-${rows}`);
  const { tableId } = await page.evaluate((n) => window.kedang.data.createBenchTable(n), rows);
  await page.evaluate(() => (window.__longTasks = []));
  const memory = profileDir ? sampleRendererMemory(profileDir) : { stop: () => null };
  const figures = await page.evaluate(async (id) => {
    const ws = window.kedang;
    const columns = await ws.data.getColumns(id);
    const start = performance.now();
    const result = await ws.data.exportView(id, { sort: [], filters: [], search: '' }, columns.map((c) => c.id), 'xlsx', false);
    return { seconds: (performance.now() - start) / 1000, bytes: result.bytes.length, rowCount: result.rowCount };
  }, tableId);
  const tasks = await page.evaluate(() => window.__longTasks.slice());
  const rendererPeakAboveIdleMiB = memory.stop();
  await page.close();
  return { exportXlsx: rows, ...figures, ...summarise(tasks), rendererPeakAboveIdleMiB };
}
