/**
 * One picture, several renderers: the PowerPoint deck's map picture and the live map, drawn at the
 * same size (768 × 432, the picture at 2.5 times the pixels), show the same route colour and the same
 * country shading: the same flat colours in about the same amounts.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { expect, openDashboard, test } from './fixtures';

/** The route's red (components/mapPicture/paint.ts ROUTE_STYLE.trip). */
const ROUTE_RED = [0xb3, 0x26, 0x1e] as const;

type Counts = Map<string, number>;

/** How many pixels of each colour (to 4 levels a channel), every `step` pixels in both directions. */
function colourCounts(png: PNG, step: number): { counts: Counts; total: number } {
  const counts: Counts = new Map();
  let total = 0;
  for (let y = 0; y < png.height; y += step) {
    for (let x = 0; x < png.width; x += step) {
      const i = (Math.floor(y) * png.width + Math.floor(x)) * 4;
      const key = [0, 1, 2].map((c) => Math.round(png.data[i + c]! / 4) * 4).join(',');
      counts.set(key, (counts.get(key) ?? 0) + 1);
      total++;
    }
  }
  return { counts, total };
}

const near = (a: readonly number[], b: readonly number[], tolerance: number) => a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);
const parse = (key: string) => key.split(',').map(Number);

/** The share of the picture within `tolerance` of `colour`. */
function share({ counts, total }: { counts: Counts; total: number }, colour: readonly number[], tolerance = 6): number {
  let n = 0;
  for (const [key, count] of counts) if (near(parse(key), colour, tolerance)) n += count;
  return n / total;
}

/** The flat colours covering more than `min` of the picture: the sea, the land, the shaded countries. */
function mainColours(stats: { counts: Counts; total: number }, min: number): number[][] {
  return [...stats.counts].filter(([, n]) => n / stats.total > min).map(([key]) => parse(key));
}

test.describe('the map picture and the live map', () => {
  // bypassCSP: the test's own style rule, which sizes the map, is no part of the page.
  test.use({ viewport: { width: 1440, height: 900 }, bypassCSP: true });

  test('show the same route colour and the same country shading at the same size', async ({ page }) => {
    // The live map at the picture's own size (routeMapPng.ts MAP_VIEW_WIDTH × MAP_VIEW_HEIGHT).
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = '.map-frame .trip-map { width: 768px !important; height: 432px !important; }';
        document.head.append(style);
      });
    });
    // The map's embed: the map alone across the page, wide enough for 768 px.
    await page.goto('./embed.html?view=map&lang=en');
    await page.locator('.map-poster, .trip-map').first().hover();
    const leaflet = page.locator('.trip-map.leaflet-container');
    await expect(leaflet).toBeVisible({ timeout: 20_000 });
    await expect(leaflet.locator('path.route-line--trip')).toHaveCount(3);
    expect(await leaflet.evaluate((el) => [el.clientWidth, el.clientHeight])).toEqual([768, 432]);
    await page.waitForTimeout(800);
    const live = PNG.sync.read(await leaflet.screenshot());

    await page.goto('./?lang=en&slide=2');
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PowerPoint (.pptx)' }).first().click();
    const zip = await JSZip.loadAsync(readFileSync((await (await downloadPromise).path())!));
    const media = Object.keys(zip.files).filter((f) => /^ppt\/media\/.+\.png$/.test(f));
    expect(media).toHaveLength(1);
    const picture = PNG.sync.read(Buffer.from(await zip.file(media[0]!)!.async('uint8array')));
    expect([picture.width, picture.height]).toEqual([1920, 1080]);

    await test.info().attach('live map', { body: PNG.sync.write(live), contentType: 'image/png' });
    await test.info().attach('map picture', { body: PNG.sync.write(picture), contentType: 'image/png' });
    const liveStats = colourCounts(live, 1);
    const pictureStats = colourCounts(picture, 2.5);
    // The same route red in both, in about the same amount (the legs are the same great circles; the
    // live map's 3 px lines lose more of their pixels to smoothing than the picture's 7.5 px ones).
    const routeLive = share(liveStats, ROUTE_RED, 10);
    const routePicture = share(pictureStats, ROUTE_RED, 10);
    expect(routeLive).toBeGreaterThan(0.001);
    expect(routePicture).toBeGreaterThan(0.001);
    expect(routePicture / routeLive).toBeGreaterThan(0.6);
    expect(routePicture / routeLive).toBeLessThan(2.2);
    // Every large flat colour of the live map (sea, land, each trip country's shade) is in the
    // picture, covering about as much of it. White is the labels' and the controls' (the picture
    // has no zoom buttons), not the map's.
    const colours = mainColours(liveStats, 0.01).filter((c) => !near(c, [255, 255, 255], 12));
    expect(colours.length).toBeGreaterThanOrEqual(4);
    for (const colour of colours) {
      const inLive = share(liveStats, colour);
      const inPicture = share(pictureStats, colour);
      expect(inPicture, `rgb(${colour.join(', ')}): ${inLive.toFixed(3)} of the live map`).toBeGreaterThan(inLive * 0.75);
      expect(inPicture, `rgb(${colour.join(', ')}): ${inLive.toFixed(3)} of the live map`).toBeLessThan(inLive * 1.33);
    }
  });
});

test.describe('slide 2 at 1920 × 1080 in Chinese', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the scale fits its box, no caption lies under a map control, and the picture leaves out the buttons', async ({ page }) => {
    await page.goto('./?lang=zh-Hant&slide=2');
    const leaflet = page.locator('.trip-map.leaflet-container');
    await expect(leaflet.locator('path.route-line--trip')).toHaveCount(3);
    await page.waitForTimeout(800);
    const scale = leaflet.locator('.leaflet-control-scale-line');
    expect(await scale.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const controls = await leaflet.locator('.leaflet-control').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    const captions = await leaflet.locator('.map-marker__caption').evaluateAll((els) =>
      els.map((el) => ({ text: el.textContent, box: el.getBoundingClientRect().toJSON() as DOMRect })),
    );
    expect(captions.map((c) => c.text)).toContain('香港');
    for (const { text, box } of captions) {
      for (const c of controls) {
        const overlaps = box.left < c.right && c.left < box.right && box.top < c.bottom && c.top < box.bottom;
        expect(overlaps, `${text} under a map control`).toBe(false);
      }
    }
    // The slide's picture (renderNodePng) leaves out what carries data-export="skip".
    const buttons = await page.getByRole('group', { name: '地圖操作' }).getByRole('button').all();
    expect(buttons.length).toBeGreaterThan(1);
    for (const button of buttons) await expect(button).toHaveAttribute('data-export', 'skip');
    await expect(leaflet.locator('.leaflet-control-zoom')).toHaveAttribute('data-export', 'skip');
  });
});

test.describe('after "Fly to …"', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('a venue popup opens clear of the city card', async ({ page }) => {
    await openDashboard(page, 'lang=en');
    for (const city of ['Astana', 'Tashkent']) {
      await page.getByRole('button', { name: `Fly to ${city}` }).click();
      const leaflet = page.locator('.leaflet-container');
      const card = leaflet.locator('.city-card');
      await expect(card).toContainText(city, { timeout: 10_000 });
      await page.waitForTimeout(600);
      const venues = leaflet.locator('.leaflet-marker-icon.venue-marker');
      await expect(venues.first()).toBeVisible();
      for (let i = 0; i < (await venues.count()); i++) {
        await venues.nth(i).dispatchEvent('click');
        const popup = leaflet.locator('.leaflet-popup-content-wrapper');
        await expect(popup).toBeVisible();
        await page.waitForTimeout(400);
        // Nothing lies over the popup: the point at the middle of its top line is the popup's own.
        const onTop = await popup.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return el.contains(document.elementFromPoint(box.left + box.width / 2, box.top + 12));
        });
        expect(onTop, `${city}: venue popup ${i} under the city card`).toBe(true);
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: `Fly to ${city}` }).click();
        await page.waitForTimeout(1600);
      }
    }
  });
});
