import { expect, openDashboard, test } from './fixtures';

test.describe('map view', () => {
  // The desktop: at 1440 × 900 the map shares the first row with the agreements chart.
  test.use({ viewport: { width: 1440, height: 900 } });
  test('draws the country shapes, the city markers and the route from bundled data only', async ({ page, watch }) => {
    await openDashboard(page, 'lang=en');
    const map = page.getByRole('region', { name: 'Map of the trip' });
    await expect(map.getByRole('button', { name: 'Kazakhstan: 61 agreements' })).toBeVisible();
    await expect(map.getByRole('button', { name: 'Uzbekistan: 35 agreements' })).toBeVisible();
    for (const city of ['Hong Kong', 'Astana', 'Tashkent', 'Almaty']) {
      await expect(map.getByRole('button', { name: city, exact: true })).toBeVisible();
    }
    // Neighbouring countries from the bundled base map, and three legs plus the planned flight.
    expect(await map.locator('.leaflet-basemap-pane path').count()).toBeGreaterThan(0);
    await expect(map.locator('path.route-line--trip')).toHaveCount(3);
    await expect(map.locator('path.route-line--planned')).toHaveCount(1);
    const legLabels = map.locator('.leg-label');
    await expect(legLabels.filter({ hasText: 'To Astana, 31 May' })).toBeVisible();
    await expect(legLabels.filter({ hasText: 'To Tashkent, 3 Jun' })).toBeVisible();
    await expect(legLabels.filter({ hasText: 'Return to Hong Kong' })).toBeVisible();
    // The planned flight's start comes from the milestones in the dataset.
    await expect(legLabels.filter({ hasText: 'Direct flights from Q1 2027' })).toBeVisible();
    await expect(map.getByText('Natural Earth')).toBeVisible();
    expect(watch.externalRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('clicking Uzbekistan on the map filters the whole dashboard', async ({ page, watch }) => {
    await openDashboard(page, 'lang=en');
    const uzbekistan = page.getByRole('button', { name: 'Uzbekistan: 35 agreements' });
    // Where the reader sees the country: a point of its shape that no caption or label covers (the
    // middle of its box may hold its capital's caption).
    const box = (await uzbekistan.boundingBox())!;
    const point = await uzbekistan.evaluate((shape, { x, y, width, height }) => {
      for (let j = 1; j < 12; j++) {
        for (let i = 1; i < 12; i++) {
          const at = { x: x + (width * i) / 12, y: y + (height * j) / 12 };
          if (document.elementFromPoint(at.x, at.y) === shape) return at;
        }
      }
      return null;
    }, box);
    expect(point, 'a visible point of Uzbekistan').not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await expect(page).toHaveURL(/country=UZ/);
    await expect(page.getByRole('group', { name: 'Country' }).getByRole('button', { name: 'Uzbekistan' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.locator('[data-figure="agreements"]')).toContainText('35');
    await expect(uzbekistan).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'Kazakhstan: 61 agreements' })).toHaveAttribute('aria-pressed', 'false');
    // The filter set in the header shows on the map too.
    await page.getByRole('group', { name: 'Country' }).getByRole('button', { name: 'Kazakhstan' }).click();
    await expect(page.getByRole('button', { name: 'Kazakhstan: 61 agreements' })).toHaveAttribute('aria-pressed', 'true');
    await expect(uzbekistan).toHaveAttribute('aria-pressed', 'false');
    expect(watch.externalRequests).toEqual([]);
  });

  test('a country shape works from the keyboard, named in Chinese', async ({ page }) => {
    await openDashboard(page, 'lang=zh-Hant');
    const kazakhstan = page.getByRole('button', { name: '哈薩克斯坦：61份協議' });
    await kazakhstan.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/country=KZ/);
    await page.keyboard.press('Space');
    await expect(page).not.toHaveURL(/country=/);
  });

  test("a city's popup opens from the keyboard and focus comes back when it closes", async ({ page, watch }) => {
    await openDashboard(page, 'lang=en');
    const astana = page.getByRole('button', { name: 'Astana', exact: true });
    await astana.focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('.leaflet-popup');
    await expect(popup).toContainText('Meeting with President Tokayev');
    await expect(popup).toContainText('19:00 local time');
    await expect(popup).toContainText('Kassym-Jomart Tokayev');
    await expect(popup).toContainText('Agreements and MoUs with Kazakhstan: 61');
    await expect(popup.getByRole('heading', { name: /Astana/ })).toBeFocused();
    await popup.getByRole('button', { name: 'Close' }).click();
    await expect(popup).toHaveCount(0);
    await expect(astana).toBeFocused();

    // Space opens too.
    const tashkent = page.getByRole('button', { name: 'Tashkent', exact: true });
    await tashkent.focus();
    await page.keyboard.press('Space');
    await expect(popup).toContainText('Shavkat Mirziyoyev');
    await expect(popup).toContainText('Agreements and MoUs with Uzbekistan: 35');
    // Focus moves in a frame after the content appears; Escape is for a popup that has focus.
    await expect(popup.getByRole('heading', { name: /Tashkent/ })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(popup).toHaveCount(0);
    await expect(tashkent).toBeFocused();
    expect(watch.consoleErrors).toEqual([]);
  });

  test('the day chosen in the timeline highlights its city', async ({ page }) => {
    await openDashboard(page, 'lang=en&day=2026-06-04');
    const tashkent = page.getByRole('button', { name: 'Tashkent', exact: true });
    await expect(tashkent).toHaveAttribute('data-highlighted', 'true');
    await expect(tashkent).toHaveAttribute('aria-current', 'true');
    await expect(page.getByRole('button', { name: 'Astana', exact: true })).toHaveAttribute('data-highlighted', 'false');
  });

  test('flying to Astana shows the venues; the text itinerary is there without the map', async ({ page, watch }) => {
    await openDashboard(page, 'lang=en');
    const map = page.getByRole('region', { name: 'Map of the trip' });
    await expect(map.getByRole('button', { name: /^Venue:/ })).toHaveCount(0);
    await map.getByRole('button', { name: 'Fly to Astana' }).click();
    await expect(map.getByRole('button', { name: 'Venue: Nazarbayev University' })).toBeVisible({ timeout: 10_000 });
    await map.getByRole('button', { name: 'Show the whole route' }).click();
    await expect(map.getByRole('button', { name: /^Venue:/ })).toHaveCount(0, { timeout: 10_000 });

    await map.getByText('Itinerary by city (text version of the map)').click();
    const list = map.locator('.map-itinerary__list');
    await expect(list.locator('[data-city="tashkent"]')).toContainText('Visit to IT Park Uzbekistan');
    await expect(list.locator('[data-city="hong-kong"]')).toContainText('no date');
    expect(watch.externalRequests).toEqual([]);
  });

  // On a phone the whole route leaves Almaty's caption under Tashkent's: it goes until zoomed in.
  test('a phone-sized map drops the caption of the city not visited, until zoomed in', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openDashboard(page, 'lang=en');
    const map = page.getByRole('region', { name: 'Map of the trip' });
    const caption = (city: string) => map.locator('.map-marker__caption', { hasText: city });
    await expect(caption('Tashkent')).toBeVisible();
    await expect(caption('Hong Kong')).toBeVisible();
    await expect(caption('Almaty')).toBeHidden();
    // Its marker too: a 44 px target half under Tashkent's would be too small to hit.
    await expect(map.getByRole('button', { name: 'Almaty', exact: true })).toBeHidden();
    await map.getByRole('button', { name: 'Fly to Tashkent' }).click();
    await expect(caption('Almaty')).toBeVisible({ timeout: 10_000 });
    await expect(map.getByRole('button', { name: 'Almaty', exact: true })).toBeVisible();
  });

  test('a wide map captions every city', async ({ page }) => {
    // Wide enough that the map, beside the agreements chart, still has room for every caption.
    await page.setViewportSize({ width: 1440, height: 900 });
    await openDashboard(page, 'lang=en');
    const map = page.getByRole('region', { name: 'Map of the trip' });
    for (const city of ['Hong Kong', 'Astana', 'Tashkent', 'Almaty']) await expect(map.locator('.map-marker__caption', { hasText: city })).toBeVisible();
  });
});
