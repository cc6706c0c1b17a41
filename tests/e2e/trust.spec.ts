import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openFresh } from './grid-helpers.ts';

test('every control has an accessible name, in both languages', async ({ page }) => {
  for (const locale of ['zh-CN', 'en']) {
    await openFresh(page, `a11y-${locale}`, locale);
    const results = await new AxeBuilder({ page })
      .withRules(['button-name', 'label', 'select-name', 'input-button-name', 'aria-input-field-name', 'link-name', 'aria-command-name', 'aria-toggle-field-name'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('a schema upgrade from another tab tells this tab to reload instead of hanging', async ({ page, context }) => {
  const db = await openFresh(page, 'upgrade');
  const other = await context.newPage();
  await other.goto('./favicon.svg');
  // A newer version of the app opening the same database: the old tab must let go and say so.
  const upgraded = await other.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open(name, 1000);
        request.onsuccess = () => {
          resolve(request.result.version);
          request.result.close();
        };
        request.onerror = () => reject(request.error);
      }),
    db,
  );
  expect(upgraded).toBe(1000);
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('alert').getByRole('button')).toBeVisible();
});
