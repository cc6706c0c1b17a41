// The grid's own row checkboxes, and rows and selection far down the table, seen from the page.
import { expect, test, type Page } from '@playwright/test';
import { cell, colIdOf, openFresh } from './grid-helpers.ts';

function rowCheck(page: Page, rowIndex: number) {
  return page.locator(`[data-testid=grid] .ag-row[row-index="${rowIndex}"]`).getByRole('checkbox', { name: '选择行' });
}

test('a row checkbox selects its row, Shift+click selects the rows between, and a second click clears one', async ({ page }) => {
  await openFresh(page, 'row-checks');
  await rowCheck(page, 1).click();
  await expect(page.getByTestId('selected-rows')).toHaveText('已选 1 行');
  await expect(page.locator('[data-testid=grid] .ag-row[row-index="1"]')).toHaveAttribute('aria-selected', 'true');

  await rowCheck(page, 4).click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('selected-rows')).toHaveText('已选 4 行');
  for (const row of [1, 2, 3, 4]) await expect(rowCheck(page, row)).toBeChecked();
  await expect(rowCheck(page, 5)).not.toBeChecked();

  await rowCheck(page, 2).click();
  await expect(page.getByTestId('selected-rows')).toHaveText('已选 3 行');
  await expect(rowCheck(page, 2)).not.toBeChecked();
});

test('Space on a focused cell selects its row and ticks its checkbox', async ({ page }) => {
  await openFresh(page, 'row-space');
  const company = await colIdOf(page, '公司名称');
  await cell(page, 3, company).click();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('selected-rows')).toHaveText('已选 1 行');
  await expect(rowCheck(page, 3)).toBeChecked();
});

test('rows scrolled to past the first block show their data, and a selection there survives scrolling away and back', async ({ page }) => {
  await openFresh(page, 'row-scroll');
  const company = await colIdOf(page, '公司名称');
  const viewport = page.locator('.ag-body-vertical-scroll-viewport');
  // 28 px rows: row 1,000 is in the third block of 400.
  await viewport.evaluate((el) => (el.scrollTop = 28 * 1000));
  await expect(cell(page, 1000, company)).not.toHaveText('');
  await rowCheck(page, 1000).click();
  await viewport.evaluate((el) => (el.scrollTop = 0));
  await expect(cell(page, 0, company)).not.toHaveText('');
  await viewport.evaluate((el) => (el.scrollTop = 28 * 1000));
  await expect(rowCheck(page, 1000)).toBeChecked();
  await expect(page.getByTestId('selected-rows')).toHaveText('已选 1 行');
});
