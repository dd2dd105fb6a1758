import { expect, openDashboard, test } from './fixtures';

/** The agreements chart's <svg>, by its data attribute. */
const chartSvg = '#view-agreements svg[data-chart-svg]';

test.describe('linked views', () => {
  test('at 1440 × 900 the map and the agreements chart share a row inside the first screen', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openDashboard(page, 'lang=en');
    await page.evaluate(() => window.scrollTo(0, 0));
    const map = await page.locator('#view-map .leaflet-container').boundingBox();
    const chart = await page.locator(chartSvg).boundingBox();
    expect(map && chart).toBeTruthy();
    // Side by side: the chart starts right of the map, and their vertical spans overlap.
    expect(chart!.x).toBeGreaterThanOrEqual(map!.x + map!.width);
    expect(chart!.y).toBeLessThan(map!.y + map!.height);
    // Both are on the first screen (the bars begin above its bottom edge).
    expect(map!.y).toBeLessThan(900 - 200);
    expect(chart!.y).toBeLessThan(900 - 100);
    // One click changes both: choosing a country outlines it on the map and redraws the chart.
    await page.getByRole('group', { name: 'Country' }).getByRole('button', { name: 'Uzbekistan', exact: true }).click();
    await expect(page.locator('#view-agreements h3').first()).toContainText('with Uzbekistan');
  });

  test('the language and country controls stay in reach after scrolling to the economy view', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openDashboard(page, 'lang=en');
    await page.locator('#view-economy').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('view-economy')!.scrollIntoView());
    const bar = page.locator('.control-bar');
    await expect(bar).toBeInViewport();
    const box = await bar.boundingBox();
    expect(box!.y).toBeLessThanOrEqual(1);
    expect(box!.height).toBeLessThan(80);
    await bar.getByRole('button', { name: 'Kazakhstan', exact: true }).click();
    await expect(page).toHaveURL(/country=KZ/);
    await bar.getByRole('button', { name: '繁體中文' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  });

  test('a phone keeps one column', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openDashboard(page, 'lang=en');
    const map = await page.locator('#view-map').boundingBox();
    const agreements = await page.locator('#view-agreements').boundingBox();
    expect(agreements!.y).toBeGreaterThanOrEqual(map!.y + map!.height);
  });

  test('a day chosen on the timeline marks its agreements in the agreements view', async ({ page }) => {
    await openDashboard(page, 'lang=en');
    const agreements = page.locator('#view-agreements');
    await expect(agreements.locator('.agreements__outcome-note')).toHaveCount(0);
    await expect(agreements.locator('tr[aria-current="true"]')).toHaveCount(0);
    // The day's button on the timeline, as a reader picks it.
    await page.locator('#view-timeline').getByRole('button', { name: /Mon 1 Jun/ }).first().click();
    await expect(page).toHaveURL(/day=2026-06-01/);
    await expect(agreements.locator('.agreements__outcome-note')).toHaveText(/^On 1 June 2026: 1 named agreement, 1 Kazakhstan\./);
    await expect(agreements.locator('tr[aria-current="true"]')).toHaveCount(1);
    await expect(agreements.locator('tr[aria-current="true"]')).toContainText('Economic and Trade Office in Kazakhstan');
  });

  test('the same day from the URL marks the same agreements', async ({ page }) => {
    await openDashboard(page, 'lang=en&day=2026-06-01');
    await expect(page.locator('#view-agreements tr[aria-current="true"]')).toHaveCount(1);
    await expect(page.locator('#view-agreements').getByRole('note')).toContainText('Agreements of 1 June 2026');
  });

  test('with one country chosen, the figures for the whole trip say so', async ({ page }) => {
    await openDashboard(page, 'lang=en&country=UZ');
    const amount = page.locator('.headline__item[data-figure="amount"]');
    await expect(amount).toContainText('US$1.65 billion');
    await expect(amount).toContainText('Whole trip, all countries');
    await expect(page.locator('.headline__item[data-figure="delegation"]')).toContainText('Whole trip');
    await expect(page.locator('.headline__item[data-figure="agreements"]')).toContainText('Uzbekistan only');
    await openDashboard(page, 'lang=zh-Hant&country=UZ');
    await expect(amount).toContainText('全程合計');
  });

  for (const { lang, gov, nonGov } of [
    { lang: 'en', gov: 'Government: 15 (8 with Kazakhstan and 7 with Uzbekistan)', nonGov: 'Non-government: 81 (53 with Kazakhstan and 28 with Uzbekistan)' },
    { lang: 'zh-Hant', gov: '政府層面：15份（哈薩克斯坦8份及烏茲別克斯坦7份）', nonGov: '非政府層面：81份（哈薩克斯坦53份及烏茲別克斯坦28份）' },
    { lang: 'zh-Hans', gov: '政府层面：15份（哈萨克斯坦8份和乌兹别克斯坦7份）', nonGov: '非政府层面：81份（哈萨克斯坦53份和乌兹别克斯坦28份）' },
  ]) {
    test(`the agreements region gives 15 government and 81 non-government documents (${lang})`, async ({ page }) => {
      await openDashboard(page, `lang=${lang}`);
      const region = page.locator('#view-agreements');
      await expect(page.locator(chartSvg).getByText(gov)).toBeVisible();
      await expect(page.locator(chartSvg).getByText(nonGov)).toBeVisible();
      const takeaway = region.locator('.chart-frame__takeaway').first();
      await expect(takeaway).toContainText('15');
      await expect(takeaway).toContainText('81');
      await expect(takeaway).toContainText('53');
      await expect(takeaway).toContainText('28');
    });
  }

  test('on a 390 px phone no control outside the map is under 44 px tall', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openDashboard(page, 'lang=en');
    // Open what opens, so the controls inside are measured too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement | SVGElement>('button, a[href], select, input, summary, [role="button"], [tabindex="0"]')]
        .filter((el) => !el.closest('#view-map'))
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ el, box }) => box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden')
        .filter(({ box }) => box.height < 44 - 0.5)
        .map(({ el, box }) => `${Math.round(box.height)} px: ${el.tagName} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 50)}`),
    );
    expect(small).toEqual([]);
  });
});
