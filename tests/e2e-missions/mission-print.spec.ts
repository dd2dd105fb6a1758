/**
 * Every fixture mission printed to A4 (issue 24): the first page holds the headline figures and the
 * route map drawn for paper, every city inside its frame, its captions legible on the page; no page
 * but the last is mostly blank. The mission's own files say which cities to expect: a city in a
 * cluster too tight to caption on paper (the compact mission's three, seen from Hong Kong) is still
 * named in the print, by its city card.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expectNoMostlyBlankPage, pieces, printToPages, readPrintedMap, squeeze } from '../fixtures/printedPdf';
import { expect, test } from '../e2e/fixtures';

type Names = { en: string; zhHant: string };

function readStopsAndHome(): { home: Names; stops: Names[] } {
  const missionDir = test.info().project.metadata.missionDir as string | undefined;
  if (!missionDir) throw new Error(`project ${test.info().project.name} names no missionDir in its metadata`);
  const read = (file: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '..', '..', missionDir, file), 'utf8'));
  const { trip } = read('trip.json') as { trip: { home: { place: string } } };
  const { places } = read('places.json') as { places: { id: string; name: Names }[] };
  const { days } = read('itinerary.json') as { days: { place: string }[] };
  const stops = new Set(days.map((d) => d.place));
  return { home: places.find((p) => p.id === trip.home.place)!.name, stops: places.filter((p) => stops.has(p.id)).map((p) => p.name) };
}

for (const lang of ['en', 'zh-Hant'] as const) {
  test(`printed to A4 in ${lang}, page 1 holds the headline figures and the whole route`, async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    await page.goto(`./?lang=${lang}`);
    await expect(page.locator('#root:not([data-prerendered]) #view-map .map-legend')).toBeVisible({ timeout: 15_000 });
    const figures = await page.locator('.headline__value').allInnerTexts();
    expect(figures.length).toBeGreaterThan(0);
    // What a browser does when the reader prints: every view loads first (src/app/LoadWhenNear.tsx).
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(page.locator('main .view-loading')).toHaveCount(0, { timeout: 15_000 });

    const pages = await printToPages(page, testInfo.outputPath(`print-${lang}.pdf`));
    const first = squeeze(pages[0]!.text);
    for (const piece of figures.flatMap(pieces)) expect(first, 'a headline figure on page 1').toContain(piece);
    expectNoMostlyBlankPage(pages, `${testInfo.project.name} ${lang}`);
    const { home, stops } = readStopsAndHome();
    const nameOf = (name: Names) => squeeze(lang === 'en' ? name.en : name.zhHant);
    const cities = await readPrintedMap(page);
    for (const city of cities) expect(city.inside, `${city.place} inside the printed map`).toBe(true);
    const captions = cities.flatMap((c) => (c.caption ? [squeeze(c.caption)] : []));
    expect(captions, 'home is always named on the map').toContain(nameOf(home));
    expect(stops.filter((stop) => captions.includes(nameOf(stop))).length, 'visited cities named on the map').toBeGreaterThan(0);
    for (const caption of captions) expect(first, 'a city of the map on page 1').toContain(caption);
    const all = squeeze(pages.map((p) => p.text).join(''));
    for (const stop of stops) expect(all, 'every visited city named in the print').toContain(nameOf(stop));
  });
}
