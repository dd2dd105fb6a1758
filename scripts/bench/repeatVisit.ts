/**
 * Mobile LCP of a first visit and of a repeat visit, with and without the service worker (issue
 * 14), in Chromium under the same emulated phone as Lighthouse's mobile run (slow 4G: 150 ms RTT,
 * 1.6 Mbit/s down; 4x CPU slowdown), applied through the DevTools protocol. The repeat visit opens
 * the page again in the same browser profile: with the worker, the page and its files come from its
 * saved copy; without it (blocked), only from the HTTP cache. Median of N runs, each in a fresh
 * profile. Unlike Lighthouse's simulated figures these are observed ones, so they compare with
 * each other, not with the Lighthouse LCP.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';

export interface RepeatVisitFigures {
  runs: number;
  /** Median LCP in ms, and every run's. */
  firstVisit: { medianMs: number; runsMs: number[] };
  repeatHttpCache: { medianMs: number; runsMs: number[] };
  repeatServiceWorker: { medianMs: number; runsMs: number[] };
}

const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

async function throttle(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** LCP of one load of `url` in `context`, in ms. */
async function lcpOf(context: BrowserContext, url: string): Promise<number> {
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
  return Math.round(lcp);
}

async function waitForWorker(context: BrowserContext, url: string) {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active!;
    if (worker.state !== 'activated') await new Promise<void>((done) => worker.addEventListener('statechange', () => worker.state === 'activated' && done()));
  });
  await page.close();
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function measureRepeatVisit(browser: Browser, url: string, runs: number): Promise<RepeatVisitFigures> {
  const first: number[] = [];
  const repeatHttpCache: number[] = [];
  const repeatServiceWorker: number[] = [];
  for (let run = 0; run < runs; run++) {
    const withWorker = await browser.newContext({ ...MOBILE, serviceWorkers: 'allow' });
    first.push(await lcpOf(withWorker, url));
    await waitForWorker(withWorker, url);
    repeatServiceWorker.push(await lcpOf(withWorker, url));
    await withWorker.close();
    const cacheOnly = await browser.newContext({ ...MOBILE, serviceWorkers: 'block' });
    await lcpOf(cacheOnly, url);
    repeatHttpCache.push(await lcpOf(cacheOnly, url));
    await cacheOnly.close();
  }
  const figure = (values: number[]) => ({ medianMs: median(values), runsMs: values });
  return { runs, firstVisit: figure(first), repeatHttpCache: figure(repeatHttpCache), repeatServiceWorker: figure(repeatServiceWorker) };
}
