import { defineConfig } from '@playwright/test';

// Runs against the built site (npm run build), served under a sub-path to prove relative URLs work.
// Chromium comes from Debian (/usr/bin/chromium); CHROMIUM_PATH overrides. Playwright never downloads one.
const port = Number(process.env.E2E_PORT ?? 4174);
// E2E_DIST lets two checkouts' builds be tested side by side; npm test uses dist/.
const dist = process.env.E2E_DIST ?? 'dist';
export const BASE_PATH = '/sub/path/';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${BASE_PATH}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --outDir ${dist} --base ${BASE_PATH} --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}${BASE_PATH}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
