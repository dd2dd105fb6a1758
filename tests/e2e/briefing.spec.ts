/**
 * Briefing mode: slides with keyboard and deep links, print, slide PNGs, briefing text, and 简体中文.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import * as OpenCC from 'opencc-js';
import type { Page } from '@playwright/test';
import { expect, showEveryView, test } from './fixtures';
import { cspViolations, recordCspViolations } from '../fixtures/quality';
import { makeSyntheticDataset, readRealDataset } from '../../scripts/make-synthetic';

// The same converter the build uses: a page is Simplified throughout when converting it changes nothing.
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

/** Open the dashboard and wait until every view has finished loading. */
async function openReady(page: Page, query: string) {
  await page.goto(`./?${query}`);
  await expect(page.locator('main .headline, .deck').first()).toBeVisible();
  if ((await page.locator('.deck').count()) === 0) await showEveryView(page);
  await expect(page.locator('.view-loading')).toHaveCount(0);
}

/** Width and height from a PNG's IHDR chunk (bytes 16-23, big-endian). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('presentation mode', () => {
  test('?slide=1 opens slide 1 of 6; ArrowRight goes on; Escape returns to the same selection', async ({ page, watch }) => {
    await openReady(page, 'lang=en&country=UZ&slide=1');
    const deck = page.getByRole('region', { name: 'Briefing slides' });
    await expect(deck).toBeFocused();
    await expect(deck.getByText('1 / 6', { exact: true })).toBeVisible();
    await expect(deck.getByRole('heading', { level: 2, name: 'The trip in figures' })).toBeVisible();
    // The country filter holds on the slides.
    await expect(deck.getByText('35 of the 96 agreements and MoUs were with Uzbekistan.')).toBeVisible();

    await page.keyboard.press('ArrowRight');
    await expect(deck.getByText('2 / 6', { exact: true })).toBeVisible();
    await expect(deck.getByRole('heading', { level: 2, name: 'The route' })).toBeVisible();
    await expect(page).toHaveURL(/[?&]slide=2(&|$)/);
    await page.keyboard.press('PageDown');
    await expect(deck.getByText('3 / 6', { exact: true })).toBeVisible();
    await page.keyboard.press('End');
    await expect(deck.getByRole('heading', { level: 2, name: 'Sources and data notes' })).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(page.getByRole('region', { name: 'Briefing slides' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Map of the trip' })).toBeVisible();
    const url = new URL(page.url());
    expect(url.searchParams.get('country')).toBe('UZ');
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.searchParams.has('slide')).toBe(false);
    await expect(page.getByRole('group', { name: 'Country' }).getByRole('button', { name: 'Uzbekistan' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'Present' })).toBeFocused();
    expect(watch.externalRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('the Present button enters at slide 1 in the current language', async ({ page }) => {
    await openReady(page, 'lang=zh-Hant');
    await page.getByRole('button', { name: '簡報模式' }).click();
    const deck = page.getByRole('region', { name: '簡報投影片' });
    await expect(deck.getByText('1 / 6', { exact: true })).toBeVisible();
    await expect(deck.getByRole('heading', { level: 2, name: '數字看行程' })).toBeVisible();
    await expect(page).toHaveURL(/[?&]slide=1(&|$)/);
    await deck.getByRole('button', { name: '離開簡報模式' }).click();
    await expect(page.getByRole('button', { name: '簡報模式' })).toBeFocused();
  });

  // The slide picture is the slide: the same DOM and styles drawn to 1920 × 1080, compared with a
  // screenshot of the slide on a 1920 × 1080 screen.
  for (const [slide, id] of [
    [1, 'headline'],
    [2, 'map'],
    [3, 'agreements'],
    [4, 'timeline'],
    [5, 'economy'],
    [6, 'notes'],
  ] as const) {
    test(`slide ${slide} (${id}) saves as a 1920 × 1080 PNG that matches the screen`, async ({ page, watch }) => {
      await recordCspViolations(page);
      await page.setViewportSize({ width: 1920, height: 1080 });
      await openReady(page, `lang=en&slide=${slide}`);
      if (slide === 2) await expect(page.locator('.slide__body .leaflet-container path').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => document.fonts.ready);
      const downloadPromise = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Save slide as PNG' }).click();
      const download = await downloadPromise;
      expect(download.suggestedFilename()).toBe(`mission-atlas-slide-${slide}-${id}-en.png`);
      const saved = PNG.sync.read(readFileSync((await download.path())!));
      expect({ width: saved.width, height: saved.height }).toEqual({ width: 1920, height: 1080 });
      await expect(page.getByText(`Slide ${slide} saved as PNG.`)).toBeVisible();
      // The screen without the deck's buttons (the picture leaves them out and shows the credit instead).
      await page.evaluate(() => {
        for (const el of document.querySelectorAll<HTMLElement>('[data-export="skip"], .deck__export-status')) el.style.visibility = 'hidden';
      });
      const shot = PNG.sync.read(await page.screenshot());
      // Hide the same corner in the picture: the credit and buttons area of the footer.
      const box = await page.locator('.slide__controls').boundingBox();
      for (const img of [saved, shot]) {
        for (let y = Math.floor(box!.y); y < Math.min(1080, Math.ceil(box!.y + box!.height)); y++) {
          for (let x = Math.floor(box!.x); x < Math.min(1920, Math.ceil(box!.x + box!.width)); x++) {
            const k = (y * 1920 + x) * 4;
            img.data[k] = img.data[k + 1] = img.data[k + 2] = img.data[k + 3] = 255;
          }
        }
      }
      const diffImage = new PNG({ width: 1920, height: 1080 });
      const diff = pixelmatch(saved.data, shot.data, diffImage.data, 1920, 1080, { threshold: 0.2 });
      await test.info().attach('diff', { body: PNG.sync.write(diffImage), contentType: 'image/png' });
      expect(diff / (1920 * 1080), 'share of pixels that differ').toBeLessThan(0.02);
      expect(await cspViolations(page)).toEqual([]);
      expect(watch.externalRequests).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    });
  }

  test('a clicker moves the deck from anywhere in it, the map included; Back goes to the previous slide, then the dashboard', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openReady(page, 'lang=en');
    await page.getByRole('button', { name: 'Present' }).click();
    const deck = page.getByRole('region', { name: 'Briefing slides' });
    await expect(deck.getByText('1 / 6', { exact: true })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(deck.getByText('2 / 6', { exact: true })).toBeVisible();
    const map = deck.locator('.leaflet-container');
    await expect(map.locator('path').first()).toBeVisible();
    // A click in the sea: the map takes focus, as it does for a presenter pointing at it.
    const box = (await map.boundingBox())!;
    await page.mouse.click(box.x + 20, box.y + box.height - 60);
    await page.keyboard.press('ArrowRight');
    await expect(deck.getByText('3 / 6', { exact: true })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(deck.getByText('4 / 6', { exact: true })).toBeVisible();
    await page.keyboard.press('Shift+Space');
    await expect(deck.getByText('3 / 6', { exact: true })).toBeVisible();
    await page.keyboard.press('PageDown');
    await expect(deck.getByText('4 / 6', { exact: true })).toBeVisible();
    // Each move was a history entry: 1, 2, 3, 4, 3, 4.
    for (const expected of [3, 4, 3, 2, 1]) {
      await page.goBack();
      await expect(deck.getByText(`${expected} / 6`, { exact: true })).toBeVisible();
    }
    await page.goBack();
    await expect(page.getByRole('region', { name: 'Briefing slides' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Map of the trip' })).toBeVisible();
  });

  for (const { width, height, name } of [
    { width: 390, height: 844, name: 'portrait' },
    { width: 844, height: 390, name: 'landscape' },
  ]) {
    test(`on a phone (${name}) every slide's navigation is on screen and a swipe moves the deck`, async ({ browser }) => {
      test.setTimeout(90_000);
      const context = await browser.newContext({ viewport: { width, height }, hasTouch: true, isMobile: true, locale: 'en-GB' });
      const page = await context.newPage();
      await page.goto('./?lang=en&slide=1');
      const deck = page.getByRole('region', { name: 'Briefing slides' });
      for (let slide = 1; slide <= 6; slide++) {
        await expect(deck.getByText(`${slide} / 6`, { exact: true })).toBeVisible();
        for (const name of ['Previous slide', 'Next slide', 'Leave presentation']) {
          const button = deck.getByRole('button', { name });
          await expect(button).toBeInViewport({ ratio: 1 });
        }
        const title = await deck.locator('.slide__title').boundingBox();
        expect(title!.height, 'the title is readable').toBeGreaterThan(name === 'portrait' ? 20 : 8);
        if (slide < 6) await deck.getByRole('button', { name: 'Next slide' }).tap();
      }
      // Swipe right (finger moves left to right) goes back one slide.
      const swipe = async (from: number, to: number) =>
        page.evaluate(
          ([x0, x1]) => {
            const target = document.querySelector('.slide__title')!;
            const touch = (x: number) => new Touch({ identifier: 1, target, clientX: x, clientY: 100 });
            target.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(x0!)], changedTouches: [touch(x0!)], bubbles: true }));
            target.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(x1!)], bubbles: true }));
          },
          [from, to],
        );
      await swipe(50, 300);
      await expect(deck.getByText('5 / 6', { exact: true })).toBeVisible();
      await swipe(300, 50);
      await expect(deck.getByText('6 / 6', { exact: true })).toBeVisible();
      await context.close();
    });
  }

  test('on a phone held upright the counter stays in the bar, the source line clears it, the first slide fits and a figure keeps its number whole', async ({ browser }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'en-GB' });
    const page = await context.newPage();
    for (const lang of ['en', 'zh-Hant'] as const) {
      for (let slide = 1; slide <= 6; slide++) {
        await page.goto(`./?lang=${lang}&slide=${slide}`);
        const deck = page.locator('.deck');
        const counter = deck.locator('#slide-counter');
        await expect(counter).toHaveText(`${slide} / 6`);
        // In the bar along the bottom, on screen however far the slide scrolls.
        await expect(deck.locator('.deck__nav #slide-counter')).toBeInViewport({ ratio: 1 });
        await page.waitForTimeout(300);
        const layout = await page.evaluate(() => {
          const scroller = document.querySelector('.deck')!;
          scroller.scrollTop = scroller.scrollHeight;
          const bar = Math.min(...[...document.querySelectorAll('.deck__nav')].map((n) => n.getBoundingClientRect().top));
          return { overflow: scroller.scrollHeight - scroller.clientHeight, sourceBottom: document.querySelector('.slide__source')!.getBoundingClientRect().bottom, bar };
        });
        expect(layout.sourceBottom, `${lang} slide ${slide}: the source line clears the bar`).toBeLessThanOrEqual(layout.bar);
        if (slide === 1) expect(layout.overflow, `${lang}: the headline slide fits the screen`).toBeLessThanOrEqual(0);
      }
    }
    // "16.5億美元" (and every headline value) on one line: its text makes one line box per word at most.
    await page.goto('./?lang=zh-Hant&slide=1');
    await expect(page.locator('.headline__value').first()).toBeVisible();
    const lines = await page.locator('.headline__value').evaluateAll((values) =>
      values.map((value) => {
        const range = document.createRange();
        range.selectNodeContents(value);
        // Boxes of one line overlap vertically (the qualifier is smaller type on the same line).
        let lineCount = 0;
        let lineBottom = -Infinity;
        for (const rect of [...range.getClientRects()].filter((r) => r.width > 0).sort((a, b) => a.top - b.top)) {
          if (rect.top >= lineBottom - 1) lineCount += 1;
          lineBottom = Math.max(lineBottom, rect.bottom);
        }
        return lineCount;
      }),
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(lines).toEqual(lines.map(() => 1));
    await context.close();
  });

  test('on a phone on its side the exit button says its short label on one line, in its strip', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 844, height: 390 }, hasTouch: true, isMobile: true, locale: 'en-GB' });
    const page = await context.newPage();
    for (const [lang, name, short] of [
      ['zh-Hant', '離開簡報模式', '離開'],
      ['en', 'Leave presentation', 'Leave'],
    ] as const) {
      await page.goto(`./?lang=${lang}&slide=3`);
      const exit = page.locator('.deck__nav').getByRole('button', { name });
      await expect(exit).toBeVisible();
      expect(await exit.innerText()).toBe(short);
      const box = (await exit.boundingBox())!;
      const strip = (await page.locator('.deck__nav--previous').boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(strip.x + strip.width + 0.5);
      expect(await exit.evaluate((button) => [...button.querySelectorAll('span')].filter((s) => s.checkVisibility()).map((s) => s.getClientRects().length))).toEqual([1]);
    }
    await context.close();
  });

  // On a meeting-room screen nobody scrolls: each slide's body holds all it shows.
  for (const lang of ['en', 'zh-Hant', 'zh-Hans'] as const) {
    test(`at 1920 × 1080 no slide body scrolls (${lang})`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width: 1920, height: 1080 });
      for (let slide = 1; slide <= 6; slide++) {
        await openReady(page, `lang=${lang}&slide=${slide}`);
        const body = page.locator('.slide__body');
        // Wait for what the slide draws (map tiles of the base map, charts) before measuring.
        if (slide === 2) await expect(body.locator('.leaflet-container path').first()).toBeVisible();
        if (slide >= 3 && slide <= 5) await expect(body.locator('svg').first()).toBeVisible();
        await page.waitForLoadState('networkidle');
        await page.evaluate(() => document.fonts.ready);
        const size = await body.evaluate((el) => ({
          scrollHeight: el.scrollHeight,
          clientHeight: el.clientHeight,
          scrollWidth: el.scrollWidth,
          clientWidth: el.clientWidth,
        }));
        expect(size.clientHeight, `slide ${slide}`).toBeGreaterThan(300);
        expect(size.scrollHeight, `slide ${slide} height`).toBeLessThanOrEqual(size.clientHeight + 1);
        expect(size.scrollWidth, `slide ${slide} width`).toBeLessThanOrEqual(size.clientWidth + 1);
        // On the screen the deck is made for, nothing is shrunk to fit.
        const zoom = await page.locator('.slide__fit').evaluate((el) => el.style.zoom);
        expect(zoom, `slide ${slide} shrunk`).toBe('');
      }
    });
  }

  // Type that reads from the back of a room: no text in the 1920 × 1080 frame under 24px, the
  // deck's own buttons included. The size is the one drawn: the computed size times every scale
  // between it and the screen (the slide's CSS zoom, the frame's transform; for chart text the
  // SVG's screen CTM, which holds its viewBox scaling too), and each line's box is checked as well.
  for (const lang of ['en', 'zh-Hant'] as const) {
    test(`at 1920 × 1080 every text on every slide is at least 24px (${lang})`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: 1920, height: 1080 });
      const visits = [1, 2, 3, 4, 5, 6].map((slide) => `slide=${slide}`).concat(['slide=3&chart=field', 'slide=3&chart=amounts', 'slide=3&chart=field&country=KZ']);
      for (const visit of visits) {
        await openReady(page, `lang=${lang}&${visit}`);
        const body = page.locator('.slide__body');
        if (visit === 'slide=2') await expect(body.locator('.leaflet-container path').first()).toBeVisible();
        if (/slide=[345]/.test(visit)) await expect(body.locator('svg').first()).toBeVisible();
        await page.waitForLoadState('networkidle');
        await page.evaluate(() => document.fonts.ready);
        // The slide has settled when nothing is shrunk to fit and no body scrolls.
        await expect.poll(() => page.locator('.slide__fit').evaluate((el) => el.style.zoom), { message: `${visit} shrunk` }).toBe('');
        await expect.poll(() => body.evaluate((el) => el.scrollHeight - el.clientHeight), { message: `${visit} scrolls` }).toBeLessThanOrEqual(1);
        const texts = await page.locator('.deck__stage').evaluate((stage) => {
          const frameScale = stage.getBoundingClientRect().width / (stage as HTMLElement).offsetWidth;
          const found: { text: string; size: number; line: number }[] = [];
          const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const el = node.parentElement;
            if (!node.textContent?.trim() || !el || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            const lines = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
            if (lines.length === 0) continue;
            const computed = parseFloat(getComputedStyle(el).fontSize);
            let scale: number;
            if (el instanceof SVGGraphicsElement) {
              const ctm = el.getScreenCTM()!;
              scale = Math.hypot(ctm.a, ctm.b);
            } else {
              scale = el.currentCSSZoom * frameScale;
            }
            found.push({ text: node.textContent.trim().slice(0, 50), size: computed * scale, line: Math.min(...lines.map((r) => r.height)) });
          }
          return found;
        });
        expect(texts.length, `${visit} texts`).toBeGreaterThan(15);
        const small = texts.filter((t) => t.size < 23.95 || t.line < 24).map((t) => `${t.text}: ${t.size.toFixed(1)}px (line ${t.line.toFixed(0)}px)`);
        expect(small, `${visit}: texts under 24px`).toEqual([]);
      }
    });
  }

  // The agreements chart by field has seven bars, not two: on a laptop or in Chinese it did not fit
  // and the slide scrolled. The deck now shrinks a slide's content until it fits.
  for (const { width, height } of [
    { width: 1920, height: 1080 },
    { width: 1366, height: 768 },
  ]) {
    test(`the agreements slide fits in every chart mode at ${width} × ${height}`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height });
      for (const lang of ['en', 'zh-Hant'] as const) {
        for (const chart of ['field', 'amounts', null]) {
          await openReady(page, `lang=${lang}&slide=3${chart ? `&chart=${chart}` : ''}&country=KZ`);
          const body = page.locator('.slide__body');
          await expect(body.locator('svg').first()).toBeVisible();
          await page.evaluate(() => document.fonts.ready);
          // Shrinking follows the chart's own re-layout: wait until it has settled.
          await expect
            .poll(() => body.evaluate((el) => el.scrollHeight - el.clientHeight), { message: `${lang} ${chart ?? 'level'} overflow`, timeout: 5_000 })
            .toBeLessThanOrEqual(1);
          await expect(body.locator('.breakdown-chart__bar').first()).toBeVisible();
        }
      }
      // Switching mode on the slide refits it too.
      await page.getByRole('button', { name: '國家及層面' }).click();
      await page.getByRole('button', { name: '領域' }).click();
      await expect.poll(() => page.locator('.slide__body').evaluate((el) => el.scrollHeight - el.clientHeight), { timeout: 5_000 }).toBeLessThanOrEqual(1);
    });
  }
});

test('print shows the views and their source lines, and no controls', async ({ page }) => {
  await openReady(page, 'lang=en&country=KZ');
  await expect(page.locator('.leaflet-container')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const visibleControls = await page.evaluate(
    () =>
      [...document.querySelectorAll('button, select, input, textarea, summary, [role="button"], [role="slider"]')]
        // Marks inside a chart and city markers on the map are the picture (printed), not controls;
        // day labels, outcome cards and the explorer's column headers are buttons that carry content
        // and print as text.
        .filter((el) => !el.closest('svg, .leaflet-marker-pane') && !el.matches('.tl-day__button, .tl-outcome__button, .explorer__sort') && el.checkVisibility())
        .map((el) => el.outerHTML.slice(0, 120)),
  );
  expect(visibleControls).toEqual([]);
  await expect(page.getByRole('heading', { level: 2, name: 'Agreements' })).toBeVisible();
  await expect(page.locator('.source-note').first()).toBeVisible();
  // The map prints as the drawing made for paper, not as the live map with its controls
  // (the pages themselves: print.spec.ts).
  await expect(page.locator('#view-map .map-print')).toBeVisible();
  await expect(page.locator('.leaflet-container')).toBeHidden();
});

test('the A4 print keeps outcome titles, day labels and every explorer column header, and no heading ends a page', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await openReady(page, 'lang=en');
  await page.emulateMedia({ media: 'print' });
  const expected = await page.evaluate(() => ({
    outcomes: [...document.querySelectorAll('.tl-outcome__title')].map((el) => el.textContent!.trim()),
    days: [...document.querySelectorAll('.tl-day__number')].map((el) => el.textContent!.trim()),
    columns: [...document.querySelectorAll('.explorer__table thead th')].map((el) => (el as HTMLElement).innerText.trim()),
    headings: [...document.querySelectorAll('main h2, main h3')].filter((el) => (el as HTMLElement).checkVisibility()).map((el) => (el as HTMLElement).innerText.trim()),
  }));
  expect(expected.outcomes.length).toBeGreaterThan(0);
  expect(expected.columns.length).toBeGreaterThan(1);
  const path = testInfo.outputPath('print.pdf');
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  const flat = text.replace(/\s+/g, ' ');
  for (const title of expected.outcomes) expect(flat, 'outcome title').toContain(title.replace(/\s+/g, ' '));
  for (const day of expected.days) expect(flat, 'day label').toContain(day);
  for (const column of expected.columns) expect(flat, 'explorer column').toContain(column.replace(/\s+/g, ' '));
  const pages = text.split('\f').filter((p) => p.trim());
  expect(pages.length).toBeGreaterThan(3);
  // A heading whose words also appear elsewhere (a country's name labels cards and bars too) cannot be
  // told from those by its text in the PDF: only headings with words of their own are checked.
  const lines = text.split('\n').map((l) => l.trim());
  const ownHeadings = expected.headings.filter((h) => lines.filter((l) => l === h).length === 1);
  expect(ownHeadings.length).toBeGreaterThan(10);
  for (const [i, pageText] of pages.entries()) {
    const pageLines = pageText.split('\n').map((l) => l.trim()).filter(Boolean);
    expect(ownHeadings, `page ${i + 1} ends with a heading`).not.toContain(pageLines.at(-1));
  }
});

test('no A4 page holds a line or two alone: the credit prints under the masthead, not on a last page of its own', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  for (const lang of ['en', 'zh-Hant'] as const) {
    await openReady(page, `lang=${lang}`);
    await page.emulateMedia({ media: 'print' });
    const path = testInfo.outputPath(`print-${lang}.pdf`);
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    const pages = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((p) => p.trim())
      .map((p) => p.split('\n').filter((l) => l.trim()));
    for (const [i, lines] of pages.entries()) expect(lines.length, `${lang}: page ${i + 1} of ${pages.length} (${lines[0]})`).toBeGreaterThanOrEqual(5);
    // The credit ("Figures from …") is on the first page, with the masthead.
    const credit = await page.locator('.footer').innerText();
    expect(pages[0]!.join(' ').replace(/\s+/g, '')).toContain(credit.replace(/\s+/g, '').slice(0, 20));
    await page.emulateMedia({ media: 'screen' });
  }
});

// The explorer draws 50 rows at a time on screen; paper has no "Show more", so the print holds every
// row of the current filter. The trip has fewer rows than a page: generated agreements make more.
test('the print holds every explorer row of the filter, not only the first page', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const dataset = makeSyntheticDataset(readRealDataset(), { agreements: 120, events: 0, seed: 3 });
  const body = JSON.stringify(dataset);
  await page.route('**/data/trip.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await openReady(page, 'lang=en&country=KZ');
  const rows = page.locator('.explorer__table tbody tr');
  const firstPage = await page.locator('.explorer__table tbody .explorer__title').allInnerTexts();
  expect(firstPage, 'the screen shows one page').toHaveLength(50);
  const kzTitles = dataset.agreements.filter((a) => a.country === 'KZ').map((a) => a.title.en);
  const later = kzTitles.filter((title) => !firstPage.includes(title));
  expect(later.length).toBeGreaterThan(0);
  await page.emulateMedia({ media: 'print' });
  // Every row of the filter (Kazakhstan's named items and its totals rows), and no other country's.
  const kzRows = kzTitles.length + dataset.agreementCounts.filter((c) => c.country === 'KZ').length;
  await expect(rows).toHaveCount(kzRows);
  const path = testInfo.outputPath('print-rows.pdf');
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  const flat = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  // The shortest titles beyond the first page stay on one line of the PDF's text.
  for (const title of later.sort((a, b) => a.length - b.length).slice(0, 3)) expect(flat, 'a row beyond the first page').toContain(title);
  // Back on screen, the page of rows returns.
  await page.emulateMedia({ media: 'screen' });
  await expect(rows).toHaveCount(50);
});

test('copy as briefing text puts a summary of the selection on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openReady(page, 'lang=en&country=KZ');
  await page.getByRole('button', { name: 'Copy as briefing text' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Briefing text copied to the clipboard.' })).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('61 of the 96 agreements and MoUs were with Kazakhstan: 8 government, 53 non-government.');
  expect(text).toContain('Ta Kung Pao, 6 June 2026, page A1');
  expect(text).toContain('country=KZ');
});

test('a figure’s source line links to its data note', async ({ page }) => {
  await openReady(page, 'lang=en');
  const link = page.getByRole('region', { name: 'The trip in figures' }).getByRole('link', { name: /^Data note \d+: / }).first();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^#note-/);
  await link.click();
  await expect(page.locator(href!)).toBeFocused();
});

test.describe('简体中文', () => {
  async function expectSimplified(page: Page) {
    // The language switch names 繁體中文 in its own script (lang="zh-Hant"), as language menus do.
    const text = await page.evaluate(() => {
      const own = [...document.querySelectorAll<HTMLElement>('body [lang="zh-Hant"]')];
      for (const el of own) el.style.display = 'none';
      const visible = document.body.innerText;
      for (const el of own) el.style.display = '';
      return visible;
    });
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    const traditionalLeft = [...new Set([...text].filter((char) => toSimplified(char) !== char))];
    expect(traditionalLeft, 'Traditional-only characters on the page').toEqual([]);
    expect(toSimplified(text) === text, 'the page text is unchanged by the converter').toBe(true);
  }

  test('?lang=zh-Hans shows Simplified Chinese throughout the dashboard', async ({ page, watch }) => {
    await openReady(page, 'lang=zh-Hans');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.getByRole('button', { name: '简体中文' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('region', { name: '行程地图' })).toBeVisible();
    await expectSimplified(page);
    expect(watch.externalRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('every slide is Simplified too', async ({ page }) => {
    await openReady(page, 'lang=zh-Hans&slide=1');
    for (let slide = 1; slide <= 6; slide++) {
      await expect(page.getByText(`${slide} / 6`, { exact: true })).toBeVisible();
      await expect(page.locator('.view-loading')).toHaveCount(0);
      await expectSimplified(page);
      await page.keyboard.press('ArrowRight');
    }
  });

  test('switching from English loads the table and converts in place', async ({ page }) => {
    await openReady(page, 'lang=en');
    await page.getByRole('button', { name: '简体中文' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.getByRole('heading', { level: 1, name: '出访图鉴' })).toBeVisible();
    await expect(page).toHaveURL(/lang=zh-Hans/);
  });
});

test.describe('PowerPoint download', () => {
  /** The downloaded file read back: a zip with content types, one slide XML per deck slide. */
  async function readPptx(path: string) {
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const zip = await JSZip.loadAsync(bytes);
    expect(zip.file('[Content_Types].xml')).not.toBeNull();
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    return { zip, slides };
  }

  test('from the header, under the strict CSP, in the reader\'s language and selection', async ({ page, watch }) => {
    await recordCspViolations(page);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await openReady(page, 'lang=zh-Hant&country=UZ');
    // pptxgenjs (in the makePptxFile chunk) is no part of loading the page, every view shown …
    expect(scripts.filter((url) => url.includes('makePptxFile'))).toEqual([]);
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: '下載PowerPoint（.pptx）' }).click();
    const download = await downloadPromise;
    // … it loads when the file is asked for.
    expect(scripts.filter((url) => url.includes('makePptxFile'))).toHaveLength(1);
    expect(download.suggestedFilename()).toMatch(/^mission-atlas-zh-Hant-uz-\d{4}-\d{2}-\d{2}\.pptx$/);
    const { zip, slides } = await readPptx((await download.path())!);
    expect(slides).toHaveLength(6);
    const first = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect(first).toContain('數字看行程');
    expect(first).toContain('lang="zh-HK"');
    await expect(page.getByText('PowerPoint檔案已儲存（共6張投影片）。')).toBeVisible();
    expect(await cspViolations(page)).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('from presentation mode, with the route map as a 1920 × 1080 picture', async ({ page, watch }) => {
    await recordCspViolations(page);
    await openReady(page, 'lang=en&slide=3');
    const deck = page.getByRole('region', { name: 'Briefing slides' });
    const downloadPromise = page.waitForEvent('download');
    await deck.getByRole('button', { name: 'Download PowerPoint (.pptx)' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^mission-atlas-en-all-\d{4}-\d{2}-\d{2}\.pptx$/);
    const { zip, slides } = await readPptx((await download.path())!);
    expect(slides).toHaveLength(6);
    const media = Object.keys(zip.files).filter((f) => /^ppt\/media\/.+\.png$/.test(f));
    expect(media).toHaveLength(1);
    expect(pngSize(Buffer.from(await zip.file(media[0]!)!.async('uint8array')))).toEqual({ width: 1920, height: 1080 });
    const mapSlide = await zip.file('ppt/slides/slide2.xml')!.async('string');
    expect(mapSlide).toMatch(/descr="Map of the route through Hong Kong, Astana and Tashkent/);
    await expect(page.getByText('PowerPoint file saved (6 slides).')).toBeVisible();
    // Still on the same slide, still working.
    await expect(deck.getByText('3 / 6', { exact: true })).toBeVisible();
    expect(await cspViolations(page)).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('says clearly when the file cannot be made, and the page keeps working', async ({ page }) => {
    await openReady(page, 'lang=en&slide=1');
    await page.route('**/data/basemap.json', (route) => route.fulfill({ status: 503, body: 'down' }));
    await page.getByRole('button', { name: 'Download PowerPoint (.pptx)' }).click();
    await expect(page.getByText('The PowerPoint file could not be made: base map: 503')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText('2 / 6', { exact: true })).toBeVisible();
  });
});
