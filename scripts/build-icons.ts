/**
 * The web app manifest's icons, drawn from public/favicon.svg by Chromium (the browser the tests
 * already use, so no image library is needed): 192 and 512 px, and a 512 px maskable icon whose
 * artwork sits inside the central 80 % safe zone on a full-bleed navy square (launchers crop it to a
 * circle or a squircle). The PNGs are committed; rerun after changing the favicon:
 *
 *   npx tsx scripts/build-icons.ts
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NAVY = '#0b2545';

export const ICONS = [
  { file: 'icons/icon-192.png', size: 192, maskable: false },
  { file: 'icons/icon-512.png', size: 512, maskable: false },
  { file: 'icons/icon-maskable-512.png', size: 512, maskable: true },
] as const;

function page(svg: string, size: number, maskable: boolean): string {
  const art = maskable ? Math.round(size * 0.7) : size;
  const uri = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  return `<!doctype html><html><body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${maskable ? NAVY : 'transparent'}">
<img src="${uri}" width="${art}" height="${art}" alt=""></body></html>`;
}

async function main() {
  const svg = readFileSync(resolve(ROOT, 'public/favicon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    for (const icon of ICONS) {
      const tab = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
      await tab.setContent(page(svg, icon.size, icon.maskable));
      await tab.screenshot({ path: resolve(ROOT, 'public', icon.file), omitBackground: !icon.maskable });
      await tab.close();
      console.log(`build-icons: wrote public/${icon.file}`);
    }
  } finally {
    await browser.close();
  }
}

void main();
