/**
 * Screenshots of the dashboard as a user sees it: desktop and phone, all three languages.
 * Usage: tsx scripts/screenshots.ts [baseUrl] [outDir] [extra query, e.g. "country=UZ"]
 * Serve the build first (npm run build && npm run preview).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://localhost:4173/';
const outDir = process.argv[3] ?? 'screenshots/tmp';
const extra = process.argv[4] ?? '';
mkdirSync(outDir, { recursive: true });

const sizes = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
for (const size of sizes) {
  for (const lang of ['en', 'zh-Hant', 'zh-Hans']) {
    const page = await browser.newPage({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: 1 });
    await page.goto(`${base}?lang=${lang}${extra ? `&${extra}` : ''}`);
    await page.waitForSelector('#view-map', { timeout: 15000 });
    await page.waitForTimeout(1500);
    const file = `${outDir}/${size.name}-${lang}${extra ? `-${extra.replace(/[^a-z0-9]+/gi, '_')}` : ''}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(file);
    await page.close();
  }
}
await browser.close();
