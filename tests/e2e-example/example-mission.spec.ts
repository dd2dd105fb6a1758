/**
 * The same dashboard built for a second, clearly fictional mission (tests/fixtures/missions/example:
 * three countries, nine days in 2031, one country with no itemised agreements). Proves that what is
 * specific to a trip lives in its data: the example's countries, cities and counts show, and nothing
 * of the real mission does. The build is `npm run build:example` (dist-example), served on its own port.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LANGS, type Lang } from '../../src/i18n/lang';
import { exerciseViews, VIEW_IDS, viewRegion } from '../fixtures/quality';
import { expect, openDashboard, test } from '../e2e/fixtures';

const missionDir = resolve(import.meta.dirname, '../fixtures/missions/example');
const read = (file: string) => JSON.parse(readFileSync(resolve(missionDir, file), 'utf8'));
const { trip } = read('trip.json');
const { places } = read('places.json');
const realMission = read('../../../../data/trip.json').trip;

type Names = { en: string; zhHant: string };
const countries: { code: string; name: Names }[] = trip.countries;
const cities: { id: string; name: Names; kind?: string }[] = places.filter((p: { id: string }) => p.id !== trip.home.place);
const realCountryNames: string[] = realMission.countries.flatMap((c: { name: Names }) => [c.name.en, c.name.zhHant]);

const pick = (names: Names, lang: string) => (lang === 'en' ? names.en : names.zhHant);

// The languages are the example's own (trip.json `languages`), not every language the app speaks.
const offered: Lang[] = trip.languages;

for (const lang of offered) {
  test.describe(`the example mission (${lang})`, () => {
    test('shows its own countries, figures and views, and nothing of the real mission', async ({ page, watch }) => {
      await openDashboard(page, `lang=${lang}`);
      // Simplified differs from Traditional only in script; the Traditional names are checked there.
      if (lang !== 'zh-Hans') {
        const filter = page.locator('.segmented--filter');
        for (const country of countries) await expect(filter.getByRole('button', { name: pick(country.name, lang), exact: true })).toBeVisible();
      }
      await expect(page.locator('.headline [data-figure="agreements"] .headline__value')).toHaveText(String(trip.agreements.total));
      await expect(page.locator('.headline [data-figure="countries"] .headline__value')).toHaveText(String(countries.length));
      const body = await page.locator('body').innerText();
      for (const name of realCountryNames) expect(body, `the real mission's ${name} on the example's page`).not.toContain(name);
      for (const view of VIEW_IDS) {
        await expect(viewRegion(page, view)).toBeVisible();
        await expect(viewRegion(page, view).locator('.view-error, [role="alert"]')).toHaveCount(0);
      }
      // Every country of the example has a shape on the map.
      for (const country of countries) await expect(page.locator(`#view-map path[data-country="${country.code}"]`)).toHaveCount(1);
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.externalRequests).toEqual([]);
    });
  });
}

test('the language switch offers the example’s languages only, and a link to another falls back to English', async ({ page }) => {
  const notOffered = LANGS.filter((lang) => !offered.includes(lang));
  expect(notOffered.length).toBeGreaterThan(0);
  await openDashboard(page, `lang=${notOffered[0]}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const options = page.getByRole('group', { name: 'Language' }).getByRole('button');
  await expect(options).toHaveCount(offered.length);
  expect(await options.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('lang')))).toEqual(offered);
});

test('the map names the example cities and the timeline has one entry per day', async ({ page, watch }) => {
  await openDashboard(page, 'lang=en');
  const map = viewRegion(page, 'map');
  for (const city of cities.filter((c) => c.kind !== 'venue').slice(0, 3)) await expect(map.getByText(city.name.en).first()).toBeAttached();
  const days = (Date.parse(trip.end) - Date.parse(trip.start)) / 86_400_000 + 1;
  await expect(viewRegion(page, 'timeline').locator('.tl__days > li')).toHaveCount(days);
  expect(watch.consoleErrors).toEqual([]);
});

test('on a phone no route leg label lies over a city’s dot or caption, nor over another label', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openDashboard(page, 'lang=en');
  const leaflet = page.locator('.leaflet-container');
  await leaflet.scrollIntoViewIfNeeded();
  await expect(leaflet.locator('.leg-label [data-leg]').first()).toBeVisible();
  // The labels settle a frame or two after the map is drawn.
  await page.waitForTimeout(500);
  const rects = (selector: string) =>
    leaflet.locator(selector).evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height, text: '' })),
    );
  const labels = await leaflet.locator('.leg-label').evaluateAll((els) =>
    els.map((el) => ({ ...el.getBoundingClientRect().toJSON(), text: el.textContent ?? '' })).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height, text: r.text })),
  );
  const cities = await rects('.map-marker__dot, .map-marker__caption');
  const overlap = (a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) =>
    a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  expect(labels.length).toBeGreaterThanOrEqual(2);
  for (const label of labels) {
    expect(cities.filter((c) => overlap(label, c)), `"${label.text}" over a city`).toEqual([]);
    expect(labels.filter((other) => other !== label && overlap(label, other)).map((o) => o.text), `"${label.text}" over a label`).toEqual([]);
  }
});

test('every control of every view works without an error, and axe finds nothing', async ({ page, watch }) => {
  await openDashboard(page, 'lang=en');
  const used = await exerciseViews(page, 8);
  expect(used.length).toBeGreaterThan(10);
  for (const view of VIEW_IDS) await expect(viewRegion(page, view).locator('.view-error')).toHaveCount(0);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('the slides run from first to last in presentation mode', async ({ page, watch }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?lang=en&slide=1');
  const deck = page.getByRole('region', { name: 'Briefing slides' });
  await expect(deck).toBeVisible();
  const headings: string[] = [];
  for (let i = 0; i < 12; i++) {
    const heading = (await deck.getByRole('heading', { level: 2 }).first().textContent()) ?? '';
    if (headings.includes(heading)) break;
    headings.push(heading);
    await expect(deck.locator('.view-error, [role="alert"]')).toHaveCount(0);
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(150);
  }
  expect(headings.length).toBeGreaterThanOrEqual(5);
  const text = await deck.innerText();
  for (const name of realCountryNames) expect(text).not.toContain(name);
  expect(watch.consoleErrors).toEqual([]);
});
