/**
 * The prerendered first view (scripts/prerender.ts) is hydrated, not replaced: for the language and
 * selection it was rendered in, the app adopts the nodes already on screen, and React reports no
 * hydration mismatch. Other languages and selections render from scratch, also without an error.
 */
import { LANGS, PRERENDER_LANG } from '../../src/i18n/lang';
import { expect, test } from './fixtures';

declare global {
  interface Window {
    /** Elements of the prerendered page, taken when the HTML was parsed, before any script ran. */
    prerenderedNodes?: Element[];
  }
}

/** The page's own elements that the app renders too: they must be the same nodes after it starts. */
const KEPT = ['#root > .app', '.masthead', '.masthead__title', '.masthead__subtitle', '.control-bar', '.segmented--filter button', 'main', '.footer'];

for (const width of [1440, 390]) {
  for (const lang of LANGS) {
    const prerendered = lang === PRERENDER_LANG;
    test(`${prerendered ? 'hydrates the prerendered page' : 'renders over nothing prerendered'} without a hydration error (${lang}, ${width} px)`, async ({ page, watch }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.addInitScript((selectors: string[]) => {
        document.addEventListener('DOMContentLoaded', () => {
          if (!document.querySelector('#root[data-prerendered]')) return;
          window.prerenderedNodes = selectors.flatMap((selector) => [...document.querySelectorAll(selector)]);
        });
      }, KEPT);
      await page.goto(`./?lang=${lang}`);
      // The live app, with its dataset, has taken over.
      await expect(page.locator('#root:not([data-prerendered]) .masthead__actions:not(.masthead__actions--pending)')).toBeVisible({ timeout: 15_000 });
      await expect(page.locator('main .views')).toBeVisible();

      // React reports a mismatch as an error (in production, "Minified React error #418" and
      // friends) and renders the whole page again.
      expect(watch.consoleErrors).toEqual([]);
      const kept = await page.evaluate(
        (selectors) => {
          const before = window.prerenderedNodes ?? [];
          const now = selectors.flatMap((selector) => [...document.querySelectorAll(selector)]);
          return { before: before.length, same: before.length === now.length && before.every((node, i) => node === now[i] && node.isConnected) };
        },
        KEPT,
      );
      if (prerendered) {
        expect(kept.before, 'elements parsed from the prerendered HTML').toBeGreaterThan(KEPT.length);
        expect(kept.same, 'the app adopted the prerendered elements instead of replacing them').toBe(true);
        // The adopted buttons are live: a click on the parsed node filters.
        await page.locator('.segmented--filter button[aria-pressed="false"]').first().click();
        await expect(page.locator('.segmented--filter button[aria-pressed="true"]')).not.toHaveAttribute('data-country', 'all');
        expect(watch.consoleErrors).toEqual([]);
      }
    });
  }
}

test('hydrates the page opened with no query in the prerendered language', async ({ page, watch }) => {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.prerenderedNodes = [...document.querySelectorAll('#root[data-prerendered] > .app')];
    });
  });
  await page.goto('./');
  await expect(page.locator('#root:not([data-prerendered]) .masthead__actions:not(.masthead__actions--pending)')).toBeVisible({ timeout: 15_000 });
  expect(await page.evaluate(() => window.prerenderedNodes?.length === 1 && window.prerenderedNodes[0] === document.querySelector('#root > .app'))).toBe(true);
  expect(watch.consoleErrors).toEqual([]);
});
