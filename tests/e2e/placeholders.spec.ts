/**
 * No message is shown unfilled: a sweep of everything the app writes, in every language it has
 * (LANGS, so a fourth language is swept the day it is added), fails on any `{name}` left in. One
 * test (one browser context) per language: it gathers the texts of the dashboard, the embed code,
 * every slide, every embed view, the tab titles and the exports (CSV, SVG (the PNG is drawn from the
 * same markup), the PowerPoint file's XML, the briefing text and the printed PDF's text), then checks
 * them all at once.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import JSZip from 'jszip';
import { LANGS } from '../../src/i18n/lang';
import { EMBED_VIEWS } from '../../src/store/embedUrl';
import { expect, showEveryView, test } from './fixtures';

/** A placeholder as messages write them: `{count}`, `{sources}`. */
const PLACEHOLDER = /\{[A-Za-z]\w*\}/g;

/** Every text a reader (or a screen reader) can meet on the page: text, labels, titles, field values, the tab title. */
function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest('script, style, noscript') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
    for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder], [aria-description], [aria-valuetext]')) {
      for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'aria-description', 'aria-valuetext']) {
        const value = el.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    for (const field of document.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('textarea, input')) texts.push(field.value);
    texts.push(document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '');
    return texts.filter((text) => text.trim() !== '');
  });
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; path: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: (download as Download).suggestedFilename(), path: (await (download as Download).path())! };
}

/** The texts of a PowerPoint file: every XML part (slides, charts and their sheets' captions, notes). */
async function pptxTexts(path: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const parts = Object.keys(zip.files).filter((name) => name.endsWith('.xml'));
  return Promise.all(parts.map(async (name) => `${name}: ${await zip.file(name)!.async('string')}`));
}

for (const lang of LANGS) {
  test(`no {placeholder} is left in any page, slide, embed or export in ${lang}`, async ({ page, context }) => {
    test.setTimeout(120_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const found: string[] = [];
    const check = (where: string, texts: readonly string[]) => {
      for (const text of texts) for (const match of text.match(PLACEHOLDER) ?? []) found.push(`${where}: ${match} in “${text.slice(0, 160)}”`);
    };

    // The dashboard, every view loaded.
    await page.goto(`./?lang=${lang}`);
    await showEveryView(page);
    check('dashboard', await pageTexts(page));

    // The Embed code of every view that has one (the iframe's title names the view).
    const embedButtons = page.locator('.embed-action > button');
    for (let i = 0; i < (await embedButtons.count()); i++) {
      await embedButtons.nth(i).click();
      await expect(page.locator('.embed-action__panel textarea').first()).toBeVisible();
      check(`embed code ${i + 1}`, await page.locator('.embed-action__panel textarea').evaluateAll((fields) => fields.map((f) => (f as HTMLTextAreaElement).value)));
      // The sweep reads the code, not the layout: the close button is pressed wherever the panel sits.
      await page.locator('.embed-action__close').dispatchEvent('click');
      await expect(page.locator('.embed-action__panel')).toHaveCount(0);
    }

    // Exports: every chart's and table's CSV and SVG (the PNG is the same SVG drawn at 2x).
    for (const format of ['CSV', 'SVG']) {
      const buttons = page.getByRole('button', { name: format, exact: true });
      const n = await buttons.count();
      expect(n, `${format} buttons`).toBeGreaterThan(0);
      for (let i = 0; i < n; i++) {
        const file = await downloadText(page, () => buttons.nth(i).click());
        check(`${format} ${file.name}`, [readFileSync(file.path, 'utf8')]);
      }
    }

    // The briefing text on the clipboard.
    await page.locator('.copy-briefing > button').click();
    await expect(page.locator('.copy-briefing__status')).not.toBeEmpty();
    check('briefing text', [await page.evaluate(() => navigator.clipboard.readText())]);

    // The PowerPoint file, every XML part.
    const pptx = await downloadText(page, () => page.locator('.pptx-download--header > button').click());
    check(`PowerPoint ${pptx.name}`, await pptxTexts(pptx.path));

    // The printed page, as text (pdftotext).
    await page.emulateMedia({ media: 'print' });
    const pdf = test.info().outputPath(`print-${lang}.pdf`);
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    check('printed PDF', [execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })]);
    await page.emulateMedia({ media: 'screen' });

    // Every slide, moving through the deck as a presenter does.
    await page.goto(`./?lang=${lang}&slide=1`);
    const counter = page.locator('.deck').getByText(/^\d+ \/ \d+$/);
    await expect(counter).toBeVisible();
    const total = Number((await counter.innerText()).split('/')[1]);
    for (let slide = 1; slide <= total; slide++) {
      if (slide > 1) await page.keyboard.press('ArrowRight');
      await expect(counter).toHaveText(`${slide} / ${total}`);
      await expect(page.locator('.deck .view-loading')).toHaveCount(0, { timeout: 15_000 });
      check(`slide ${slide}`, await pageTexts(page));
    }

    // Every embed view, with and without its controls.
    for (const view of EMBED_VIEWS) {
      await page.goto(`./embed.html?view=${view}&lang=${lang}&controls=1`);
      await expect(page.locator('.embed section.panel')).toBeVisible({ timeout: 15_000 });
      await expect(page.locator('.view-loading')).toHaveCount(0, { timeout: 15_000 });
      check(`embed ${view}`, await pageTexts(page));
    }

    expect(found, 'placeholders left unfilled').toEqual([]);
  });
}
