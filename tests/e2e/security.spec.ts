/**
 * Security gates: the production build runs under its strict CSP (scripts/csp.ts) with no
 * violation in any view or interaction, the exports still work under it, and no data string can
 * reach the DOM as markup.
 */
import { servedPolicies } from '../fixtures/servedPolicy';
import { makePayloadDataset } from '../fixtures/datasets';
import { LANGS } from '../../src/i18n/lang';
import { cspViolations, exerciseViews, openViews, recordCspViolations } from '../fixtures/quality';
import { expect, test } from './fixtures';

test.describe('Content-Security-Policy', () => {
  // These use every control of all six views: room for that on a 2-core machine.
  test.describe.configure({ timeout: 60_000 });
  test('the preview server sends the CSP and the security headers', async ({ page }) => {
    const { dashboard, inline } = await servedPolicies(page.request);
    const response = await page.goto('./?lang=en');
    const headers = response!.headers();
    expect(headers['content-security-policy']).toBe(dashboard);
    // The page's one inline script (the boot script) and its inline stylesheets, by hash only.
    expect(inline.scripts).toHaveLength(1);
    expect(inline.styles.length).toBeGreaterThan(0);
    expect(dashboard).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(dashboard).not.toMatch(/unsafe-eval|unsafe-inline/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    const data = await page.request.get('./data/trip.json');
    expect(data.headers()['content-security-policy']).toBe(dashboard);
    // A static host gets the same policy from the build's _headers file.
    expect(await (await page.request.get('./_headers')).text()).toContain(`  Content-Security-Policy: ${dashboard}\n`);
  });

  test('nothing but the page is fetched before the first paint, and no inline code runs unhashed', async ({ page }) => {
    await recordCspViolations(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto('./?lang=en');
    // With the styles and the boot script inline the page has nothing to fetch, so its load event
    // can come before the first paint: wait for the paint, then read its time.
    const firstPaint = () => page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
    await expect.poll(firstPaint).not.toBeNull();
    const paintedAfter = await firstPaint();
    // What the browser started before the first contentful paint: the page alone (the dataset, the
    // scripts and the manifest with its icons wait for the paint, so a slow link brings the text first).
    const beforePaint = await page.evaluate(
      (fcp) =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.startTime < fcp!)
          .map((entry) => new URL(entry.name).pathname),
      paintedAfter,
    );
    expect(beforePaint.filter((path) => /\.(js|css|json|webmanifest|png)$/.test(path))).toEqual([]);
    await expect(page.locator('#root:not([data-prerendered]) .masthead__actions:not(.masthead__actions--pending)')).toBeVisible({ timeout: 15_000 });
    // The inline stylesheets' files are not fetched as well (Vite's preloading code finds them on the page).
    await page.getByRole('region', { name: /Map of the trip/ }).scrollIntoViewIfNeeded();
    expect(requests.filter((path) => /\/assets\/(main|app|embed)-[^/]*\.css$/.test(path))).toEqual([]);
    // The dataset is fetched once: the app's request is served by the preload the boot script started.
    expect(requests.filter((path) => path.endsWith('/data/trip.json'))).toHaveLength(1);
    expect(await cspViolations(page)).toEqual([]);
  });

  // Every view and every control under the CSP, in each language: the pass over every control in
  // a11y.spec.ts records violations too (one pass for both gates keeps the suite short).

  test('the exports (SVG, PNG, CSV) download under the CSP', async ({ page, watch }) => {
    await recordCspViolations(page);
    await openViews(page, 'lang=en');
    const exports = page.getByRole('button', { name: /^(SVG|PNG|CSV)$/ });
    const count = await exports.count();
    const formats = new Set<string>();
    for (let i = 0; i < count; i++) {
      const button = exports.nth(i);
      const format = (await button.textContent())!.trim();
      await button.scrollIntoViewIfNeeded();
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${format.toLowerCase()}$`));
      const path = await download.path();
      expect(path).toBeTruthy();
      formats.add(format);
    }
    // The agreements breakdown offers all three.
    expect([...formats].sort()).toEqual(['CSV', 'PNG', 'SVG']);
    expect(await cspViolations(page)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
});

test.describe('no data string reaches the DOM as markup', () => {
  // The CSP would block an inline handler anyway; bypass it so the test sees what the code does.
  test.use({ bypassCSP: true });

  for (const lang of LANGS) {
    test(`a dataset of HTML/script payloads shows as text and runs nothing (${lang})`, async ({ page, watch }) => {
      // Two passes over every control: 46 s seen on CI's 2 cores, near the 60 s default.
      test.setTimeout(90_000);
      const payload = JSON.stringify(makePayloadDataset());
      await page.route('**/data/trip.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: payload }),
      );
      await openViews(page, `lang=${lang}`);
      await exerciseViews(page);
      await page.locator('.segmented--filter [data-country="KZ"]').click();
      await exerciseViews(page, 4);

      expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
      const injected = await page.evaluate(() => ({
        images: document.querySelectorAll('img[src="x"]').length,
        // The page's own inline script is the boot script in <head>; anything the app renders is in <body>.
        inlineScripts: document.querySelectorAll('body script:not([src])').length,
        frames: document.querySelectorAll('iframe').length,
        jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
        handlers: [...document.querySelectorAll('*')].flatMap((el) =>
          [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`),
        ),
      }));
      expect(injected).toEqual({ images: 0, inlineScripts: 0, frames: 0, jsLinks: 0, handlers: [] });
      // The payloads are there, as text a reader can see.
      await expect(page.getByText(/XSS\d+ <img src=x onerror=/).filter({ visible: true }).first()).toBeVisible();
      await expect(page.getByText(/XSS\d+ <script>window.__pwned=1<\/script>/).filter({ visible: true }).first()).toBeVisible();
      expect(watch.consoleErrors).toEqual([]);
    });
  }
});
