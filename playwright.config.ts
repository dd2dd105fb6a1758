import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';

const port = Number(process.env.PREVIEW_PORT ?? 4173);
// Several people can test at once on one machine: each builds to its own folder and port.
const distDir = process.env.DIST_DIR ?? 'dist';
// The same dashboard built for the fictional example mission (npm run build:example), on the next port.
const exampleDistDir = process.env.EXAMPLE_DIST_DIR ?? 'dist-example';
const examplePort = port + 1;
// CI always builds and tests it; on a desk without that build, the example project is left out.
const withExample = !!process.env.CI || existsSync(exampleDistDir);

/**
 * Browser tests run against the production build (vite preview), in Debian's Chromium:
 * Playwright's own browser download is not available on these machines.
 */
export default defineConfig({
  projects: [
    { name: 'mission', testDir: 'tests/e2e' },
    ...(withExample ? [{ name: 'example-mission', testDir: 'tests/e2e-example', use: { baseURL: `http://localhost:${examplePort}/` } }] : []),
  ],
  fullyParallel: true,
  // The suite is CPU-bound: one worker per core, at least two (a 2-core machine runs two well), at
  // most six (each worker's Chromium also runs the page's own threads).
  workers: Math.max(2, Math.min(6, availableParallelism())),
  retries: process.env.CI ? 1 : 0,
  // Several specs use every control of all six views; a 2-core CI machine needs the room.
  timeout: 60_000,
  expect: { timeout: 7_000 },
  // Reports go outside test-results/, which Playwright empties at the start of a run.
  reporter: [['list'], ['json', { outputFile: 'test-reports/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${port}/`,
    locale: 'en-GB',
    timezoneId: 'Asia/Hong_Kong',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    trace: 'off',
    // The service worker (sw.js) would serve later navigations from its saved copy, past the
    // page.route() stubs the specs use for failures and payloads: it is off except in the specs
    // about it (tests/e2e/pwa.spec.ts, embed.spec.ts), which turn it on.
    serviceWorkers: 'block',
  },
  webServer: [
    {
      command: `npx vite preview --outDir ${distDir} --port ${port} --strictPort`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    ...(withExample
      ? [
          {
            command: `npx vite preview --outDir ${exampleDistDir} --port ${examplePort} --strictPort`,
            url: `http://localhost:${examplePort}/`,
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
          },
        ]
      : []),
  ],
});
