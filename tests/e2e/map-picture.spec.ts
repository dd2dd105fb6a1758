/**
 * One picture, several renderers: the PowerPoint deck's map picture and the live map, drawn at the
 * same size (960 × 540, the picture at twice the pixels), show the same route colour and the same
 * country shading: the same flat colours in about the same amounts.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { expect, test } from './fixtures';

/** The route's red (components/mapPicture/paint.ts ROUTE_STYLE.trip). */
const ROUTE_RED = [0xb3, 0x26, 0x1e] as const;

type Counts = Map<string, number>;

/** How many pixels of each colour (to 4 levels a channel), every `step` pixels in both directions. */
function colourCounts(png: PNG, step: number): { counts: Counts; total: number } {
  const counts: Counts = new Map();
  let total = 0;
  for (let y = 0; y < png.height; y += step) {
    for (let x = 0; x < png.width; x += step) {
      const i = (y * png.width + x) * 4;
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
        style.textContent = '.map-frame .trip-map { width: 960px !important; height: 540px !important; }';
        document.head.append(style);
      });
    });
    // The map's embed: the map alone across the page, wide enough for 960 px.
    await page.goto('./embed.html?view=map&lang=en');
    await page.locator('.map-poster, .trip-map').first().hover();
    const leaflet = page.locator('.trip-map.leaflet-container');
    await leaflet.scrollIntoViewIfNeeded();
    await expect(leaflet).toBeVisible();
    await expect(leaflet.locator('path.route-line--trip')).toHaveCount(3);
    expect(await leaflet.evaluate((el) => [el.clientWidth, el.clientHeight])).toEqual([960, 540]);
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
    const pictureStats = colourCounts(picture, 2);
    // The same route red in both, in about the same amount (the legs are the same great circles).
    const routeLive = share(liveStats, ROUTE_RED, 10);
    const routePicture = share(pictureStats, ROUTE_RED, 10);
    expect(routeLive).toBeGreaterThan(0.001);
    expect(routePicture).toBeGreaterThan(0.001);
    expect(routePicture / routeLive).toBeGreaterThan(0.6);
    expect(routePicture / routeLive).toBeLessThan(1.6);
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
