import { expect, test, type Page } from '@playwright/test';
import { cell, colIdOf, cspViolations, openFresh, rowCount } from './grid-helpers.ts';

const NOTE = '续约意向强，五月回访';
const csv = (rows: string[][]) => rows.map((r) => r.join(',')).join('\r\n') + '\r\n';

/** The grid renders only the columns in view; 备注 sits at the far right. */
async function scrollGrid(page: Page, to: 'left' | 'right') {
  await page.getByTestId('grid').locator('.ag-body-horizontal-scroll-viewport').evaluate((el, x) => (el.scrollLeft = x), to === 'left' ? 0 : 10_000);
}

async function noteCell(page: Page) {
  // A grid refresh (after an import or undo) may land after the scroll and bring the left columns back.
  const header = page.locator('.ag-header-cell-text', { hasText: /^备注$/ });
  await expect(async () => {
    await scrollGrid(page, 'right');
    await expect(header).toBeVisible({ timeout: 1000 });
  }).toPass();
  return cell(page, 0, await colIdOf(page, '备注'));
}

/** The first customer of the grid as another sheet would type it (no 有限公司, a dashed mobile, a new note) and one newcomer. */
async function fileRepeatingFirstCustomer(page: Page) {
  const text = async (header: string) => ((await cell(page, 0, await colIdOf(page, header)).textContent()) ?? '').trim();
  const company = await text('公司名称');
  const mobile = (await text('手机')).replace(/\D/g, '');
  expect(company).toMatch(/有限公司$/);
  expect(mobile).toMatch(/^1\d{10}$/);
  const typedOtherwise = [company.replace(/(股份)?有限公司$/, ''), await text('联系人'), mobile.replace(/^(\d{3})(\d{4})(\d{4})$/, '$1-$2-$3'), NOTE];
  const newcomer = ['杭州青禾数字科技有限公司', '欧阳青禾', '13957100000', '展会新客户'];
  const note = ((await (await noteCell(page)).textContent()) ?? '').trim();
  await scrollGrid(page, 'left');
  return { company, note, bytes: Buffer.from(csv([['公司名称', '联系人', '手机', '备注'], typedOtherwise, newcomer]), 'utf8') };
}

async function appendFile(page: Page, bytes: Buffer) {
  await page.getByTestId('import-open').click();
  await page.getByTestId('import-file').setInputFiles({ name: '展会名单.csv', mimeType: 'text/csv', buffer: bytes });
  await page.getByTestId('import-target-append').check();
}

async function confirmImport(page: Page, doneText: RegExp) {
  await expect(page.getByTestId('import-confirm')).toBeEnabled();
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-done')).toContainText(doneText, { timeout: 45_000 });
  await page.getByTestId('import-close').click();
  await expect(page.getByTestId('import-wizard')).toHaveCount(0);
}

test('appending a customer typed another way updates that customer instead of adding a duplicate, and one undo takes it all back', async ({ page }) => {
  await openFresh(page, 'import-dedup');
  const before = await rowCount(page);
  const file = await fileRepeatingFirstCustomer(page);
  await appendFile(page, file.bytes);

  const duplicates = page.getByTestId('import-duplicates');
  await expect(duplicates).toHaveAttribute('data-matches', '1');
  const match = page.getByTestId('import-duplicate');
  await expect(match).toHaveCount(1);
  await expect(match.locator('tr[data-column="公司名称"] td').nth(1)).toHaveText(file.company);
  await expect(match.locator('tr[data-column="备注"] td').first()).toContainText(NOTE);
  await expect(match.getByTestId('import-dup-reasons')).toContainText('手机');
  // A sure match is set to update by default; the user confirms that choice.
  await expect(match).toHaveAttribute('data-choice', 'update');
  await match.getByTestId('import-dup-update').check();
  await expect(page.getByTestId('import-dry-run')).toContainText('新增 1 行，更新 1 行');
  await confirmImport(page, /已导入 1 行，更新 1 行/);

  await expect.poll(() => rowCount(page)).toBe(before + 1);
  await expect(await noteCell(page)).toHaveText(NOTE);

  await page.getByTestId('undo').click();
  await expect.poll(() => rowCount(page)).toBe(before);
  await expect(await noteCell(page)).toHaveText(file.note);
  await scrollGrid(page, 'left');
  await expect(cell(page, 0, await colIdOf(page, '公司名称'))).toHaveText(file.company);
  expect(await cspViolations(page)).toEqual([]);
});

test('the same file with “add as new” for all repeated rows adds both rows and leaves the customer alone', async ({ page }) => {
  await openFresh(page, 'import-dedup-new');
  const before = await rowCount(page);
  const file = await fileRepeatingFirstCustomer(page);
  await appendFile(page, file.bytes);

  await expect(page.getByTestId('import-duplicates')).toHaveAttribute('data-matches', '1');
  await page.getByTestId('import-dup-all-new').click();
  await expect(page.getByTestId('import-duplicate')).toHaveAttribute('data-choice', 'new');
  await expect(page.getByTestId('import-dry-run')).toContainText('新增 2 行，更新 0 行');
  await confirmImport(page, /已导入 2 行/);

  await expect.poll(() => rowCount(page)).toBe(before + 2);
  await expect(await noteCell(page)).toHaveText(file.note);
});
