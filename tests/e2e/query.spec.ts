import { expect, test } from '@playwright/test';
import { cell, colIdOf, cspViolations, openFresh, rowCount } from './grid-helpers.ts';

test('a text filter on 城市 keeps only the matching rows, and resetting it brings them all back', async ({ page }) => {
  await openFresh(page, 'city-filter');
  const total = await rowCount(page);
  const city = await colIdOf(page, '城市');
  await page.locator(`.ag-header-cell[col-id="${city}"] .ag-header-cell-filter-button`).click();
  await page.locator('.ag-popup .ag-filter-body input').first().fill('上海');
  await expect.poll(() => rowCount(page)).toBeLessThan(total);
  expect(await rowCount(page)).toBeGreaterThan(0);
  for (let i = 0; i < 5; i++) await expect(cell(page, i, city)).toContainText('上海');
  await page.locator('.ag-popup .ag-filter-body input').first().fill('');
  await expect.poll(() => rowCount(page)).toBe(total);
  expect(await cspViolations(page)).toEqual([]);
});

test('a sorted view follows an edit: a company renamed to sort last leaves the top of the view', async ({ page }) => {
  await openFresh(page, 'sort-edit');
  const company = await colIdOf(page, '公司名称');
  await page.locator(`.ag-header-cell[col-id="${company}"] .ag-header-cell-label`).click();
  const first = cell(page, 0, company);
  await expect(first).not.toHaveText('');
  const second = (await cell(page, 1, company).textContent()) ?? '';
  // 座 (zuo) sorts after every generated company name in pinyin.
  await first.dblclick();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('座右铭有限公司');
  await page.keyboard.press('Enter');
  await expect(first).toHaveText(second);
  // The second click sorts descending: the renamed company now comes first.
  await page.locator(`.ag-header-cell[col-id="${company}"] .ag-header-cell-label`).click();
  await expect(cell(page, 0, company)).toHaveText('座右铭有限公司');
});
