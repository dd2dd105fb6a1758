/**
 * Shared Playwright fixtures: every request outside the local origin is blocked and recorded, and
 * console errors are collected, so any spec can assert "offline" and "no console error".
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface Watch {
  externalRequests: string[];
  consoleErrors: string[];
}

function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  try {
    const { hostname } = new URL(url);
    return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
  } catch {
    return false;
  }
}

export const test = base.extend<{ watch: Watch }>({
  watch: async ({ page }, use) => {
    const watch: Watch = { externalRequests: [], consoleErrors: [] };
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (isLocal(url)) return route.continue();
      watch.externalRequests.push(url);
      return route.abort('blockedbyclient');
    });
    page.on('console', (message) => {
      if (message.type() === 'error') watch.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => watch.consoleErrors.push(String(error)));
    await use(watch);
  },
});

export { expect };

/** Open the dashboard with a query and wait until the dataset has loaded and every view is in. */
export async function openDashboard(page: Page, query = '') {
  await page.goto(query ? `./?${query}` : './');
  await expect(page.getByRole('region', { name: /Map of the trip|行程地圖|行程地图|Карта поездки/ })).toBeVisible();
  await showEveryView(page);
}

/**
 * Views below the first screen load as they near the viewport (src/app/LoadWhenNear.tsx): scroll
 * to each, as a reader would, wait for it, and go back to the top.
 */
export async function showEveryView(page: Page) {
  // The live app, not the prerendered copy it replaces (which has the same panels).
  await expect(page.locator('#root:not([data-prerendered]) #view-map')).toBeVisible({ timeout: 15_000 });
  // Each panel in view for a couple of frames starts its view (a reader scrolling down the page);
  // then they load side by side.
  const panels = page.locator('main section[id^="view-"]');
  const n = await panels.count();
  const twoFrames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  for (let i = 0; i < n; i++) {
    await panels.nth(i).scrollIntoViewIfNeeded();
    await twoFrames();
  }
  // A panel passed too fast for its observer (a busy machine): a reader stops at it until it shows.
  for (let i = 0; i < n; i++) {
    if ((await panels.nth(i).locator('.view-loading').count()) === 0) continue;
    await panels.nth(i).scrollIntoViewIfNeeded();
    await expect(panels.nth(i).locator('.view-loading')).toHaveCount(0, { timeout: 15_000 });
  }
  await expect(page.locator('main .view-loading')).toHaveCount(0, { timeout: 15_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
}
