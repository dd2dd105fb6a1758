/**
 * Accessibility gates: axe-core with the WCAG 2.2 A/AA and best-practice rules on the whole page
 * (every view, both languages, filtered, after using every control, and the error state): 0
 * violations. A keyboard walk-through (every control reachable, focus visible, no trap) and text
 * resized to 200 %.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LANGS } from '../../src/i18n/lang';
import { countryFilterButton, cspViolations, exerciseViews, openViews, recordCspViolations, waitForViews } from '../fixtures/quality';
import { expect, test } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** One readable block per violation: rule, impact, help, and the first nodes with their failure. */
function describeViolations(violations: AxeResults['violations']): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 6)
        .map((n) => `    ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      const more = v.nodes.length > 6 ? `\n    … and ${v.nodes.length - 6} more` : '';
      return `${v.id} [${v.impact}] ${v.help} (${v.nodes.length} node(s)) ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n\n');
}

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(describeViolations(results.violations), 'axe violations').toBe('');
}

test.describe('axe: 0 violations', () => {
  // axe walks the whole dashboard (six views, every card and row) or all six slides: give it room on a 2-core machine.
  test.describe.configure({ timeout: 60_000 });
  for (const lang of LANGS) {
    test(`every view (${lang})`, async ({ page }) => {
      await openViews(page, `lang=${lang}`);
      await expectNoViolations(page);
    });

    test(`filtered by country (${lang})`, async ({ page }) => {
      await openViews(page, `lang=${lang}&country=${lang === 'zh-Hant' ? 'UZ' : 'KZ'}`);
      await expectNoViolations(page);
    });

    // The same pass is the strict CSP's gate (scripts/csp.ts): no violation in any view or interaction.
    test(`after using every control, with no CSP violation (${lang})`, async ({ page, watch }) => {
      test.setTimeout(90_000);
      await recordCspViolations(page);
      await openViews(page, `lang=${lang}`);
      for (const country of ['KZ', 'UZ', null] as const) {
        await page.locator(`.segmented--filter [data-country="${country ?? 'all'}"]`).click();
        await waitForViews(page);
      }
      await exerciseViews(page);
      expect(await cspViolations(page)).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
      // Back at the top, as a reader returns: wherever the pass stopped scrolling, the sticky language
      // bar lay over the map's toolbar, which axe counts as an obscured target.
      await page.evaluate(() => window.scrollTo(0, 0));
      // The pass leaves the map zoomed in on a city: its venues' targets (clustered where they would
      // overlap) and the toolbar above the map (which a zoomed-in country shape reaching past the
      // map's edge used to overlap in axe's eyes) are checked like every other target.
      await expectNoViolations(page);
    });

    test(`the error state (${lang})`, async ({ page }) => {
      await page.route('**/data/trip.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
      await page.goto(`./?lang=${lang}`);
      await expect(page.getByRole('alert')).toBeVisible();
      await page.locator('.status__detail summary').click();
      await expectNoViolations(page);
    });
  }

  for (const lang of LANGS) {
    test(`presentation mode, every slide (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.goto(`./?lang=${lang}&slide=1`);
      for (let slide = 1; slide <= 6; slide++) {
        await expect(page.getByText(`${slide} / 6`, { exact: true })).toBeVisible();
        await expect(page.locator('.view-loading, .trip-map--loading')).toHaveCount(0, { timeout: 15_000 });
        await expectNoViolations(page);
        await page.keyboard.press('ArrowRight');
      }
    });
  }

  test('on a phone (390 px)', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openViews(page, 'lang=en');
    await expectNoViolations(page);
  });
});

interface Stop {
  index: number | null;
  label: string;
  focusVisible: boolean;
}

test.describe('keyboard', () => {
  test('Tab reaches every control with visible focus, and there is no trap', async ({ page }) => {
    await openViews(page, 'lang=en');
    // Number every element the Tab key should reach, in document order.
    const tabbables = await page.evaluate(() => {
      const selector =
        'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
      const visible = (el: Element) => {
        const box = el.getBoundingClientRect();
        return (box.width > 0 || box.height > 0) && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[inert], [hidden]');
      };
      const found = [...document.querySelectorAll(selector)].filter((el) => el.getAttribute('tabindex') !== '-1' && visible(el));
      return found.map((el, i) => {
        el.setAttribute('data-qa-tab', String(i));
        return (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim().slice(0, 50) || el.tagName;
      });
    });
    expect(tabbables.length).toBeGreaterThan(5);

    const stops: Stop[] = [];
    const readStop = () =>
      page.evaluate((): Stop => {
        const el = document.activeElement;
        if (!el || el === document.body) return { index: null, label: 'BODY', focusVisible: false };
        const style = getComputedStyle(el);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        const shadow = style.boxShadow !== 'none';
        const tag = el.getAttribute('data-qa-tab');
        const label = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 50)}"`;
        return { index: tag === null ? null : Number(tag), label, focusVisible: outline || shadow };
      });

    await page.locator('body').press('Home');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < tabbables.length + 40; i++) {
      await page.keyboard.press('Tab');
      const stop = await readStop();
      // Past the last control focus leaves the page (body or browser UI), or wraps to the first.
      if (stop.index === null && stop.label === 'BODY' && stops.length > 0) break;
      if (stop.index === 0 && stops.length > 0) break;
      stops.push(stop);
    }
    const reached = new Set(stops.map((s) => s.index));
    const missed = tabbables.filter((_, i) => !reached.has(i));
    expect(missed, 'controls Tab never reached').toEqual([]);
    expect(stops.filter((s) => !s.focusVisible).map((s) => s.label), 'focused without a visible indicator').toEqual([]);

    // The walk passed the named controls of the header in order.
    const labels = stops.map((s) => s.label);
    for (const name of ['Skip to the dashboard', 'English', '繁體中文', 'All', 'Kazakhstan', 'Uzbekistan'])
      expect(labels.some((l) => l.includes(`"${name}`)), `reached ${name}`).toBe(true);

    // Shift+Tab walks back the same way: no trap at the end.
    const tail = stops.filter((s) => s.index !== null).slice(-4);
    await page.locator(`[data-qa-tab="${tail.at(-1)!.index}"]`).focus();
    for (let i = tail.length - 2; i >= 0; i--) {
      await page.keyboard.press('Shift+Tab');
      expect((await readStop()).index).toBe(tail[i]!.index);
    }
  });

  test('the skip link moves focus to the dashboard, and every filter works from the keyboard', async ({ page }) => {
    await openViews(page, 'lang=en');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the dashboard' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();

    await countryFilterButton(page, 'Kazakhstan').focus();
    await page.keyboard.press('Enter');
    await expect(countryFilterButton(page, 'Kazakhstan')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('region', { name: 'The trip in figures' })).toContainText('61');
    await countryFilterButton(page, 'Uzbekistan').focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('region', { name: 'The trip in figures' })).toContainText('35');
    await page.getByRole('button', { name: '繁體中文' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  });
});

test.describe('text resized to 200 %', () => {
  test('the page does not scroll sideways at 1280 px and the headline figures stay readable', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openViews(page, 'lang=en');
    const before = await page.locator('.headline__value').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    // What a reader's "text size 200 %" setting does: the root font size doubles, rem-based text follows.
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    await waitForViews(page);
    const after = await page.locator('.headline__value').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(after).toBeGreaterThan(before * 1.3);

    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      main: (() => {
        const main = document.querySelector('main')!;
        return main.scrollWidth - main.clientWidth;
      })(),
    }));
    expect(overflow).toEqual({ page: 0, main: 0 });

    const values = page.locator('.headline__value');
    for (let i = 0; i < (await values.count()); i++) {
      const value = values.nth(i);
      await expect(value).toBeVisible();
      const clipped = await value.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return el.scrollWidth > el.clientWidth + 1 || box.right > window.innerWidth || box.left < 0;
      });
      expect(clipped, `headline figure ${i} is clipped`).toBe(false);
    }
    // The controls stay usable.
    await countryFilterButton(page, 'Uzbekistan').click();
    await expect(page.getByRole('region', { name: 'The trip in figures' })).toContainText('35');
  });
});
