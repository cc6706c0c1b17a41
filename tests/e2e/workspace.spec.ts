import { expect, test } from '@playwright/test';
import { cell, colIdOf, cspViolations, openFresh, rowCount } from './grid-helpers.ts';

test('first open shows the demo customers in the grid, with no CSP violation and no request off its origin', async ({ page, baseURL }) => {
  // Every request the page or its workers make (workers' requests are seen on the context).
  const requests: string[] = [];
  page.context().on('request', (r) => requests.push(r.url()));
  await openFresh(page, 'first-open');
  await expect(page.getByTestId('grid')).toBeVisible();
  expect(await rowCount(page)).toBeGreaterThanOrEqual(2000);
  await expect(page.getByTestId('table-link')).toHaveCount(4);
  const company = await colIdOf(page, '公司名称');
  await expect(cell(page, 0, company)).not.toBeEmpty();
  expect(await cspViolations(page)).toEqual([]);
  const origin = new URL(baseURL!).origin;
  expect(requests.length).toBeGreaterThan(3);
  expect(requests.filter((url) => new URL(url).origin !== origin && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
});

test('an edit survives a reload, and undo after the reload brings the old value back', async ({ page }) => {
  await openFresh(page, 'edit-reload');
  const contact = await colIdOf(page, '联系人');
  const target = cell(page, 1, contact);
  const before = (await target.textContent()) ?? '';
  await target.dblclick();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('测试联系人');
  await page.keyboard.press('Enter');
  await expect(target).toHaveText('测试联系人');
  await expect(page.getByTestId('undo')).toBeEnabled();

  await page.reload();
  await expect(cell(page, 1, contact)).toHaveText('测试联系人');
  await cell(page, 1, contact).click();
  await page.keyboard.press('Control+Z');
  await expect(cell(page, 1, contact)).toHaveText(before);
  await expect(page.getByTestId('redo')).toBeEnabled();
  await page.keyboard.press('Control+Y');
  await expect(cell(page, 1, contact)).toHaveText('测试联系人');
  expect(await cspViolations(page)).toEqual([]);
});

test('a 3×3 block copied from Excel pastes at the focused cell as one undoable batch', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openFresh(page, 'paste');
  const company = await colIdOf(page, '公司名称');
  const contact = await colIdOf(page, '联系人');
  const mobile = await colIdOf(page, '手机');
  const before = (await cell(page, 2, company).textContent()) ?? '';
  await page.evaluate(() => navigator.clipboard.writeText('甲公司\t王一\t13800000001\r\n乙公司\t王二\t13800000002\r\n丙公司\t王三\t13800000003\r\n'));
  await cell(page, 2, company).click();
  await expect(cell(page, 2, company)).toHaveClass(/ag-cell-focus/);
  await page.keyboard.press('Control+V');
  await expect(cell(page, 2, company)).toHaveText('甲公司');
  await expect(cell(page, 3, contact)).toHaveText('王二');
  await expect(cell(page, 4, mobile)).toHaveText('13800000003');

  await page.keyboard.press('Control+Z');
  await expect(cell(page, 2, company)).toHaveText(before);
  await expect(cell(page, 4, mobile)).not.toHaveText('13800000003');
});

test('copy puts the selected cells on the clipboard as TSV', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openFresh(page, 'copy');
  const company = await colIdOf(page, '公司名称');
  const contact = await colIdOf(page, '联系人');
  const a = (await cell(page, 0, company).textContent()) ?? '';
  const b = (await cell(page, 1, contact).textContent()) ?? '';
  await cell(page, 0, company).click();
  await expect(cell(page, 0, company)).toHaveClass(/ag-cell-focus/);
  // At once, as fast as a person never types: AG Grid tells its focus event later, the keys must still work.
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByTestId('selected-cells')).toBeVisible();
  await page.keyboard.press('Control+C');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const lines = text.split(/\r?\n/).map((l) => l.split('\t'));
  expect(lines).toHaveLength(2);
  expect(lines[0]![0]).toBe(a);
  expect(lines[1]![1]).toBe(b);
});

test('hiding a column is kept over a reload and taken back by undo, like an edit', async ({ page }) => {
  await openFresh(page, 'column-undo');
  const header = (name: string) => page.locator('[data-testid=grid] .ag-header-cell-text', { hasText: new RegExp(`^${name}$`) });
  // Undo and redo change the layout of the grid in place: it is not rebuilt (which would lose scroll and focus).
  const undoAndRedoInPlace = async () => {
    await page.evaluate(() => ((document.querySelector('.ag-root-wrapper') as HTMLElement).dataset.mark = 'same grid'));
    await page.getByTestId('undo').click();
    await expect(header('邮箱')).toHaveCount(1);
    await page.getByTestId('redo').click();
    await expect(header('邮箱')).toHaveCount(0);
    await expect(page.locator('.ag-root-wrapper')).toHaveAttribute('data-mark', 'same grid');
  };
  await expect(header('邮箱')).toHaveCount(1);
  await page.locator('.columns-menu summary').click();
  await page.locator('.columns-menu label', { hasText: '邮箱' }).getByRole('checkbox').uncheck();
  await expect(header('邮箱')).toHaveCount(0);
  await undoAndRedoInPlace();

  await page.reload();
  await expect(page.getByTestId('row-count')).toContainText(/\d/);
  await expect(header('公司名称')).toHaveCount(1);
  await expect(header('邮箱')).toHaveCount(0);
  await undoAndRedoInPlace();
  expect(await cspViolations(page)).toEqual([]);
});

test('a second tab sees an edit made in the first', async ({ page, context }) => {
  const db = await openFresh(page, 'two-tabs');
  const other = await context.newPage();
  await other.goto(`./?db=${db}`);
  await expect(other.getByTestId('row-count')).toContainText(/\d/);
  const contact = await colIdOf(page, '联系人');
  await cell(page, 0, contact).dblclick();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('另一个标签页');
  await page.keyboard.press('Enter');
  await expect(cell(other, 0, contact)).toHaveText('另一个标签页', { timeout: 5_000 });
});

test('search, sort and filter run in the worker and change the row count', async ({ page }) => {
  await openFresh(page, 'search');
  const total = await rowCount(page);
  await page.getByTestId('search').fill('科技');
  await expect.poll(() => rowCount(page)).toBeLessThan(total);
  await expect.poll(() => rowCount(page)).toBeGreaterThan(0);
  await page.getByTestId('search').fill('');
  await expect.poll(() => rowCount(page)).toBe(total);
});

test('the language is picked, switchable and remembered', async ({ page }) => {
  await openFresh(page, 'language', 'en');
  await expect(page.getByTestId('undo')).toHaveText('Undo');
  await page.getByTestId('language').selectOption('zh-CN');
  await expect(page.getByTestId('undo')).toHaveText('撤销');
  await page.reload();
  await expect(page.getByTestId('undo')).toHaveText('撤销');
});

test('rows are added and deleted, and undo brings a deleted row back', async ({ page }) => {
  await openFresh(page, 'rows');
  page.on('dialog', (dialog) => void dialog.accept());
  const total = await rowCount(page);
  await page.getByTestId('add-row').click();
  await expect.poll(() => rowCount(page)).toBe(total + 1);

  const company = await colIdOf(page, '公司名称');
  const first = (await cell(page, 0, company).textContent()) ?? '';
  await page.locator('[data-testid=grid] .ag-row[row-index="0"]').getByRole('checkbox', { name: '选择行' }).check();
  await expect(page.getByTestId('selected-rows')).toBeVisible();
  await page.getByTestId('delete-rows').click();
  await expect.poll(() => rowCount(page)).toBe(total);
  await expect(cell(page, 0, company)).not.toHaveText(first);
  await page.getByTestId('undo').click();
  await expect.poll(() => rowCount(page)).toBe(total + 1);
  await expect(cell(page, 0, company)).toHaveText(first);
});

test('a tags cell is edited in its own editor and a link cell shows the linked customer', async ({ page }) => {
  await openFresh(page, 'editors');
  // Off-screen columns are not drawn: scroll right to the tags first, again if the grid had not yet sized its
  // horizontal scroll area when first asked (the scroll then stays at 0).
  const tagsHeader = page.locator('[data-testid=grid] .ag-header-cell-text', { hasText: /^标签$/ });
  await expect(async () => {
    await page.getByTestId('grid').locator('.ag-body-horizontal-scroll-viewport').evaluate((el) => (el.scrollLeft = 10_000));
    await expect(tagsHeader).toHaveCount(1, { timeout: 1000 });
  }).toPass();
  const tags = await colIdOf(page, '标签');
  const target = cell(page, 0, tags);
  await target.dblclick();
  const input = page.locator('.kd-tags-editor input');
  await input.fill('新标签');
  await input.press('Enter');
  await input.press('Enter');
  await expect(target).toContainText('新标签');

  await page.getByTestId('table-link').nth(1).click();
  const customer = await colIdOf(page, '客户');
  await expect(cell(page, 0, customer)).not.toBeEmpty();
});

test('a blank workspace can be created, and the demo reset brings the generated data back', async ({ page }) => {
  await openFresh(page, 'blank');
  page.on('dialog', (dialog) => void dialog.accept());
  const company = await colIdOf(page, '公司名称');
  await cell(page, 0, company).dblclick();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('改过的公司');
  await page.keyboard.press('Enter');
  await expect(cell(page, 0, company)).toHaveText('改过的公司');

  await page.getByRole('button', { name: '新建空白工作区' }).click();
  await expect(page.getByTestId('table-link')).toHaveCount(1);
  await expect.poll(() => rowCount(page)).toBe(0);
  await expect(page.getByTestId('workspace').locator('option')).toHaveCount(2);

  await page.getByRole('button', { name: '重置演示数据' }).click();
  await expect(page.getByTestId('table-link')).toHaveCount(4);
  await expect.poll(() => rowCount(page)).toBeGreaterThanOrEqual(2000);
  await expect(cell(page, 0, await colIdOf(page, '公司名称'))).not.toHaveText('改过的公司');
});
