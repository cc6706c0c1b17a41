// Shared bench step: open the built app on a fresh database and generate an n-row customer table there.

/** Returns the page (showing nothing yet of the new table: reload to open it) and the setup time. */
export async function openWithBenchTable(context, baseUrl, rows, dbPrefix) {
  const page = await context.newPage();
  await page.goto(`${baseUrl}?db=${dbPrefix}-${rows}-${Date.now()}&bench=1`);
  await page.waitForFunction(() => window.kedang?.status === 'ready', null, { timeout: 120_000 });
  const setupStart = Date.now();
  const { workspaceId } = await page.evaluate((n) => window.kedang.data.createBenchTable(n), rows);
  const setupSeconds = (Date.now() - setupStart) / 1000;
  await page.evaluate((id) => localStorage.setItem('kedang.workspace', id), workspaceId);
  return { page, setupSeconds };
}
