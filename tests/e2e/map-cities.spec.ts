/**
 * The map up close and on a phone (issue 15): venue labels that do not overlap, the city panels, popups
 * that fit, one shading scale whatever the filter, 44 px targets on a phone, Leaflet's own texts in
 * the reader's language, and no edge of the base map in view.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, openDashboard, test } from './fixtures';

type Box = { x: number; y: number; width: number; height: number };

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const within = (inner: Box, outer: Box, slack = 1) =>
  inner.x >= outer.x - slack &&
  inner.y >= outer.y - slack &&
  inner.x + inner.width <= outer.x + outer.width + slack &&
  inner.y + inner.height <= outer.y + outer.height + slack;

async function boxes(locator: Locator): Promise<Box[]> {
  const found: Box[] = [];
  for (const item of await locator.all()) {
    const box = await item.boundingBox();
    if (box) found.push(box);
  }
  return found;
}

function mapOf(page: Page) {
  return page.getByRole('region', { name: /Map of the trip|行程地圖|行程地图/ });
}

/** The Leaflet map itself (the region above also holds the toolbar, legend and panels). */
function leafletOf(page: Page) {
  return page.locator('.leaflet-container');
}

test.describe('the map up close', () => {
  // The desktop: at 1440 × 900 the map shares the first row with the agreements chart.
  test.use({ viewport: { width: 1440, height: 900 } });
  test('after "Fly to Astana" the venues are named on the map, with no two labels overlapping', async ({ page, watch }) => {
    await openDashboard(page, 'lang=en');
    const map = mapOf(page);
    await map.getByRole('button', { name: 'Fly to Astana' }).click();
    const labels = leafletOf(page).locator('.venue-label');
    await expect(labels.filter({ hasText: 'Nazarbayev University' })).toBeVisible({ timeout: 10_000 });
    // The flight has ended and the labels have been laid out for the final view.
    await expect(leafletOf(page).locator('.city-card')).toContainText('Astana');
    await page.waitForTimeout(500);
    const mapBox = (await leafletOf(page).boundingBox())!;
    const placed = await boxes(labels);
    const inView = placed.filter((b) => within(b, mapBox));
    expect(inView.length).toBeGreaterThanOrEqual(3);
    for (const name of ['Nazarbayev University', 'Astana Hub', 'Baiterek tower']) {
      const box = (await labels.filter({ hasText: name }).boundingBox())!;
      expect(within(box, mapBox), `${name} inside the map`).toBe(true);
    }
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) expect(overlap(placed[i]!, placed[j]!), `labels ${i} and ${j} overlap`).toBe(false);
    }
    // The day something happened at a venue, the city's agreement count and its days, and a scale bar.
    await expect(labels.filter({ hasText: 'Nursultan Nazarbayev International Airport' })).toContainText('31 May');
    const card = leafletOf(page).locator('.city-card');
    await expect(card).toContainText('Agreements and MoUs with Kazakhstan: 61');
    await expect(card).toContainText('1 Jun Meeting with President Tokayev');
    await expect(leafletOf(page).locator('.leaflet-control-scale-line')).toHaveText(/\d+ (k?m)$/);
    expect(watch.consoleErrors).toEqual([]);

    const results = await new AxeBuilder({ page }).include('#view-map').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('at 1280 px, where the map is narrower beside the chart, the city card prints the same agreement line', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openDashboard(page, 'lang=en');
    await mapOf(page).getByRole('button', { name: 'Fly to Astana' }).click();
    await expect(leafletOf(page).locator('.city-card')).toContainText('Agreements and MoUs with Kazakhstan: 61', { timeout: 10_000 });
  });

  test('the city panels list each city’s events by day and say what the reports name there', async ({ page }) => {
    await openDashboard(page, 'lang=en');
    const panels = mapOf(page).getByRole('region', { name: 'The cities up close' });
    const astana = panels.getByRole('article', { name: /Astana/ });
    const tashkent = panels.getByRole('article', { name: /Tashkent/ });
    await expect(astana.locator('[data-date="2026-05-31"]')).toContainText('31 May');
    await expect(astana.locator('[data-date="2026-05-31"]')).toContainText('Arrival in Astana');
    await expect(astana.locator('[data-date="2026-06-01"]')).toContainText('Meeting with President Tokayev');
    await expect(astana).toContainText('Agreements and MoUs with Kazakhstan: 61');
    await expect(tashkent.locator('[data-date="2026-06-04"]')).toContainText("Meetings with Uzbekistan's leaders");
    await expect(tashkent.locator('[data-date="2026-06-05"]')).toContainText('Visit to IT Park Uzbekistan');
    await expect(tashkent).toContainText('The reports name one venue here, IT Park Uzbekistan, and no other.');
    // Its button frames the city on the map.
    await tashkent.getByRole('button', { name: 'Show Tashkent on the map' }).click();
    await expect(leafletOf(page).locator('.venue-label', { hasText: 'IT Park Uzbekistan' })).toBeVisible({ timeout: 10_000 });
  });

  test("a popup's Close button is inside the map and the viewport, and the whole route closes the popup", async ({ page }) => {
    await openDashboard(page, 'lang=en');
    const map = mapOf(page);
    await map.scrollIntoViewIfNeeded();
    await map.getByRole('button', { name: 'Astana', exact: true }).dispatchEvent('click');
    const popup = page.locator('.leaflet-popup');
    const close = popup.getByRole('button', { name: 'Close' });
    await expect(close).toBeVisible();
    await page.waitForTimeout(600);
    const viewport = page.viewportSize()!;
    const closeBox = (await close.boundingBox())!;
    expect(within(closeBox, { x: 0, y: 0, width: viewport.width, height: viewport.height })).toBe(true);
    expect(within(closeBox, (await leafletOf(page).boundingBox())!)).toBe(true);
    expect(within((await popup.locator('.leaflet-popup-content-wrapper').boundingBox())!, (await leafletOf(page).boundingBox())!)).toBe(true);
    await map.getByRole('button', { name: 'Show the whole route' }).click();
    await expect(popup).toHaveCount(0);
  });

  test("Kazakhstan's shading is the same with Uzbekistan selected as with no filter", async ({ page }) => {
    await openDashboard(page, 'lang=en');
    const kazakhstan = page.locator('path[data-country="KZ"]');
    const unfiltered = { fill: await kazakhstan.getAttribute('fill'), opacity: await kazakhstan.getAttribute('fill-opacity') };
    await openDashboard(page, 'lang=en&country=UZ');
    await expect(page.locator('path[data-country="UZ"]')).toHaveAttribute('aria-pressed', 'true');
    expect({ fill: await kazakhstan.getAttribute('fill'), opacity: await kazakhstan.getAttribute('fill-opacity') }).toEqual(unfiltered);
    // The selection shows as a heavier outline instead.
    const weight = async (code: string) => Number(await page.locator(`path[data-country="${code}"]`).getAttribute('stroke-width'));
    expect(await weight('UZ')).toBeGreaterThan(await weight('KZ'));
  });

  test("Leaflet's own texts follow the language", async ({ page }) => {
    await openDashboard(page, 'lang=zh-Hant');
    const leaflet = leafletOf(page);
    await expect(leaflet.locator('.leaflet-control-zoom-in')).toHaveAttribute('title', '放大');
    await expect(leaflet.locator('.leaflet-control-zoom-out')).toHaveAttribute('title', '縮小');
    await expect(leaflet.locator('.leaflet-control-scale-line')).toHaveText(/公里|米/);
    await expect(leaflet.locator('.leaflet-control-attribution')).toContainText('以Leaflet繪製');
    // A name the reports give only in Latin letters keeps them, in Chinese word order and punctuation.
    await leaflet.getByRole('button', { name: '阿斯塔納', exact: true }).dispatchEvent('click');
    const popup = page.locator('.leaflet-popup');
    await expect(popup).toContainText('哈薩克斯坦國家經濟部副部長Assan Darbayev');
    await expect(popup).not.toContainText('Darbayev,');
    await page.getByRole('link', { name: 'English' }).or(page.getByRole('button', { name: 'English' })).first().click();
    await expect(leaflet.locator('.leaflet-control-zoom-in')).toHaveAttribute('title', 'Zoom in');
  });

  test('zoomed out and panned as far as it goes, the map shows no edge of the base map', async ({ page }) => {
    await openDashboard(page, 'lang=en');
    const leaflet = leafletOf(page);
    const zoomOut = leaflet.locator('.leaflet-control-zoom-out');
    for (let i = 0; i < 12 && !(await zoomOut.getAttribute('class'))?.includes('leaflet-disabled'); i++) {
      await zoomOut.click();
      await page.waitForTimeout(300);
    }
    await expect(zoomOut).toHaveClass(/leaflet-disabled/);
    await leaflet.focus();
    for (const key of ['ArrowLeft', 'ArrowDown']) {
      for (let i = 0; i < 25; i++) await page.keyboard.press(key);
    }
    await page.waitForTimeout(600);
    const mapBox = (await leaflet.boundingBox())!;
    const land = await boxes(leaflet.locator('.leaflet-basemap-pane path, .leaflet-trip-countries-pane path'));
    // The land drawn reaches past the left and bottom edges of the map: its cut edges stay out of view.
    expect(Math.min(...land.map((b) => b.x))).toBeLessThanOrEqual(mapBox.x + 1);
    expect(Math.max(...land.map((b) => b.y + b.height))).toBeGreaterThanOrEqual(mapBox.y + mapBox.height - 1);
  });
});

test.describe('the map on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the first framing holds both trip countries whole and every map control is at least 44 px', async ({ page }) => {
    await openDashboard(page, 'lang=en');
    const leaflet = leafletOf(page);
    await leaflet.scrollIntoViewIfNeeded();
    const mapBox = (await leaflet.boundingBox())!;
    for (const code of ['KZ', 'UZ']) {
      const box = (await leaflet.locator(`path[data-country="${code}"]`).boundingBox())!;
      expect(within(box, mapBox), `${code} whole in the first view`).toBe(true);
    }
    const controls = leaflet.locator('.leaflet-control a, .leaflet-control button, .leaflet-marker-icon.map-marker');
    expect(await controls.count()).toBeGreaterThan(3);
    for (const box of await boxes(controls)) {
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    // A popup fits the phone's map, its Close button in view.
    await leaflet.getByRole('button', { name: 'Astana', exact: true }).dispatchEvent('click');
    const popup = page.locator('.leaflet-popup');
    await expect(popup.getByRole('button', { name: 'Close' })).toBeVisible();
    await page.waitForTimeout(600);
    expect(within((await popup.locator('.leaflet-popup-content-wrapper').boundingBox())!, mapBox)).toBe(true);
    const close = (await popup.getByRole('button', { name: 'Close' }).boundingBox())!;
    expect(close.height).toBeGreaterThanOrEqual(44);
  });
});
