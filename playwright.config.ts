import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';

const port = Number(process.env.PREVIEW_PORT ?? 4173);
// Several people can test at once on one machine: each builds to its own folder and port.
const distDir = process.env.DIST_DIR ?? 'dist';

/**
 * The same dashboard built for each fictional fixture mission (npm run build:example, build:pacific,
 * build:compact), each on its own port after the mission's. Every one runs the map checks of
 * tests/e2e-missions (the mission's files named in the project's metadata); the example also runs its
 * own whole-dashboard spec. CI always builds and tests them; on a desk, a mission not built is left out.
 */
const fixtureMissions = [
  { name: 'example-mission', dist: process.env.EXAMPLE_DIST_DIR ?? 'dist-example', dir: 'example', specs: ['e2e-example', 'e2e-missions'] },
  { name: 'pacific-mission', dist: process.env.PACIFIC_DIST_DIR ?? 'dist-pacific', dir: 'pacific', specs: ['e2e-missions'] },
  { name: 'compact-mission', dist: process.env.COMPACT_DIST_DIR ?? 'dist-compact', dir: 'compact', specs: ['e2e-missions'] },
]
  .map((mission, i) => ({ ...mission, port: port + 1 + i }))
  .filter((mission) => !!process.env.CI || existsSync(mission.dist));

/**
 * Browser tests run against the production build (vite preview), in Debian's Chromium:
 * Playwright's own browser download is not available on these machines.
 */
export default defineConfig({
  projects: [
    { name: 'mission', testDir: 'tests/e2e' },
    ...fixtureMissions.map((mission) => ({
      name: mission.name,
      testDir: 'tests',
      testMatch: mission.specs.map((dir) => `${dir}/**/*.spec.ts`),
      use: { baseURL: `http://localhost:${mission.port}/` },
      metadata: { missionDir: `tests/fixtures/missions/${mission.dir}` },
    })),
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
    ...fixtureMissions.map((mission) => ({
      command: `npx vite preview --outDir ${mission.dist} --port ${mission.port} --strictPort`,
      url: `http://localhost:${mission.port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    })),
  ],
});
