/**
 * The PowerPoint deck's generation time, as a user meets it: from the click on "Download PowerPoint
 * (.pptx)" in the header to the file's download, in Chromium on the production build. The first
 * click also loads the pptxgenjs chunk; the later ones are the generation alone.
 */
import type { Browser } from '@playwright/test';
import { statSync } from 'node:fs';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
};

export interface PptxTiming {
  lang: string;
  /** Click to download, every run in order (the first loads the chunk). */
  runsMs: number[];
  firstMs: number;
  medianMs: number;
  bytes: number;
}

export async function measurePptx(browser: Browser, url: string, lang: string, runs: number): Promise<PptxTiming> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${url}?lang=${lang}`);
  const button = page.locator('.pptx-download--header button');
  await button.waitFor();
  // The map view's base map has loaded, as it has for a reader who scrolled the page.
  await page.waitForLoadState('networkidle');
  const runsMs: number[] = [];
  let bytes = 0;
  for (let run = 0; run < runs; run++) {
    const downloading = page.waitForEvent('download');
    const started = Date.now();
    await button.click();
    const download = await downloading;
    runsMs.push(Date.now() - started);
    const path = await download.path();
    if (path) bytes = statSync(path).size;
    await page.locator('.pptx-download--header [data-busy]').waitFor({ state: 'detached' });
  }
  await context.close();
  return { lang, runsMs, firstMs: runsMs[0] ?? 0, medianMs: median(runsMs), bytes };
}
