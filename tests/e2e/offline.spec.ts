/**
 * Offline gate: the fixture blocks and records every request outside the local origin; every view
 * must still show its content (so nothing it needs comes from elsewhere), and once loaded the
 * dashboard keeps working with the network gone.
 */
import { LANGS } from '../../src/i18n/lang';
import { countryFilterButton, VIEW_IDS, exerciseViews, openViews, viewRegion } from '../fixtures/quality';
import { expect, test } from './fixtures';

test.describe('offline: nothing from outside the app’s own origin', () => {
  // These use every control of all six views: room for that on a 2-core machine.
  test.describe.configure({ timeout: 60_000 });
  for (const lang of LANGS) {
    test(`every view shows its content (${lang})`, async ({ page, watch }) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await openViews(page, `lang=${lang}`);

      // The map: country shapes from the app's own base map file, and the trip's places as markers.
      const map = viewRegion(page, 'map');
      await expect(map.locator('.leaflet-container')).toBeVisible();
      await expect(map.locator('.leaflet-overlay-pane path').first()).toBeVisible();
      await expect(map.locator('.leaflet-marker-icon').first()).toBeVisible();
      // The agreements: the breakdown chart's bars and the explorer's rows.
      const agreements = viewRegion(page, 'agreements');
      await expect(agreements.locator('svg rect').first()).toBeVisible();
      expect(await agreements.getByRole('table').first().getByRole('row').count()).toBeGreaterThan(1);
      // The timeline: the eight outcomes.
      const timeline = viewRegion(page, 'timeline');
      await expect(timeline.locator('.tl-outcome__button')).toHaveCount(8);
      // The economy: figure cards with numbers.
      const economy = viewRegion(page, 'economy');
      await expect(economy.locator('.economy__cards > li').first()).toBeVisible();
      await expect(economy.locator('.economy__cards > li').first()).toContainText(/\d/);
      for (const view of VIEW_IDS) await expect(viewRegion(page, view).getByRole('alert')).toHaveCount(0);

      expect(watch.externalRequests).toEqual([]);
      expect(requests.filter((url) => !/^(http:\/\/localhost:|data:|blob:)/.test(url))).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    });
  }

  test('once loaded, the dashboard works with the network gone', async ({ page, context, watch }) => {
    await openViews(page, 'lang=en');
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    await context.setOffline(true);
    await countryFilterButton(page, 'Uzbekistan').click();
    await expect(page.getByRole('region', { name: 'The trip in figures' })).toContainText('35');
    await exerciseViews(page, 4);
    await page.getByRole('button', { name: '繁體中文' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
    for (const view of VIEW_IDS) await expect(viewRegion(page, view).getByRole('alert')).toHaveCount(0);
    // Everything the dashboard needs came with the first load. (Chromium asks for the favicon again
    // whenever the address changes; that browser-tab request is not the app's.)
    expect(failed.filter((url) => !url.endsWith('/favicon.svg'))).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
    expect(watch.consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
  });
});
