import { expect, test, type Page } from '@playwright/test';
import { cell, colIdOf, cspViolations, rowCount, watchCsp } from './grid-helpers.ts';

/** Like openFresh, with the page's state handle on, so the test can see which purchases link where. */
async function openDemo(page: Page, name: string, db = `e2e-dedup-${name}-${Date.now()}`): Promise<string> {
  await watchCsp(page);
  await page.addInitScript(() => localStorage.setItem('kedang.locale', 'zh-CN'));
  await page.goto(`./?db=${db}&bench=1`);
  await expect(page.getByTestId('row-count')).toContainText(/\d/, { timeout: 45_000 });
  return db;
}

async function runDedup(page: Page) {
  await page.getByTestId('dedup-open').click();
  await expect(page.getByTestId('dedup-panel')).toBeVisible();
  await page.getByTestId('dedup-run').click();
  await expect(page.getByTestId('dedup-cluster').first()).toBeVisible({ timeout: 45_000 });
}

/** Customer row id → order numbers of the purchases linking to it. */
async function purchasesByCustomer(page: Page): Promise<Record<number, string[]>> {
  return page.evaluate(async () => {
    type Handle = { tables: { id: string; name: string }[]; data: { getColumns(id: string): Promise<{ id: string; type: string; name: string }[]>; getRows(id: string, q: unknown, s: number, e: number): Promise<{ rows: { cells: Record<string, unknown> }[] }> } };
    const ws = (window as unknown as { kedang: Handle }).kedang;
    const purchases = ws.tables.find((t) => t.name === '购买记录')!.id;
    const columns = await ws.data.getColumns(purchases);
    const link = columns.find((c) => c.type === 'link')!.id;
    const order = columns.find((c) => c.name === '订单号')!.id;
    const { rows } = await ws.data.getRows(purchases, { sort: [], filters: [], search: '' }, 0, 100_000);
    const found: Record<number, string[]> = {};
    for (const row of rows) (found[row.cells[link] as number] ??= []).push(row.cells[order] as string);
    return found;
  });
}

test('finds duplicate customers, explains them, and a merge moves their purchases and can be undone', async ({ page }) => {
  await openDemo(page, 'merge');
  const before = await rowCount(page);
  const linked = await purchasesByCustomer(page);
  await runDedup(page);

  const clusters = page.getByTestId('dedup-cluster');
  await expect(clusters.first().getByTestId('dedup-reasons')).toContainText(/同一|相似|不同/);
  const confidences = await clusters.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-confidence'))));
  expect(confidences).toEqual([...confidences].sort((a, b) => b - a));

  // The first cluster in which some record has a purchase: that record is merged away into another one.
  let chosen = -1;
  let goneId = 0;
  for (let c = 0; c < Math.min(await clusters.count(), 20) && chosen < 0; c++) {
    const ids = (await clusters.nth(c).locator('thead th[data-row-id]').evaluateAll((ths) => ths.map((th) => Number(th.getAttribute('data-row-id')))));
    const index = ids.findIndex((id) => (linked[id]?.length ?? 0) > 0);
    if (index >= 0) [chosen, goneId] = [c, ids[index]!];
  }
  expect(chosen).toBeGreaterThanOrEqual(0);
  const cluster = clusters.nth(chosen);
  const ids = await cluster.locator('thead th[data-row-id]').evaluateAll((ths) => ths.map((th) => Number(th.getAttribute('data-row-id'))));
  const survivorIndex = ids.findIndex((id) => id !== goneId);
  await cluster.getByTestId('dedup-survivor').nth(survivorIndex).check();
  const mergedName = (await cluster.locator('tr[data-column="公司名称"] [data-testid=dedup-merged-value]').textContent())!.trim();
  expect(mergedName).not.toBe('');
  const order = linked[goneId]![0]!;

  await cluster.getByTestId('dedup-merge').click();
  await expect(clusters).toHaveCount(confidences.length - 1);
  await page.getByTestId('dedup-close').click();
  await expect.poll(() => rowCount(page)).toBe(before - (ids.length - 1));

  await page.getByTestId('table-link').nth(1).click();
  await page.getByTestId('search').fill(order);
  await expect.poll(() => rowCount(page)).toBe(1);
  const customer = await colIdOf(page, '客户');
  await expect(cell(page, 0, customer)).toHaveText(mergedName);
  await page.getByTestId('search').fill('');

  await page.getByTestId('table-link').nth(0).click();
  await page.getByTestId('undo').click();
  await expect.poll(() => rowCount(page)).toBe(before);
  expect(await cspViolations(page)).toEqual([]);
});

test('a cluster marked "not duplicates" is not proposed again after a reload', async ({ page }) => {
  await openDemo(page, 'distinct');
  await runDedup(page);
  const first = page.getByTestId('dedup-cluster').first();
  const ids = (await first.locator('thead th[data-row-id]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-row-id')))).join(',');
  const count = await page.getByTestId('dedup-cluster').count();
  await first.getByTestId('dedup-not-duplicates').click();
  await expect(page.getByTestId('dedup-cluster')).toHaveCount(count - 1);

  await page.reload();
  await expect(page.getByTestId('row-count')).toContainText(/\d/, { timeout: 45_000 });
  await runDedup(page);
  const again = await page
    .getByTestId('dedup-cluster')
    .evaluateAll((els) => els.map((e) => [...e.querySelectorAll('thead th[data-row-id]')].map((th) => th.getAttribute('data-row-id')).join(',')));
  expect(again).not.toContain(ids);
  expect(again.length).toBeGreaterThan(0);
});

test('clusters come a page at a time, and "merge all above" also merges the clusters never shown', async ({ page }) => {
  await openDemo(page, 'pages');
  const before = await rowCount(page);
  await runDedup(page);
  const summary = (await page.getByTestId('dedup-status').textContent())!.replace(/,/g, '');
  const total = Number(/找到 (\d+) 组/.exec(summary)![1]);
  expect(total).toBeGreaterThan(20);
  const clusters = page.getByTestId('dedup-cluster');
  await expect(clusters).toHaveCount(20);
  const firstIds = await clusters.first().locator('thead th[data-row-id]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-row-id')));

  await page.getByTestId('dedup-next-page').click();
  await expect(page.getByTestId('dedup-page')).toContainText('第 2 /');
  await expect(clusters.first().locator('thead th[data-row-id]').first()).not.toHaveAttribute('data-row-id', firstIds[0]!);
  await expect(clusters.first().locator('tbody td').first()).not.toBeEmpty();

  await page.getByTestId('dedup-merge-above-value').fill('50');
  await page.getByTestId('dedup-merge-above').click();
  await expect(page.getByTestId('dedup-status')).toContainText(`已合并 ${total} 组`, { timeout: 60_000 });
  await expect(clusters).toHaveCount(0);
  await page.getByTestId('dedup-close').click();
  await expect.poll(() => rowCount(page)).toBeLessThanOrEqual(before - total);
});
