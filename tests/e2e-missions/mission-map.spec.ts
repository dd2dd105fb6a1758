/**
 * The map checks every fixture mission must pass (playwright.config.ts runs this file once per
 * mission build: the example, a mission across the Pacific to the southern hemisphere, and a compact
 * one-country mission), at the desktop and phone sizes: the first framing holds every city and
 * every visited country whole, no route path jumps across the map, no leg label lies over a city's
 * caption, and each "Fly to …" brings its city into view. The mission's own files say what to expect.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../e2e/fixtures';

type Names = { en: string; zhHant: string };
type Box = { x: number; y: number; width: number; height: number };

function readMission() {
  const missionDir = test.info().project.metadata.missionDir as string | undefined;
  if (!missionDir) throw new Error(`project ${test.info().project.name} names no missionDir in its metadata`);
  const read = (file: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '..', '..', missionDir, file), 'utf8'));
  const { trip } = read('trip.json') as { trip: { countries: { code: string; name: Names }[]; home: { place: string } } };
  const { places } = read('places.json') as { places: { id: string; kind: string; name: Names }[] };
  const { days } = read('itinerary.json') as { days: { place: string }[] };
  const cities = places.filter((p) => p.kind === 'city');
  const visited = new Set(days.map((d) => d.place));
  return { trip, cities, stops: cities.filter((c) => visited.has(c.id)) };
}

const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const within = (inner: Box, outer: Box, slack = 2) =>
  inner.x >= outer.x - slack &&
  inner.y >= outer.y - slack &&
  inner.x + inner.width <= outer.x + outer.width + slack &&
  inner.y + inner.height <= outer.y + outer.height + slack;

const leafletOf = (page: Page) => page.locator('.leaflet-container');

/**
 * The dashboard with its live map in view, settled: the map alone is what these checks are about, so
 * the other views are not waited for. A reader's first scroll turns the drawing into the live map.
 */
async function openMap(page: Page, lang: string) {
  await page.goto(`./?lang=${lang}`);
  const section = page.locator('#root:not([data-prerendered]) #view-map');
  await expect(section).toBeAttached({ timeout: 15_000 });
  const leaflet = leafletOf(page);
  // The reader brings the map into view and scrolls a little (the drawing listens for the first scroll).
  await expect(async () => {
    await section.scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 120);
    await expect(leaflet).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await leaflet.scrollIntoViewIfNeeded();
  await expect(leaflet.locator('.leg-label').first()).toBeVisible({ timeout: 10_000 });
  // The labels are laid out a frame or two after the map is drawn.
  await page.waitForTimeout(500);
  return leaflet;
}

async function visibleBoxes(locator: Locator): Promise<(Box & { text: string })[]> {
  return locator.evaluateAll((els) =>
    els
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height, text: el.textContent ?? '' };
      })
      .filter((r) => r.width > 0 && r.height > 0),
  );
}

/** The middle of a city's dot on screen; null when the marker is not drawn. */
async function markerCentre(leaflet: Locator, name: string) {
  const dot = leaflet.getByRole('button', { name, exact: true }).locator('.map-marker__dot');
  const box = await dot.boundingBox();
  return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2, width: 0, height: 0 } : null;
}

/** Every straight step of every route path, in screen pixels (a path's `M` starts a new run). */
async function routeSteps(leaflet: Locator): Promise<{ leg: string; length: number }[]> {
  return leaflet.locator('path.route-line').evaluateAll((paths) =>
    paths.flatMap((path) => {
      const steps: { leg: string; length: number }[] = [];
      const commands = (path.getAttribute('d') ?? '').match(/[ML][^ML]*/gi) ?? [];
      let last: [number, number] | null = null;
      for (const command of commands) {
        const numbers = (command.slice(1).match(/-?\d+(\.\d+)?(e-?\d+)?/gi) ?? []).map(Number);
        for (let i = 0; i + 1 < numbers.length; i += 2) {
          const point: [number, number] = [numbers[i]!, numbers[i + 1]!];
          const drawn = command[0]!.toUpperCase() === 'L' || i > 0;
          if (drawn && last) steps.push({ leg: path.getAttribute('class') ?? '', length: Math.hypot(point[0] - last[0], point[1] - last[1]) });
          last = point;
        }
      }
      return steps;
    }),
  );
}

async function expectNoLegLabelOverCaption(leaflet: Locator) {
  const labels = await visibleBoxes(leaflet.locator('.leg-label'));
  const captions = await visibleBoxes(leaflet.locator('.map-marker__caption, .map-marker__dot'));
  expect(labels.length, 'leg labels drawn').toBeGreaterThanOrEqual(1);
  for (const label of labels) {
    expect(
      captions.filter((c) => overlap(label, c)).map((c) => c.text || 'a city dot'),
      `"${label.text}" over a city`,
    ).toEqual([]);
  }
}

for (const size of SIZES) {
  test.describe(`the map at ${size.width} × ${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('frames every city and every visited country whole, with no route path jumping across the map', async ({ page, watch }) => {
      const { trip, cities } = readMission();
      const leaflet = await openMap(page, 'en');
      const mapBox = (await leaflet.boundingBox())!;
      for (const city of cities) {
        const centre = await markerCentre(leaflet, city.name.en);
        expect(centre, `${city.name.en}'s marker drawn`).not.toBeNull();
        expect(within(centre!, mapBox, 0), `${city.name.en} inside the first framing`).toBe(true);
      }
      for (const country of trip.countries) {
        const shape = leaflet.locator(`path[data-country="${country.code}"]`);
        await expect(shape, `${country.name.en}'s shape drawn`).toHaveCount(1);
        expect(within((await shape.boundingBox())!, mapBox), `${country.name.en} whole in the first framing`).toBe(true);
      }
      const steps = await routeSteps(leaflet);
      expect(steps.length, 'route paths drawn').toBeGreaterThan(0);
      const jumps = steps.filter((s) => s.length > mapBox.width / 2);
      expect(jumps, 'route steps longer than half the map').toEqual([]);
      await expectNoLegLabelOverCaption(leaflet);
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.externalRequests).toEqual([]);
    });

    test('in Chinese too, every city is in the first framing and no leg label lies over a caption', async ({ page }) => {
      const { cities } = readMission();
      for (const lang of ['zh-Hant', 'zh-Hans']) {
        const leaflet = await openMap(page, lang);
        const mapBox = (await leaflet.boundingBox())!;
        // Simplified differs from Traditional only in script: the markers are checked by count there.
        const markers = await visibleBoxes(leaflet.locator('.map-marker__dot'));
        expect(markers.length, `${lang}: city dots`).toBeGreaterThanOrEqual(cities.length);
        for (const dot of markers) expect(within(dot, mapBox), `${lang}: a city dot inside the map`).toBe(true);
        await expectNoLegLabelOverCaption(leaflet);
      }
    });

    test('each “Fly to …” brings its city into view', async ({ page, watch }) => {
      const { stops } = readMission();
      const leaflet = await openMap(page, 'en');
      const map = page.getByRole('region', { name: 'Map of the trip' });
      expect(stops.length).toBeGreaterThan(0);
      for (const city of stops) {
        await map.getByRole('button', { name: `Fly to ${city.name.en}` }).click();
        await expect(leaflet.locator('.city-card')).toContainText(city.name.en, { timeout: 10_000 });
        // The flight has ended once the card is in; a frame later the map has settled.
        await page.waitForTimeout(400);
        const mapBox = (await leaflet.boundingBox())!;
        const centre = await markerCentre(leaflet, city.name.en);
        expect(centre, `${city.name.en}'s marker after flying there`).not.toBeNull();
        expect(within(centre!, mapBox, 0), `${city.name.en} in view after "Fly to"`).toBe(true);
      }
      await map.getByRole('button', { name: 'Show the whole route' }).click();
      expect(watch.consoleErrors).toEqual([]);
    });
  });
}
