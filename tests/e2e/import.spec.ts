import { expect, test, type Page } from '@playwright/test';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import * as XLSX from 'xlsx';
import { readFileSync } from 'node:fs';
import { cell, colIdOf, cspViolations, openFresh, rowCount } from './grid-helpers.ts';

const csv = (rows: (string | number)[][]) => rows.map((r) => r.join(',')).join('\r\n') + '\r\n';

function customers(count: number): (string | number)[][] {
  return [['公司名称', '联系人', '手机', '金额'], ...Array.from({ length: count }, (_, i) => [`导入公司${i}`, `联系人${i}`, `139${String(i).padStart(8, '0')}`, (i % 500) + 0.5])];
}

async function chooseFile(page: Page, name: string, buffer: Buffer) {
  await page.getByTestId('import-open').click();
  await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
}

async function confirmImport(page: Page, doneText: RegExp | string) {
  await expect(page.getByTestId('import-confirm')).toBeEnabled();
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-done')).toContainText(doneText, { timeout: 45_000 });
  await page.getByTestId('import-close').click();
  await expect(page.getByTestId('import-wizard')).toHaveCount(0);
}

const tableNames = async (page: Page) => page.getByTestId('table-link').allTextContents();

test('a UTF-8 CSV goes into a new table, which the grid then shows; undo takes the table away and redo brings it back', async ({ page }) => {
  await openFresh(page, 'import-utf8');
  await chooseFile(page, '新客户.csv', Buffer.from(csv(customers(1234)), 'utf8'));
  await expect(page.getByTestId('import-preview')).toContainText('导入公司99');
  await expect(page.getByTestId('import-dry-run')).toContainText('新增 1,234 行');
  await confirmImport(page, '已导入 1,234 行');

  await expect(page.getByTestId('table-link').filter({ hasText: '新客户' })).toHaveAttribute('aria-current', 'page');
  await expect.poll(() => rowCount(page)).toBe(1234);
  await expect(cell(page, 0, await colIdOf(page, '手机'))).toHaveText('13900000000');

  // Undo takes the table away with its rows, and the grid goes back to the first table; redo brings both back.
  const tables = await tableNames(page);
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('table-link').filter({ hasText: '新客户' })).toHaveCount(0);
  await expect(page.getByTestId('table-link').first()).toHaveAttribute('aria-current', 'page');
  await expect.poll(() => rowCount(page)).toBeGreaterThanOrEqual(2000);
  await page.getByTestId('redo').click();
  await expect.poll(() => tableNames(page)).toEqual(tables);
  await page.getByTestId('table-link').filter({ hasText: '新客户' }).click();
  await expect.poll(() => rowCount(page)).toBe(1234);
  expect(await cspViolations(page)).toEqual([]);
});

test('a GB18030 CSV with Chinese headers keeps its text and phone numbers', async ({ page }) => {
  await openFresh(page, 'import-gb');
  const text = csv([['客户名称', '联系人', '联系电话', '城市'], ['北京华信科技有限公司', '张伟', '138-1234-5678', '北京'], ['上海东方贸易', '李娜', '13987654321', '上海']]);
  await chooseFile(page, '旧系统导出.csv', iconv.encode(text, 'gb18030'));
  await expect(page.getByTestId('import-encoding')).toHaveValue('gb18030');
  await expect(page.getByTestId('import-preview')).toContainText('北京华信科技有限公司');
  await confirmImport(page, '已导入 2 行');

  await expect.poll(() => rowCount(page)).toBe(2);
  await expect(cell(page, 0, await colIdOf(page, '联系人'))).toHaveText('张伟');
  await expect(cell(page, 0, await colIdOf(page, '联系电话'))).toHaveText('13812345678');
});

test('an xlsx whose phones Excel stored as numbers comes back as digits', async ({ page }) => {
  await openFresh(page, 'import-xlsx');
  const sheet = XLSX.utils.aoa_to_sheet([['姓名', '手机', '签约日期'], ['王芳', 13912345678, new Date(Date.UTC(2024, 2, 5))], ['赵磊', 18600001111, new Date(Date.UTC(2023, 11, 31))]]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '客户');
  const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  await chooseFile(page, '客户表.xlsx', bytes);
  await expect(page.getByTestId('import-sheet')).toHaveValue('客户');
  await confirmImport(page, '已导入 2 行');

  // The demo table has a 手机 column too: wait for the grid to show the imported table.
  await expect.poll(() => rowCount(page)).toBe(2);
  await expect(cell(page, 0, await colIdOf(page, '手机'))).toHaveText('13912345678');
  await expect(cell(page, 1, await colIdOf(page, '手机'))).toHaveText('18600001111');
});

test('an upsert into 客户 by phone updates the matching row instead of adding one', async ({ page }) => {
  await openFresh(page, 'import-upsert');
  const before = await rowCount(page);
  const phone = ((await cell(page, 0, await colIdOf(page, '手机')).textContent()) ?? '').trim();
  expect(phone).toMatch(/\d{7,}/);
  await chooseFile(page, '更新.csv', Buffer.from(csv([['手机', '公司名称'], [phone, '改名后的公司']]), 'utf8'));
  await page.getByTestId('import-target-upsert').check();
  await expect(page.getByTestId('import-dry-run')).toContainText('更新 1 行');
  await confirmImport(page, '更新 1 行');

  await expect(cell(page, 0, await colIdOf(page, '公司名称'))).toHaveText('改名后的公司');
  expect(await rowCount(page)).toBe(before);
});

test('one undo takes a whole import away', async ({ page }) => {
  await openFresh(page, 'import-undo');
  const before = await rowCount(page);
  await chooseFile(page, '追加.csv', Buffer.from(csv(customers(50)), 'utf8'));
  await page.getByTestId('import-target-append').check();
  await expect(page.getByTestId('import-dry-run')).toContainText('新增 50 行');
  await confirmImport(page, '已导入 50 行');
  await expect.poll(() => rowCount(page)).toBe(before + 50);

  await page.getByTestId('undo').click();
  await expect.poll(() => rowCount(page)).toBe(before);
});

test('cancelling an import leaves the workspace as it was', async ({ page }) => {
  await openFresh(page, 'import-cancel');
  const tablesBefore = await tableNames(page);
  await chooseFile(page, '大文件.csv', Buffer.from(csv(customers(150_000)), 'utf8'));
  await expect(page.getByTestId('import-confirm')).toBeEnabled({ timeout: 45_000 });
  await page.getByTestId('import-confirm').click();
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-notice')).toContainText('导入已取消', { timeout: 45_000 });
  await expect(page.getByTestId('import-done')).toHaveCount(0);
  await page.getByTestId('import-close').click();
  expect(await tableNames(page)).toEqual(tablesBefore);
  await expect(page.getByTestId('undo')).toBeDisabled();
});

for (const [what, name, bytes] of [
  ['an empty file', '空文件.csv', Buffer.alloc(0)],
  ['binary garbage', '乱码.csv', Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 256))],
] as const) {
  test(`${what} is refused with a message naming the file, and nothing is stored`, async ({ page }) => {
    await openFresh(page, 'import-bad');
    const tablesBefore = await tableNames(page);
    await chooseFile(page, name, bytes);
    await expect(page.getByTestId('import-error')).toContainText(name);
    await expect(page.getByTestId('import-confirm')).toHaveCount(0);
    await page.getByTestId('import-close').click();
    expect(await tableNames(page)).toEqual(tablesBefore);
    await expect(page.getByTestId('undo')).toBeDisabled();
  });
}

test('exporting the current view to CSV gives a UTF-8 file with a BOM and only the filtered rows', async ({ page }) => {
  await openFresh(page, 'export-view');
  const all = await rowCount(page);
  await page.getByTestId('search').fill('上海');
  await expect.poll(() => rowCount(page)).toBeLessThan(all);
  const shown = await rowCount(page);
  expect(shown).toBeGreaterThan(0);

  await page.getByTestId('export-open').click();
  await page.getByTestId('export-format').selectOption('csv-utf8');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-download').click()]);
  expect(download.suggestedFilename()).toMatch(/^客户-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<string[]>(bytes.subarray(3).toString('utf8'), { skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  expect(header).toContain('公司名称');
  expect(rows).toHaveLength(shown);
  for (const row of rows) expect(row.join('|')).toContain('上海');
});
