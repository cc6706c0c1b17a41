// Shared steps of the end-to-end tests: open a fresh workspace, find cells by header name, watch for CSP.
import { expect, type Page } from '@playwright/test';

/** Opens the app on a database of its own, so tests never see each other's data. */
export async function openFresh(page: Page, name: string, locale = 'zh-CN'): Promise<string> {
  const db = `e2e-${name}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
  await watchCsp(page);
  await page.addInitScript((l) => {
    if (!localStorage.getItem('kedang.locale')) localStorage.setItem('kedang.locale', l);
  }, locale);
  await page.goto(`./?db=${db}`);
  await expect(page.getByTestId('row-count')).toContainText(/\d/, { timeout: 45_000 });
  return db;
}

export async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? []);
}

export async function colIdOf(page: Page, header: string): Promise<string> {
  const cell = page.locator('.ag-header-cell', { has: page.locator('.ag-header-cell-text', { hasText: new RegExp(`^${header}$`) }) });
  const id = await cell.first().getAttribute('col-id');
  if (!id) throw new Error(`no column ${header}`);
  return id;
}

export function cell(page: Page, rowIndex: number, colId: string) {
  return page.locator(`[data-testid=grid] .ag-row[row-index="${rowIndex}"] .ag-cell[col-id="${colId}"]`);
}

export async function rowCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('row-count').textContent()) ?? '';
  return Number(text.replace(/[^\d]/g, ''));
}
