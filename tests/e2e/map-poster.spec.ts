import { expect, test } from './fixtures';

// At 1440 × 900 the map is on the first screen: it opens as a drawing of its first view, and
// Leaflet loads only when the reader turns to it (issue 16).
test.describe('the map before the reader turns to it', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  const centres = (page: import('@playwright/test').Page, selector: string) =>
    page.$$eval(selector, (dots) => {
      const frame = document.querySelector('.map-frame')!.getBoundingClientRect();
      return Object.fromEntries(
        dots.map((dot): [string, [number, number]] => {
          const box = dot.getBoundingClientRect();
          const place = (dot.parentElement as HTMLElement).dataset.place ?? '';
          return [place, [box.x + box.width / 2 - frame.x, box.y + box.height / 2 - frame.y]];
        }),
      );
    });

  test('shows the route without Leaflet; pointing at it brings the live map with every city where it was', async ({ page, watch }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('./?lang=en');
    const map = page.getByRole('region', { name: 'Map of the trip' });
    const poster = map.locator('.map-poster');
    await expect(poster.locator('.map-poster__city')).toHaveCount(4);
    await expect(poster.getByText('Astana', { exact: true })).toBeVisible();
    await expect(poster.locator('.map-poster__leg--trip')).toHaveCount(3);
    await expect(poster.locator('.map-poster__leg--planned')).toHaveCount(1);
    // The agreements chart beside it has drawn: the first screen is in, and still no map library.
    await expect(page.locator('#view-agreements svg').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((path) => path.includes('TripMap'))).toEqual([]);
    await expect(map.locator('.leaflet-container')).toHaveCount(0);
    const before = await centres(page, '.map-poster__city .map-marker__dot');
    // The drawing labels its legs where the live map will.
    const legLabels = (selector: string) =>
      page.$$eval(selector, (labels) => {
        const frame = document.querySelector('.map-frame')!.getBoundingClientRect();
        return labels
          .map((label) => {
            const pill = (label.closest('.leaflet-tooltip') ?? label) as HTMLElement;
            const box = pill.getBoundingClientRect();
            return { leg: (label as HTMLElement).dataset.leg ?? '', text: pill.textContent ?? '', x: box.x + box.width / 2 - frame.x, y: box.y + box.height / 2 - frame.y };
          })
          .sort((a, b) => a.leg.localeCompare(b.leg));
      });
    const posterLabels = await legLabels('.map-poster__leg-label');
    expect(posterLabels.length).toBeGreaterThan(0);

    await map.locator('.map-frame').hover();
    await expect(map.locator('.leaflet-container')).toBeVisible();
    await expect(map.getByRole('button', { name: 'Astana', exact: true })).toBeVisible();
    await expect(poster).toHaveCount(0);
    const after = await centres(page, '.leaflet-marker-icon.city-marker .map-marker__dot');
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    const liveLabels = await legLabels('.leaflet-tooltip.leg-label [data-leg]');
    expect(liveLabels.map(({ leg, text }) => [leg, text])).toEqual(posterLabels.map(({ leg, text }) => [leg, text]));
    for (const [i, drawn] of posterLabels.entries()) {
      // Within a few pixels: the drawing places its pills by estimated text widths (a pill beside
      // its line may sit up to half the estimate's error further along), the live map by measured ones.
      expect(Math.abs(liveLabels[i]!.x - drawn.x), `${drawn.leg} label x`).toBeLessThanOrEqual(8);
      expect(Math.abs(liveLabels[i]!.y - drawn.y), `${drawn.leg} label y`).toBeLessThanOrEqual(2);
    }
    for (const [place, [x, y]] of Object.entries(before)) {
      const [liveX, liveY] = after[place] ?? [NaN, NaN];
      expect(Math.abs(liveX - x), `${place} x`).toBeLessThanOrEqual(1);
      expect(Math.abs(liveY - y), `${place} y`).toBeLessThanOrEqual(1);
    }
    expect(watch.externalRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('from the keyboard: tabbing to the map opens it and puts the focus in it', async ({ page }) => {
    await page.goto('./?lang=zh-Hant');
    const open = page.getByRole('button', { name: '使用互動地圖' });
    await expect(open).toBeVisible();
    await page.getByRole('button', { name: '顯示整條路線' }).focus();
    await page.keyboard.press('Tab');
    const live = page.locator('.leaflet-container');
    await expect(live).toBeFocused();
    await expect(live).toHaveAttribute('aria-label', /行程互動地圖/);
    // Arrow keys move the live map at once.
    await page.keyboard.press('ArrowLeft');
    await expect(open).toHaveCount(0);
  });

  test('a map control pressed before the map is live still does its work', async ({ page }) => {
    await page.goto('./?lang=en');
    await expect(page.locator('.map-poster__city')).toHaveCount(4);
    await page.getByRole('button', { name: 'Fly to Astana' }).click();
    // At city zoom the venues show, and only on the live map.
    await expect(page.locator('.leaflet-container .venue-marker').first()).toBeVisible({ timeout: 15_000 });
  });
});
