/**
 * Mobile LCP of a first visit and of a repeat visit, with and without the service worker, in
 * Chromium under the same emulated phone as Lighthouse's mobile run (slow 4G: 150 ms RTT, 1.6 Mbit/s
 * down; 4x CPU slowdown), applied through the DevTools protocol. The repeat visit opens the page
 * again in the same browser profile: with the worker, the page and its files come from its saved
 * copy; without it (blocked), only from the HTTP cache. Median of N runs, each in a fresh profile.
 *
 *   npx tsx scripts/measure-repeat-visit.ts http://localhost:4173/ [runs]
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';

const url = process.argv[2] ?? 'http://localhost:4173/';
const runs = Number(process.argv[3] ?? 5);

async function throttle(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** LCP of one load of `url` in `context`, in ms. */
async function lcpOf(context: BrowserContext): Promise<number> {
  const page = await context.newPage();
  await throttle(page);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const lcp = await page.evaluate(
    () =>
      new Promise<number>((done) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          done(entries[entries.length - 1]!.startTime);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
  await page.close();
  return lcp;
}

async function waitForWorker(context: BrowserContext) {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active!;
    if (worker.state !== 'activated') await new Promise<void>((done) => worker.addEventListener('statechange', () => worker.state === 'activated' && done()));
  });
  await page.close();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const figures = { first: [] as number[], repeatHttpCache: [] as number[], repeatServiceWorker: [] as number[] };
  const mobile = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
  try {
    for (let run = 0; run < runs; run++) {
      const withWorker = await browser.newContext({ ...mobile, serviceWorkers: 'allow' });
      figures.first.push(await lcpOf(withWorker));
      await waitForWorker(withWorker);
      figures.repeatServiceWorker.push(await lcpOf(withWorker));
      await withWorker.close();
      const cacheOnly = await browser.newContext({ ...mobile, serviceWorkers: 'block' });
      await lcpOf(cacheOnly);
      figures.repeatHttpCache.push(await lcpOf(cacheOnly));
      await cacheOnly.close();
    }
  } finally {
    await browser.close();
  }
  const row = (name: string, values: number[]) => `${name}: median ${Math.round(median(values))} ms (runs: ${values.map((v) => Math.round(v)).join(', ')})`;
  console.log(row('first visit', figures.first));
  console.log(row('repeat visit, HTTP cache only', figures.repeatHttpCache));
  console.log(row('repeat visit, service worker', figures.repeatServiceWorker));
}

void main();
