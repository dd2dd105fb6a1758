/**
 * What a browser fetches without any interaction (issue 16): every JS and CSS file and every data
 * file Chromium requests from loading the page until the network has been idle for a while, at a
 * desktop (1440×900) and a phone (390×844) viewport. Sizes are the built files gzipped at level 9,
 * as in sizes.ts, so these figures and the first-load figure are counted the same way.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { sizeOf, type FileSize } from './sizes';

export interface Viewport {
  name: 'desktop' | 'mobile';
  width: number;
  height: number;
}

export const VIEWPORTS: Viewport[] = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'mobile', width: 390, height: 844 },
];

export interface LoadedFiles {
  viewport: Viewport;
  /** JS and CSS, in the order they were requested. */
  code: FileSize[];
  js: number;
  css: number;
  total: number;
  /** The dataset, the base map and anything else under data/. */
  data: FileSize[];
  dataTotal: number;
}

/** Sums what was fetched; `paths` are the files' paths inside `dir`. */
export function summariseLoaded(viewport: Viewport, dir: string, paths: string[]): LoadedFiles {
  const unique = [...new Set(paths)].filter((p) => existsSync(join(dir, p)));
  const code = unique.filter((p) => /\.(js|css)$/.test(p)).map((p) => sizeOf(dir, p));
  const data = unique.filter((p) => /\.json$/.test(p)).map((p) => sizeOf(dir, p));
  const sum = (files: FileSize[]) => files.reduce((s, f) => s + f.gzip, 0);
  const js = sum(code.filter((f) => f.file.endsWith('.js')));
  const css = sum(code.filter((f) => f.file.endsWith('.css')));
  return { viewport, code, js, css, total: js + css, data, dataTotal: sum(data) };
}

/**
 * Loads `url` in a fresh context and waits until no request has started or finished for `quietMs`
 * (longer than Playwright's 500 ms networkidle: a view chunk that starts loading when a layout
 * settles must still count), then sums what came from `dir`.
 */
export async function measureLoaded(browser: Browser, url: string, dir: string, viewport: Viewport, quietMs = 2000): Promise<LoadedFiles> {
  const mobile = viewport.name === 'mobile';
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    deviceScaleFactor: mobile ? 3 : 1,
    isMobile: mobile,
    hasTouch: mobile,
    locale: 'en-GB',
  });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const base = new URL(url).pathname;
  const paths: string[] = [];
  let lastActivity = Date.now();
  page.on('request', () => (lastActivity = Date.now()));
  page.on('requestfinished', (request) => {
    lastActivity = Date.now();
    const u = new URL(request.url());
    if (u.origin === origin && u.pathname.startsWith(base)) paths.push(decodeURIComponent(u.pathname.slice(base.length)));
  });
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    while (Date.now() - lastActivity < quietMs) await page.waitForTimeout(250);
  } finally {
    await context.close();
  }
  return summariseLoaded(viewport, dir, paths);
}
