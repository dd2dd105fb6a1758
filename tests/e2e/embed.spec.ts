/**
 * Embeds: the code from a view's "Embed" action, pasted into a page on another origin, shows that
 * view with the dashboard's selection, under the embed page's CSP (0 violations), and the frame
 * takes its content's height; the same page cannot frame the dashboard itself. axe on the embed
 * page, every view, three languages.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Frame, type FrameLocator, type Page } from '@playwright/test';
import { servedPolicies } from '../fixtures/servedPolicy';
import { LANGS } from '../../src/i18n/lang';
import { cspViolations, recordCspViolations } from '../fixtures/quality';

const test = base;
const port = Number(process.env.PREVIEW_PORT ?? 4173);
const EMBED_VIEWS = ['map', 'agreements', 'timeline', 'voices', 'economy'] as const;

// Another site: a small server of the test's own on a free port (another port is another origin),
// serving whatever page the test gives it at /host.html, and a page that posts a fake height at /fake.html.
let hostServer: Server;
let hostOrigin = '';
let hostBody = '';
test.beforeAll(async () => {
  hostServer = createServer((req, res) => {
    const fake = req.url?.startsWith('/fake.html');
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(
      fake
        ? '<!doctype html><title>x</title><script>parent.postMessage({ type: "mission-atlas:height", height: 77 }, "*")</script>'
        : `<!doctype html><html lang="en"><head><title>Host</title></head><body><h1>A host page</h1>${hostBody}</body></html>`,
    );
  });
  await new Promise<void>((done) => hostServer.listen(0, 'localhost', done));
  hostOrigin = `http://localhost:${(hostServer.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await new Promise((done) => hostServer.close(done));
});

/** Open a page on the other origin whose body is `body`. */
async function openHostPage(page: Page, body: string) {
  hostBody = body;
  await page.goto(`${hostOrigin}/host.html`);
}

function embedFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().includes('/embed.html'));
  if (!frame) throw new Error('no embed frame');
  return frame;
}

/** The embed has loaded its view: no loading placeholder, no error. */
async function waitForEmbed(target: Page | Frame | FrameLocator) {
  await expect(target.locator('.embed section.panel')).toBeVisible({ timeout: 15_000 });
  await expect(target.locator('.view-loading, .trip-map--loading, .status')).toHaveCount(0, { timeout: 15_000 });
}

test.describe('embedding a view on another site', () => {
  test('the Embed code, pasted on another origin, shows 35, 7 and 28 in Chinese, sized to its content, with 0 CSP violations', async ({ page }) => {
    await recordCspViolations(page);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));

    // The reader's selection on the dashboard: 繁體中文, Uzbekistan.
    await page.goto('./?lang=zh-Hant&country=UZ');
    const agreements = page.locator('section#view-agreements');
    await agreements.getByRole('button', { name: '嵌入' }).click();
    const codes = agreements.getByRole('textbox');
    await expect(codes).toHaveCount(2);
    const iframeCode = await codes.nth(0).inputValue();
    const hostScript = await codes.nth(1).inputValue();
    expect(iframeCode).toContain(`http://localhost:${port}/embed.html?view=agreements&amp;lang=zh-Hant&amp;country=UZ`);
    expect(hostScript).toContain(`event.origin !== "http://localhost:${port}"`);
    await agreements.getByRole('button', { name: '複製代碼' }).click();
    expect(await cspViolations(page)).toEqual([]);

    await openHostPage(page, `${iframeCode}\n${hostScript}`);
    const frameElement = page.locator('iframe[data-mission-atlas-embed]');
    await expect(frameElement).toHaveAttribute('height', '640');
    const frame = page.frameLocator('iframe[data-mission-atlas-embed]');
    await waitForEmbed(frame);
    await expect(frame.getByRole('heading', { level: 2, name: '合作協議' })).toBeVisible();
    const chart = frame.locator('[data-chart="agreements-breakdown"]');
    await expect(chart.getByRole('heading', { name: /35份/ })).toBeVisible();
    // The bar's two parts and its total, each a label of its own in the chart.
    // (The chart is drawn first at a default width, then at the frame's: a narrow part's label shows once it fits.)
    const labels = async () => (await chart.locator('svg[data-chart-svg] text').allTextContents()).map((text) => text.trim());
    await expect.poll(labels).toEqual(expect.arrayContaining(['35', '7', '28']));
    await expect(chart).toContainText('烏茲別克斯坦');
    // Only Uzbekistan's bar, as on the dashboard.
    await expect(chart.locator('svg[data-chart-svg]')).not.toContainText('哈薩克');
    // No header controls and no filters in a plain embed; the link to the whole dashboard keeps the selection.
    await expect(frame.getByRole('group', { name: '語言' })).toHaveCount(0);
    await expect(frame.locator('.explorer')).toBeHidden();
    const link = frame.getByRole('link', { name: '開啟完整資訊板' });
    expect(new URL((await link.getAttribute('href'))!).search).toBe('?lang=zh-Hant&country=UZ');

    // The frame is as tall as its content: the host script took the height the embed posted.
    const contentHeight = () => embedFrame(page).evaluate(() => Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height));
    const frameHeight = () => frameElement.evaluate((el) => Math.round(el.getBoundingClientRect().height));
    await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight())), { timeout: 10_000 }).toBeLessThanOrEqual(1);
    expect(await frameHeight()).not.toBe(640);
    expect(await embedFrame(page).evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
    // It follows its content: opening the table makes it taller.
    const before = await frameHeight();
    await frame.getByRole('button', { name: '以表格顯示' }).click();
    await expect.poll(frameHeight, { timeout: 10_000 }).toBeGreaterThan(before + 50);
    await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight()))).toBeLessThanOrEqual(1);

    expect(await embedFrame(page).evaluate(() => window.__cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the host ignores height messages from other origins', async ({ page }) => {
    await page.goto('./?lang=en');
    await page.locator('section#view-economy').getByRole('button', { name: 'Embed' }).click();
    const hostScript = await page.locator('section#view-economy').getByRole('textbox').nth(1).inputValue();
    // A frame from the host's own origin posting the same message: not the embed's origin, so ignored.
    await openHostPage(page, `<iframe src="${hostOrigin}/fake.html" title="fake" height="300" data-mission-atlas-embed></iframe>\n${hostScript}`);
    const received = page.evaluate(
      () => new Promise<unknown>((done) => window.addEventListener('message', (event) => done(event.data), { once: true })),
    );
    await page.locator('iframe').evaluate((el: HTMLIFrameElement) => el.setAttribute('src', el.getAttribute('src')!));
    expect(await received).toEqual({ type: 'mission-atlas:height', height: 77 });
    expect(await page.locator('iframe').evaluate((el: HTMLIFrameElement) => el.style.height)).toBe('');
  });

  test('the same page cannot frame the dashboard', async ({ page }) => {
    const refused = page.waitForEvent('requestfailed', (request) => request.url() === `http://localhost:${port}/?lang=en`);
    await openHostPage(page, `<iframe src="http://localhost:${port}/?lang=en" title="dashboard" width="800" height="600"></iframe>`);
    // Chromium refuses the response (frame-ancestors 'none') and shows its error page in the frame.
    expect((await refused).failure()?.errorText).toBe('net::ERR_BLOCKED_BY_RESPONSE');
    const child = page.frames().find((f) => f !== page.mainFrame());
    expect(await child!.locator('#root, .app').count()).toBe(0);
    // The control: the same page frames embed.html.
    await openHostPage(page, `<iframe src="http://localhost:${port}/embed.html?view=economy&lang=en" title="economy" width="800" height="600"></iframe>`);
    await waitForEmbed(page.frameLocator('iframe'));
  });

  test('the server sends frame-ancestors * for embed.html only', async ({ request }) => {
    const policies = await servedPolicies(request);
    const embed = await request.get('./embed.html?view=map');
    expect(embed.headers()['content-security-policy']).toBe(policies.embed);
    expect(policies.embed).toContain('frame-ancestors *');
    for (const path of ['./', './index.html', './sw.js', './data/trip.json']) {
      const response = await request.get(path);
      expect(response.headers()['content-security-policy'], path).toBe(policies.dashboard);
    }
    expect(policies.dashboard).toContain("frame-ancestors 'none'");
    expect(policies.dashboard).toContain("worker-src 'self'; manifest-src 'self'");
  });

  test('controls=1 adds the language switch and the country filter', async ({ page }) => {
    await page.goto('./embed.html?view=agreements&lang=en&controls=1');
    await waitForEmbed(page);
    await page.getByRole('group', { name: 'Country' }).getByRole('button', { name: 'Kazakhstan', exact: true }).click();
    await expect(page.locator('[data-chart="agreements-breakdown"]')).toContainText('53');
    await page.getByRole('button', { name: '繁體中文' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '合作協議' })).toBeVisible();
    await expect(page.locator('.explorer')).toBeVisible();
  });
});

test.describe('embeds in Simplified Chinese and of what people said', () => {
  // Characters that are Traditional only: the Simplified form of each differs and is always used.
  const TRADITIONAL_ONLY = /[國協與個這為會說時對議區華經濟貿]/;
  const HEADINGS: Record<string, string> = { map: '行程地图', agreements: '合作协议', voices: '各方说法', economy: '经济与贸易' };

  for (const view of ['map', 'agreements', 'timeline', 'voices', 'economy'] as const) {
    test(`embed.html?view=${view}&lang=zh-Hans is Simplified throughout`, async ({ page }) => {
      await page.goto(`./embed.html?view=${view}&lang=zh-Hans`);
      await waitForEmbed(page);
      if (HEADINGS[view]) await expect(page.getByRole('heading', { level: 2, name: HEADINGS[view] })).toBeVisible();
      const text = await page.locator('.embed').innerText();
      expect(text.length).toBeGreaterThan(100);
      expect(text.match(new RegExp(TRADITIONAL_ONLY.source, 'g')) ?? []).toEqual([]);
      expect(await page.title()).not.toMatch(TRADITIONAL_ONLY);
    });
  }

  test('embed.html?view=voices lists the remarks, follows the country, and the dashboard offers its code', async ({ page }) => {
    await page.goto('./embed.html?view=voices&lang=en');
    await waitForEmbed(page);
    await expect(page.getByRole('heading', { level: 2, name: 'What they said' })).toBeVisible();
    const all = await page.locator('[data-voice]').count();
    expect(all).toBeGreaterThan(3);
    await page.goto('./embed.html?view=voices&lang=en&country=UZ');
    await waitForEmbed(page);
    const uzbek = await page.locator('[data-voice]').count();
    expect(uzbek).toBeGreaterThan(0);
    expect(uzbek).toBeLessThan(all);
    await expect(page.locator('[data-voice][data-country="KZ"]')).toHaveCount(0);

    await page.goto('./?lang=en&country=UZ');
    const voices = page.locator('section#view-voices');
    await voices.getByRole('button', { name: 'Embed' }).click();
    expect(await voices.getByRole('textbox').nth(0).inputValue()).toContain('/embed.html?view=voices&amp;lang=en&amp;country=UZ');
  });

  test("the timeline embed's link to what people said opens the voices embed with the same selection", async ({ page }) => {
    await page.goto('./embed.html?view=timeline&lang=en&country=UZ');
    await waitForEmbed(page);
    await page.getByRole('link', { name: /^What they said:/ }).click();
    await expect(page).toHaveURL(/\/embed\.html\?view=voices&lang=en&country=UZ$/);
    await waitForEmbed(page);
    await expect(page.locator('[data-voice]').first()).toBeVisible();
  });
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

test.describe('axe: 0 violations on the embed page', () => {
  for (const lang of LANGS) {
    for (const view of EMBED_VIEWS) {
      test(`${view} (${lang})`, async ({ page }) => {
        await page.goto(`./embed.html?view=${view}&lang=${lang}`);
        await waitForEmbed(page);
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  }
});
