/**
 * The dashboard printed to A4 (issue 24): the first page carries the headline figures and the whole
 * route map; no page but the last is left mostly blank; no control and no unfilled placeholder prints.
 */
import type { Page } from '@playwright/test';
import { expectNoMostlyBlankPage, pieces, printToPages, readPrintedMap, squeeze } from '../fixtures/printedPdf';
import { expect, showEveryView, test } from './fixtures';

/** What the screen shows that paper must (the figures, the map's words) and must not (its buttons). */
async function readScreen(page: Page) {
  return page.evaluate(() => ({
    figures: [...document.querySelectorAll('.headline__value')].map((el) => (el as HTMLElement).innerText),
    legendTitle: (document.querySelector('#view-map .map-legend__title') as HTMLElement).innerText,
    controls: [...document.querySelectorAll('#view-map .map-toolbar button, #view-map .map-poster__open')].map((el) => (el as HTMLElement).innerText),
    // The columns paper carries (the source column is buttons only, and does not print).
    columns: [...document.querySelectorAll('.explorer__table thead th:not(.explorer__source)')].map((el) => (el as HTMLElement).innerText),
  }));
}

for (const lang of ['en', 'zh-Hant', 'zh-Hans', 'ru'] as const) {
  test(`printed to A4 in ${lang}: page 1 holds the headline figures and the whole map, and no page is mostly blank`, async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    await page.goto(`./?lang=${lang}`);
    // Every view loaded and the map used (scrolling to each view turns the drawing into the live map).
    await showEveryView(page);
    await expect(page.locator('#view-map .leaflet-container')).toBeVisible();
    const screen = await readScreen(page);
    expect(screen.figures.length).toBeGreaterThan(0);
    expect(screen.controls.length).toBeGreaterThan(0);

    let firstPage = '';
    const pageCounts: number[] = [];
    for (const settled of [false, true]) {
      const label = `${lang}${settled ? ', settled' : ''}`;
      const pages = await printToPages(page, testInfo.outputPath(`print-${lang}${settled ? '-settled' : ''}.pdf`), { settled });
      const first = squeeze(pages[0]!.text);
      for (const piece of screen.figures.flatMap(pieces)) expect(first, `${label}: a headline figure on page 1`).toContain(piece);
      expect(first, `${label}: the map legend on page 1`).toContain(squeeze(screen.legendTitle));
      expectNoMostlyBlankPage(pages, label);
      const all = pages.map((p) => p.text).join('\n');
      expect(all).not.toMatch(/\{[A-Za-z]+\}/);
      for (const control of screen.controls) expect(squeeze(all), `${label}: a map control on paper`).not.toContain(squeeze(control));
      // The explorer's column headers never end a page without a row under them.
      expect(screen.columns.length).toBeGreaterThan(1);
      for (const [i, { text }] of pages.entries()) {
        const last = squeeze(text.trimEnd().split('\n').at(-1) ?? '');
        expect(screen.columns.every((column) => last.includes(squeeze(column))), `${label}: page ${i + 1} ends with the explorer's column headers`).toBe(false);
      }
      if (!settled) firstPage = first;
      pageCounts.push(pages.length);
      await page.emulateMedia({ media: 'screen' });
    }
    expect(pageCounts[1], `${lang}: the same pages printed at once and settled`).toBe(pageCounts[0]);
    await page.emulateMedia({ media: 'print' });

    // The live map does not print: the map drawn for paper does, every city inside its frame.
    await expect(page.locator('#view-map .map-frame')).toBeHidden();
    // Nor does the explorer's source column, which holds only buttons paper cannot press.
    await expect(page.locator('.explorer__table th.explorer__source')).toBeHidden();
    await expect(page.locator('.explorer__table td.explorer__source').first()).toBeHidden();
    const cities = await readPrintedMap(page);
    expect(cities.length).toBeGreaterThan(1);
    for (const city of cities) expect(city.inside, `${city.place} inside the printed map`).toBe(true);
    const captions = cities.flatMap((c) => (c.caption ? [c.caption] : []));
    expect(captions.length).toBeGreaterThan(1);
    for (const caption of captions) expect(firstPage, 'a city of the map on page 1').toContain(squeeze(caption));
  });
}

// Printing at once, before the map was used: the first-screen drawing gives way to the printed map too.
test('printed at once in Traditional Chinese, the map drawn for paper is on page 1', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await page.goto('./?lang=zh-Hant');
  await expect(page.locator('#root:not([data-prerendered]) #view-map .map-poster')).toBeVisible({ timeout: 15_000 });
  const screen = await readScreen(page);
  // What a browser does when the reader prints: every view loads first (src/app/LoadWhenNear.tsx).
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('main .view-loading')).toHaveCount(0, { timeout: 15_000 });
  const pages = await printToPages(page, testInfo.outputPath('print-at-once.pdf'));
  await expect(page.locator('#view-map .leaflet-container')).toHaveCount(0);
  const first = squeeze(pages[0]!.text);
  expect(first).toContain(squeeze(screen.legendTitle));
  for (const { caption } of await readPrintedMap(page)) if (caption) expect(first).toContain(squeeze(caption));
  expectNoMostlyBlankPage(pages, 'zh-Hant at once');
  for (const control of screen.controls) expect(squeeze(pages.map((p) => p.text).join('')), 'a map control on paper').not.toContain(squeeze(control));
});

// A chart as wide as a wide screen used to make the page wider than the paper, and Chromium shrank
// every page to fit it: the print's type size and page count depended on the reader's window.
test('a print from a wide window has the same pages as one from a laptop', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const counts: number[] = [];
  for (const width of [1280, 1920]) {
    await page.setViewportSize({ width, height: 1000 });
    await page.goto('./?lang=en');
    await showEveryView(page);
    const pages = await printToPages(page, testInfo.outputPath(`print-${width}.pdf`));
    expectNoMostlyBlankPage(pages, `${width} px`);
    counts.push(pages.length);
    await page.emulateMedia({ media: 'screen' });
  }
  expect(counts[1]).toBe(counts[0]);
});
