/**
 * Robustness gates: every way the dataset fetch can fail gives the error panel with a working
 * retry (the 404 case is in shell.spec.ts), and a view that fails leaves the others working.
 */
import type { Page, Route } from '@playwright/test';
import { makeSchemaMismatchDataset, readRealDataset } from '../fixtures/datasets';
import { countryFilterButton, VIEW_IDS, openViews, viewRegion, waitForViews } from '../fixtures/quality';
import { expect, test } from './fixtures';

const REAL_TEXT = JSON.stringify(readRealDataset(), null, 2);

interface Failure {
  name: string;
  /** Answers the first request for the dataset; later requests reach the real file. */
  fail: (route: Route) => Promise<void>;
  /** What the panel says, in the reader's words. */
  says: RegExp;
  detail?: RegExp;
}

const FAILURES: Failure[] = [
  {
    name: 'HTML instead of JSON',
    fail: (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><body><h1>Welcome to nginx!</h1></body></html>' }),
    says: /not the dataset \(expected JSON\)/,
  },
  {
    name: 'a truncated body',
    fail: (route) => route.fulfill({ status: 200, contentType: 'application/json', body: REAL_TEXT.slice(0, REAL_TEXT.length / 2) }),
    says: /arrived incomplete/,
  },
  {
    name: 'a dataset that does not match the schema',
    fail: (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(makeSchemaMismatchDataset()) }),
    says: /does not match its schema/,
    detail: /trip\.title/,
  },
  {
    name: 'a server error',
    fail: (route) => route.fulfill({ status: 503, contentType: 'text/plain', body: 'Service Unavailable' }),
    says: /server answered with an error \(503/,
  },
  {
    name: 'a network failure',
    fail: (route) => route.abort('connectionrefused'),
    says: /network request failed/,
  },
];

/** Fails the first dataset request with `fail`; every later one gets the real file. */
async function failOnce(page: Page, fail: (route: Route) => Promise<void>) {
  let failed = false;
  await page.route('**/data/trip.json', async (route) => {
    if (failed) return route.continue();
    failed = true;
    return fail(route);
  });
}

async function expectRetryRecovers(page: Page) {
  const alert = page.getByRole('alert');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('region', { name: 'The trip in figures' })).toContainText('96');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await waitForViews(page);
}

test.describe('dataset fetch failures', () => {
  for (const failure of FAILURES) {
    test(`${failure.name} gives the error panel and retry recovers`, async ({ page }) => {
      await failOnce(page, failure.fail);
      await page.goto('./?lang=en');
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('The trip dataset could not be loaded');
      await expect(alert).toContainText(failure.says);
      if (failure.detail) await expect(alert.locator('code')).toContainText(failure.detail);
      // Nothing half-built is shown next to the error.
      await expect(page.getByRole('region', { name: 'The trip in figures' })).toHaveCount(0);
      await expectRetryRecovers(page);
    });
  }

  test('a server that never answers times out after 15 s, and retry recovers', async ({ page }) => {
    // The app's own 15-second timer, fast-forwarded on a fake clock: no test-only hook in production.
    await page.clock.install();
    let hung = false;
    // Every request hangs (the page's preload and the app's fetch alike) until the server "comes
    // back" for the retry: one answered request would let the page load and skip the timeout.
    let serverBack = false;
    await page.route('**/data/trip.json', async (route) => {
      if (serverBack) return route.continue();
      hung = true;
      // Never fulfilled: the app must give up by itself.
    });
    await page.goto('./?lang=en');
    await expect(page.getByRole('status')).toContainText('Loading the trip dataset');
    await expect.poll(() => hung).toBe(true);
    // The fake clock also runs in real time: 10 s ahead leaves a busy machine 5 s before the app's
    // 15 s are up (at 14 s, CI once passed them before the check).
    await page.clock.fastForward('00:10');
    await expect(page.getByRole('status')).toContainText('Loading the trip dataset');
    await page.clock.fastForward('00:06');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('did not answer in time');
    serverBack = true;
    await expectRetryRecovers(page);
  });

  test('the error panel is in the reader’s language', async ({ page }) => {
    await failOnce(page, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<html></html>' }));
    await page.goto('./?lang=zh-Hant');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('未能載入行程數據');
    await expect(alert).toContainText('並非數據檔');
    await alert.getByRole('button', { name: '重試' }).click();
    await waitForViews(page);
  });
});

test.describe('a failing view stays inside its panel', () => {
  for (const broken of ['timeline', 'map'] as const) {
    test(`the ${broken} view's code failing to load leaves the other views working`, async ({ page, watch }) => {
      // A stale deploy or a dropped connection: the view's lazy chunk cannot be fetched.
      const chunk = broken === 'timeline' ? 'TimelineView' : 'MapView';
      await page.route(new RegExp(`/assets/${chunk}-[^/]*\\.js$`), (route) => route.abort('failed'));
      await page.goto('./?lang=en');
      // The live app, not the prerendered copy it replaces (whose panels detach when it mounts).
      await expect(page.locator('#root:not([data-prerendered]) section#view-map')).toBeVisible({ timeout: 15_000 });
      const failed = viewRegion(page, broken);
      // Views load as they near the viewport: go to each, as a reader would.
      await failed.scrollIntoViewIfNeeded();
      await expect(failed.getByRole('alert')).toContainText('This view could not be shown');
      await expect(failed.getByRole('button', { name: 'Try again' })).toBeVisible();
      for (const view of VIEW_IDS.filter((v) => v !== broken)) {
        const region = viewRegion(page, view);
        await expect(region).toBeVisible();
        await region.scrollIntoViewIfNeeded();
        await expect(region.getByRole('alert')).toHaveCount(0);
        await expect(region.getByText('Loading view…')).toHaveCount(0);
      }
      // The shared filter still drives the dashboard.
      await countryFilterButton(page, 'Kazakhstan').click();
      await expect(page.getByRole('region', { name: 'The trip in figures' })).toContainText('61');
      expect(watch.consoleErrors.filter((e) => !/Failed to fetch dynamically imported module|net::ERR_FAILED|Failed to load resource/.test(e))).toEqual([]);
    });
  }

  test('opening the dashboard from a link with a country still works', async ({ page }) => {
    await openViews(page, 'lang=en&country=UZ');
    await expect(page.getByRole('region', { name: 'The trip in figures' })).toContainText('35');
  });
});
