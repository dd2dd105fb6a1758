/**
 * Offline after the first visit, and updates: the build's service worker saves the app shell,
 * every view, the dataset and the base map; with the network gone a reload still shows every view
 * with the real figures, the slides and the exports work, and a quiet line says which copy is shown.
 * A second build served at the same origin makes the open page offer "A new version is available:
 * reload", and accepting it brings the whole new build.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';
import { cspViolations, recordCspViolations, waitForViews, viewRegion } from '../fixtures/quality';

const test = base;
test.use({ serviceWorkers: 'allow' });

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = process.env.DIST_DIR ?? 'dist';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The page's service worker is active (the first visit's copy is saved). */
async function waitForSavedCopy(page: Page) {
  const state = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active!;
    if (worker.state !== 'activated') {
      await new Promise<void>((done) => worker.addEventListener('statechange', () => worker.state === 'activated' && done()));
    }
    return worker.state;
  });
  expect(state).toBe('activated');
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

test.describe('installable', () => {
  test('the manifest names the app, its theme colour and its icons (192, 512, maskable)', async ({ page }) => {
    await page.goto('./?lang=en');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const response = await page.request.get(new URL(href!, page.url()).href);
    expect(response.ok()).toBe(true);
    const manifest = (await response.json()) as {
      name: string;
      short_name: string;
      theme_color: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest.name).toContain('Mission Atlas');
    expect(manifest.short_name).toBe('Mission Atlas');
    expect(manifest.theme_color).toBe('#0b2545');
    expect(manifest.display).toBe('standalone');
    const bySize = (size: string, purpose?: string) => manifest.icons.find((i) => i.sizes === size && i.purpose === purpose);
    for (const [size, purpose] of [['192x192'], ['512x512'], ['512x512', 'maskable']] as const) {
      const icon = bySize(size, purpose);
      expect(icon, `${size} ${purpose ?? ''}`).toBeDefined();
      const bytes = await (await page.request.get(new URL(icon!.src, response.url()).href)).body();
      const [w, h] = size.split('x').map(Number);
      expect(pngSize(bytes)).toEqual({ width: w, height: h });
    }
  });
});

test.describe('offline after the first visit', () => {
  test('reload with the network gone: every view, the slides and the exports work, and the offline line shows', async ({ page, context }) => {
    test.setTimeout(90_000);
    const errors = collectErrors(page);
    await recordCspViolations(page);
    await page.goto('./?lang=en');
    await waitForViews(page);
    await waitForSavedCopy(page);

    await context.setOffline(true);
    await page.reload();
    await waitForViews(page);
    // The real figures: 96 agreements in the headline, the map's shapes and places, the chart's bars,
    // the eight outcomes, the economy's cards.
    const headline = page.getByRole('region', { name: 'The trip in figures' });
    await expect(headline).toContainText('96');
    const map = viewRegion(page, 'map');
    await expect(map.locator('.leaflet-overlay-pane path').first()).toBeVisible();
    await expect(map.locator('.leaflet-marker-icon').first()).toBeVisible();
    const agreements = viewRegion(page, 'agreements');
    await expect(agreements.locator('[data-chart="agreements-breakdown"] svg')).toContainText('53');
    await expect(viewRegion(page, 'timeline').locator('.tl-outcome__button')).toHaveCount(8);
    await expect(viewRegion(page, 'economy').locator('.economy__cards > li').first()).toContainText(/\d/);
    await expect(page.getByRole('alert')).toHaveCount(0);

    // The quiet line, with the date the copy was saved (today, in the reader's time zone).
    const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Asia/Hong_Kong' }).format(new Date());
    await expect(page.getByText(/^Offline: showing the copy saved on /)).toContainText(today);

    // The exports.
    for (const format of ['SVG', 'PNG', 'CSV']) {
      const button = agreements.getByRole('button', { name: format, exact: true }).first();
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${format.toLowerCase()}$`));
      const bytes = readFileSync((await download.path())!);
      if (format === 'SVG') expect(bytes.toString('utf8')).toContain('<svg');
      if (format === 'PNG') expect(pngSize(bytes).width).toBeGreaterThan(100);
      if (format === 'CSV') expect(bytes.toString('utf8')).toContain('Uzbekistan');
    }

    // The other languages (简体中文's table is an on-demand chunk, saved with the rest).
    await page.getByRole('button', { name: '繁體中文' }).click();
    await expect(page.getByText(/^離線：顯示於 .+ 儲存的版本$/)).toBeVisible();
    await page.getByRole('button', { name: '简体中文' }).click();
    await expect(page.getByText(/^离线：显示于 .+ 保存的版本$/)).toBeVisible();
    await page.getByRole('button', { name: 'English' }).click();

    // The slides, each with its content and none still loading.
    await page.getByRole('button', { name: 'Present' }).click();
    const deck = page.getByRole('region', { name: 'Briefing slides' });
    for (let slide = 1; slide <= 6; slide++) {
      await expect(deck.getByText(`${slide} / 6`, { exact: true })).toBeVisible();
      await expect(page.locator('.view-loading, .trip-map--loading')).toHaveCount(0, { timeout: 15_000 });
      await expect(deck.getByRole('alert')).toHaveCount(0);
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Home');
    const [slidePng] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save slide as PNG' }).click()]);
    expect(pngSize(readFileSync((await slidePng.path())!))).toEqual({ width: 1920, height: 1080 });
    // The PowerPoint file: pptxgenjs is an on-demand chunk, saved with the rest.
    const [pptx] = await Promise.all([page.waitForEvent('download'), deck.getByRole('button', { name: 'Download PowerPoint (.pptx)' }).click()]);
    expect(pptx.suggestedFilename()).toMatch(/^mission-atlas-en-all-\d{4}-\d{2}-\d{2}\.pptx$/);
    expect(readFileSync((await pptx.path())!).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    await expect(page.getByText('PowerPoint file saved (6 slides).')).toBeVisible();

    expect(await cspViolations(page)).toEqual([]);
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
  });

  test('online again, the line goes', async ({ page, context }) => {
    await page.goto('./?lang=en');
    await waitForViews(page);
    await context.setOffline(true);
    // Not yet controlled by the worker on a first visit: the copy is the one this page loaded.
    await expect(page.getByText(/^Offline: showing the copy (saved|loaded) on /)).toBeVisible();
    await context.setOffline(false);
    await expect(page.getByText(/^Offline:/)).toHaveCount(0);
  });
});

test.describe('updates', () => {
  // Its own server on a port of its own, so the files behind the origin can change under the page.
  const port = Number(process.env.PREVIEW_PORT_2 ?? Number(process.env.PREVIEW_PORT ?? 4173) + 10);
  const nextDist = `${DIST}-next`;
  const nextBuild = `next-${Date.now().toString(36)}`;
  let server: PreviewServer | null = null;

  async function serve(outDir: string) {
    await server?.close();
    server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir }, preview: { port, strictPort: true, open: false } });
  }

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    // A second build of the same code: only its build name differs, as between two deployments.
    execFileSync('npx', ['vite', 'build', '--outDir', nextDist, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: ROOT,
      env: { ...process.env, VITE_BUILD_ID: nextBuild },
      stdio: 'inherit',
    });
  });
  test.afterAll(async () => {
    await server?.close();
  });

  test('a new build at the same origin brings "A new version is available: reload"; reloading brings that build', async ({ page }) => {
    test.setTimeout(90_000);
    const errors = collectErrors(page);
    const origin = `http://localhost:${port}/`;
    const buildOf = () => page.locator('meta[name="mission-atlas-build"]').getAttribute('content');
    await serve(resolve(ROOT, DIST));
    await page.goto(`${origin}?lang=en`);
    await waitForViews(page);
    await waitForSavedCopy(page);
    // A returning reader: the page now runs from the saved copy.
    await page.reload();
    await waitForViews(page);
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    const firstBuild = await buildOf();
    expect(firstBuild).not.toBe(nextBuild);

    await serve(resolve(ROOT, nextDist));
    // What the page does every half hour and when it comes back into view: ask for a new worker.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.getByText('A new version is available:');
    await expect(prompt).toBeVisible({ timeout: 20_000 });
    // Until the reader accepts, the page stays on its own build.
    expect(await buildOf()).toBe(firstBuild);
    await page.getByRole('button', { name: 'reload', exact: true }).click();
    await expect.poll(buildOf, { timeout: 20_000 }).toBe(nextBuild);
    await waitForViews(page);
    await expect(page.getByRole('region', { name: 'The trip in figures' })).toContainText('96');
    await expect(prompt).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});
