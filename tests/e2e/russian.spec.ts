/**
 * Russian, the fourth language this mission offers (trip.json `languages`): the dashboard, a slide and an
 * embed in Russian, with no English interface text left over; the Russian PowerPoint file; the language
 * switch with four options on the narrowest phone.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { appMessages } from '../../src/app/messages';
import { pwaMessages } from '../../src/app/pwa/messages';
import { embedMessages } from '../../src/components/embedMessages';
import { componentMessages } from '../../src/components/messages';
import { embedPanelMessages } from '../../src/components/embedPanelMessages';
import { toolMessages } from '../../src/components/toolMessages';
import { agreementsMessages } from '../../src/features/agreements/messages';
import { briefingMessages } from '../../src/features/briefing/messages';
import { economyMessages } from '../../src/features/economy/messages';
import { mapMessages } from '../../src/features/map/messages';
import { notesMessages } from '../../src/features/notes/messages';
import { timelineMessages } from '../../src/features/timeline/messages';
import { voicesMessages } from '../../src/features/voices/messages';
import appRussian from '../../src/app/messages.ru';
import pwaRussian from '../../src/app/pwa/messages.ru';
import embedRussian from '../../src/components/embedMessages.ru';
import componentRussian from '../../src/components/messages.ru';
import embedPanelRussian from '../../src/components/embedPanelMessages.ru';
import toolRussian from '../../src/components/toolMessages.ru';
import agreementsRussian from '../../src/features/agreements/messages.ru';
import briefingRussian from '../../src/features/briefing/messages.ru';
import economyRussian from '../../src/features/economy/messages.ru';
import mapRussian from '../../src/features/map/messages.ru';
import notesRussian from '../../src/features/notes/messages.ru';
import timelineRussian from '../../src/features/timeline/messages.ru';
import voicesRussian from '../../src/features/voices/messages.ru';
import { expect, openDashboard, showEveryView, test } from './fixtures';

const BUNDLES = [appMessages, pwaMessages, embedMessages, embedPanelMessages, componentMessages, toolMessages, agreementsMessages, briefingMessages, economyMessages, mapMessages, notesMessages, timelineMessages, voicesMessages];
// Each bundle's Russian texts, from the file beside it that the Russian pack loads.
const RUSSIAN = new Map(
  [appRussian, pwaRussian, embedRussian, embedPanelRussian, componentRussian, toolRussian, agreementsRussian, briefingRussian, economyRussian, mapRussian, notesRussian, timelineRussian, voicesRussian].map((table) => [table.id, table.texts]),
);

/**
 * The English interface phrases a Russian page must not show: every English message without a
 * placeholder, of two words or more, that Russian words differently (file names, which stay English,
 * are never shown).
 */
const ENGLISH_PHRASES = [
  ...new Set(
    BUNDLES.flatMap((bundle) =>
      Object.entries(bundle.en as Record<string, string>)
        .filter(([key, text]) => !/^(file|csvFile)/.test(key) && !text.includes('{') && /[A-Za-z]{2,} [A-Za-z]{2,}/.test(text))
        .filter(([key, text]) => RUSSIAN.get(bundle.id)?.[key] !== text)
        .map(([, text]) => text.replace(/[.:…]+$/, '')),
    ),
  ),
];

/** Visible text and the names assistive technology reads, where English could hide. */
async function readableText(target: Page | Frame): Promise<string> {
  return target.locator('body').evaluate((body) => {
    const names = [...body.querySelectorAll('[aria-label], [title], [alt], [placeholder]')].flatMap((el) =>
      ['aria-label', 'title', 'alt', 'placeholder'].map((name) => el.getAttribute(name) ?? ''),
    );
    return [(body as HTMLElement).innerText, ...names].join('\n');
  });
}

function englishLeftIn(text: string): string[] {
  return ENGLISH_PHRASES.filter((phrase) => text.includes(phrase));
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** A text only the Russian pack holds (the headline's name), to tell its chunk among the scripts a page loads. */
const RUSSIAN_PACK_MARK = appRussian.texts.headline;

/** The bodies of the scripts the page fetches from now on. */
function collectScripts(page: Page): string[] {
  const bodies: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    bodies.push(await response.text().catch(() => ''));
  });
  return bodies;
}

test.describe('the Russian pack loads only with Russian', () => {
  test('an English page, every view shown, fetches no script with Russian messages in it', async ({ page }) => {
    const scripts = collectScripts(page);
    await openDashboard(page, 'lang=en');
    await expect(page.getByRole('region', { name: 'The trip in figures' })).toBeVisible();
    expect(scripts.length).toBeGreaterThan(3);
    expect(scripts.filter((body) => body.includes(RUSSIAN_PACK_MARK))).toEqual([]);
  });

  test('the dashboard, a slide and an embed in Russian fetch the pack once and show Russian with no placeholder left', async ({ page, watch }) => {
    const scripts = collectScripts(page);
    await openDashboard(page, 'lang=ru');
    await expect(page.getByRole('region', { name: RUSSIAN_PACK_MARK })).toBeVisible();
    expect(scripts.filter((body) => body.includes(RUSSIAN_PACK_MARK))).toHaveLength(1);
    expect(await readableText(page)).not.toMatch(/\{\w+(, plural)?[},]/);

    await page.goto('./?lang=ru&slide=1');
    await expect(page.getByRole('region', { name: 'Слайды для брифинга' })).toBeVisible();
    expect(await readableText(page)).not.toMatch(/\{\w+(, plural)?[},]/);

    await page.goto('./embed.html?view=timeline&lang=ru');
    await expect(page.locator('.embed section.panel')).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('.view-loading')).toHaveCount(0, { timeout: 15_000 });
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('link', { name: embedRussian.texts.openDashboard })).toBeVisible();
    expect(await readableText(page)).not.toMatch(/\{\w+(, plural)?[},]/);
    expect(watch.consoleErrors).toEqual([]);
  });
});

test.describe('Russian (?lang=ru)', () => {
  test('the dashboard: Russian headings, Казахстан 61 and Узбекистан 35, no English interface text, axe 0', async ({ page, watch }) => {
    // axe over the whole dashboard takes a while on a shared machine.
    test.setTimeout(180_000);
    expect(ENGLISH_PHRASES.length).toBeGreaterThan(100);
    await openDashboard(page, 'lang=ru');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page).toHaveTitle(/^Атлас миссии · /);
    for (const name of ['Карта поездки', 'Соглашения', 'Экономика и торговля', 'Источники и примечания к данным', 'Что говорили'])
      await expect(page.getByRole('region', { name })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Обзор соглашений' })).toBeVisible();
    const agreements = page.locator('#view-agreements');
    await expect(agreements).toContainText('Из 96 документов: Казахстан — 61 и Узбекистан — 35');
    await expect(page.locator('.headline [data-figure="agreements"]')).toContainText('96');
    await expect(page.locator('.headline [data-figure="agreements"]')).toContainText('соглашения и меморандумы');
    await expect(page.locator('.headline [data-figure="amount"]')).toContainText('1,65\u00a0млрд долларов США');
    expect(englishLeftIn(await readableText(page))).toEqual([]);
    await expectNoAxeViolations(page);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('search in Russian finds Russian text, in any case and with ё as е, and English as well', async ({ page }) => {
    await openDashboard(page, 'lang=ru');
    const search = page.getByRole('searchbox', { name: /Поиск/ });
    const explorer = page.locator('#view-agreements table tbody');
    for (const q of ['МФЦА', 'биржей', 'объем', 'HKEX']) {
      await search.fill(q);
      await expect(explorer.locator('tr').first()).toContainText(/МФЦА|биржей|HKEX|объём|объем/i);
    }
  });

  test('a slide in Russian, with its figures and no English interface text, axe 0', async ({ page, watch }) => {
    await page.goto('./?lang=ru&slide=3');
    const deck = page.getByRole('region', { name: 'Слайды для брифинга' });
    await expect(deck).toBeVisible();
    await expect(deck.getByRole('heading', { name: 'Соглашения' })).toBeVisible();
    await expect(deck).toContainText('Казахстан — 61 и Узбекистан — 35');
    expect(englishLeftIn(await readableText(page))).toEqual([]);
    await expectNoAxeViolations(page);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('an embed in Russian shows the agreements view, its figures and no English interface text', async ({ page, watch }) => {
    await page.goto('./embed.html?view=agreements&lang=ru&controls=1');
    await expect(page.locator('.embed section.panel')).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('.view-loading')).toHaveCount(0, { timeout: 15_000 });
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 2, name: 'Соглашения' })).toBeVisible();
    await expect(page.locator('body')).toContainText('Казахстан — 61 и Узбекистан — 35');
    expect(englishLeftIn(await readableText(page))).toEqual([]);
    await expectNoAxeViolations(page);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('the PowerPoint file: Russian text tagged ru-RU, Arial named for Cyrillic, native charts with Russian series', async ({ page }) => {
    await openDashboard(page, 'lang=ru');
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Скачать PowerPoint (.pptx)' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^mission-atlas-ru-all-\d{4}-\d{2}-\d{2}\.pptx$/);
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    const read = (path: string) => zip.file(path)!.async('string');
    const first = await read('ppt/slides/slide1.xml');
    expect(first).toContain('Поездка в цифрах');
    expect(first).toContain('lang="ru-RU"');
    expect(first).not.toMatch(/lang="en-(GB|US)"/);
    expect(first).toContain('<a:latin typeface="Arial" panose="020B0604020202020204" pitchFamily="34" charset="-52"/>');
    const charts = await Promise.all(Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f)).map(read));
    const levels = charts.find((xml) => xml.includes('<c:v>Межправительственные</c:v>'));
    expect(levels, 'a native chart with the levels as series, in Russian').toBeDefined();
    expect(levels).toContain('<c:v>Неправительственные</c:v>');
    expect(levels).toContain('<c:v>Казахстан</c:v>');
    expect(levels).toContain('lang="ru-RU"');
    await expect(page.getByText('Файл PowerPoint сохранён (слайдов: 6).')).toBeVisible();
  });

  test('the language switch keeps four options usable at 320 px: no overflow, 44 px targets', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('./?lang=ru');
    await expect(page.locator('#root:not([data-prerendered]) #view-map')).toBeVisible({ timeout: 15_000 });
    const group = page.getByRole('group', { name: 'Язык' });
    const options = group.getByRole('button');
    await expect(options).toHaveCount(4);
    expect(await options.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('lang')))).toEqual(['en', 'zh-Hant', 'zh-Hans', 'ru']);
    for (const box of await options.evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await options.filter({ hasText: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await showEveryView(page);
  });
});
