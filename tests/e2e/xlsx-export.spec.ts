import { expect, test } from '@playwright/test';
import * as XLSX from 'xlsx';
import { readFileSync } from 'node:fs';
import { listZipEntries } from '../../src/lib/domain/import/zip-entries.ts';
import { openFresh, rowCount } from './grid-helpers.ts';

test('exporting the view to xlsx in the browser gives a deflated workbook with a frozen header and the filtered rows', async ({ page }) => {
  await openFresh(page, 'export-xlsx');
  const all = await rowCount(page);
  await page.getByTestId('search').fill('上海');
  await expect.poll(() => rowCount(page)).toBeLessThan(all);
  const shown = await rowCount(page);

  await page.getByTestId('export-open').click();
  await page.getByTestId('export-format').selectOption('xlsx');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-download').click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const bytes = new Uint8Array(readFileSync(await download.path()));

  const entries = listZipEntries(bytes) ?? [];
  expect(entries.length).toBeGreaterThan(3);
  for (const e of entries) expect(e.method).toBe(8);
  const zip = XLSX.CFB.read(bytes, { type: 'array' });
  const sheetXml = new TextDecoder().decode(XLSX.CFB.find(zip, '/xl/worksheets/sheet1.xml').content);
  expect(sheetXml).toContain('state="frozen"');
  const wb = XLSX.read(bytes, { type: 'array' });
  const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets[wb.SheetNames[0]!]!);
  expect(rows).toHaveLength(shown);
  for (const row of rows) expect(Object.values(row).join('|')).toContain('上海');
  expect(Object.keys(rows[0] ?? {})).toContain('公司名称');
});
