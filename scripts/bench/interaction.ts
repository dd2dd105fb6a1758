/**
 * The country filter, measured in Chromium through Playwright:
 *  - Event Timing (PerformanceObserver 'event', durationThreshold 16): from the click's input to the
 *    next paint after its handlers, the figure Chromium reports as the interaction's latency;
 *  - "settled": from the click to the paint after the last DOM change it caused in any view
 *    (MutationObserver; style/class changes left out, so map pans and CSS transitions do not count);
 *  - heap after 50 filter changes against the start, from heap snapshots (CDP), split into what the
 *    app could leak (JS objects, DOM nodes) and what V8 and Blink grow on their own (compiled code
 *    as functions get hot; the browser's bounded performance-entry buffers).
 */
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';

export interface FilterTiming {
  dataset: string;
  agreements: number;
  events: number;
  /** Navigation to every view rendered. */
  loadMs: number;
  clicks: number;
  /** Event Timing durations; clicks below the 16 ms threshold report nothing and count as 16. */
  eventTiming: { medianMs: number; p75Ms: number; maxMs: number; belowThreshold: number };
  settled: { medianMs: number; maxMs: number };
}

/** One heap snapshot, summed by what its nodes are. */
export interface HeapBreakdown {
  /** V8's used heap size after three forced collections (what the figure used to be on its own). */
  usedBytes: number;
  /** JS objects, arrays, strings, closures, shapes: what the app's own code allocates. */
  jsObjectBytes: number;
  /** Compiled code: grows as V8 optimises hot functions, then stops. */
  codeBytes: number;
  /** Blink and V8 native objects: DOM nodes, style, performance entries. */
  nativeBytes: number;
  /** DOM nodes alive but no longer in the document (the usual shape of a UI leak). */
  detachedDomNodes: number;
}

export interface HeapFigures {
  dataset: string;
  changes: number;
  start: HeapBreakdown;
  /** After `changes` filter changes, on the starting filter state. */
  end: HeapBreakdown;
  /** After as many changes again: a leak keeps growing, a one-time cache does not. */
  again: HeapBreakdown;
}

declare global {
  interface Window {
    __benchEvents?: { name: string; duration: number; interactionId: number }[];
    __benchSettle?: { clickAt: number; lastPaint: number };
  }
}

const COUNTRIES = ['KZ', 'UZ', 'all'] as const;

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};

/**
 * Installed before the app's scripts. A string, not a function: tsx (esbuild, keepNames) would wrap
 * named inner functions in a `__name` helper that does not exist in the page.
 */
const INSTRUMENT = `
  window.__benchEvents = [];
  window.__benchSettle = { clickAt: 0, lastPaint: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__benchEvents.push({ name: e.name, duration: e.duration, interactionId: e.interactionId || 0 });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  // The paint after the current frame: a task posted from requestAnimationFrame runs once it is drawn.
  const afterPaint = () => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { window.__benchSettle.lastPaint = performance.now(); };
    channel.port2.postMessage(0);
  });
  document.addEventListener('click', (e) => {
    window.__benchSettle = { clickAt: e.timeStamp, lastPaint: 0 };
    afterPaint();
  }, true);
  const watch = () => new MutationObserver((records) => {
    if (records.some((r) => r.type !== 'attributes' || (r.attributeName !== 'style' && r.attributeName !== 'class'))) afterPaint();
  }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  if (document.body) watch(); else document.addEventListener('DOMContentLoaded', watch);
`;

async function instrument(page: Page) {
  await page.addInitScript({ content: INSTRUMENT });
}

async function waitForViews(page: Page) {
  await page.locator('section#view-map').waitFor({ timeout: 30_000 });
  // The live app, not the prerendered copy it replaces.
  await page.locator('#root:not([data-prerendered]) section#view-map').waitFor({ timeout: 30_000 });
  // Views below the first screen load as they near the viewport: scroll to each, then back up.
  // Each view starts while its panel is near, so stay at each until its code has loaded.
  for (const v of ['agreements', 'timeline', 'voices', 'economy', 'notes']) {
    await page.locator(`section#view-${v}`).scrollIntoViewIfNeeded();
    await page.locator(`section#view-${v} .view-loading`).waitFor({ state: 'detached', timeout: 30_000 });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction(
    () => ['map', 'agreements', 'timeline', 'economy'].every((v) => document.getElementById(`view-${v}`)) && !document.querySelector('.view-loading'),
    undefined,
    { timeout: 30_000 },
  );
  // Scrolling turned the map's first-screen drawing into the live map: measure once it is in, not
  // while Leaflet is still loading (that had counted its set-up in the heap's first 50 changes).
  await page.locator('#view-map .leaflet-container .leaflet-marker-icon.city-marker').first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(500);
}

/** Waits until the click has been painted and nothing in the page has changed for `quietMs`. */
async function waitForSettle(page: Page, quietMs: number) {
  let last = -1;
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(quietMs);
    const now = await page.evaluate(() => window.__benchSettle!.lastPaint);
    if (now > 0 && now === last) return;
    last = now;
  }
}

async function clickCountry(page: Page, country: (typeof COUNTRIES)[number]) {
  const button = page.locator(`.segmented--filter [data-country="${country}"]`);
  await button.click();
  await page.waitForFunction((c) => document.querySelector(`.segmented--filter [data-country="${c}"]`)?.getAttribute('aria-pressed') === 'true', country);
}

/** `instrumented`: with the timing observers above (they keep every entry, so not for the heap run). */
async function openWith(browser: Browser, url: string, datasetText: string | null, instrumented = true) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  if (instrumented) await instrument(page);
  if (datasetText !== null)
    await page.route('**/data/trip.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: datasetText }));
  const started = Date.now();
  await page.goto(`${url}?lang=en`);
  await waitForViews(page);
  const loadMs = Date.now() - started;
  return { context, page, loadMs };
}

export async function measureFilter(
  browser: Browser,
  url: string,
  label: string,
  datasetText: string | null,
  counts: { agreements: number; events: number },
  rounds: number,
): Promise<FilterTiming> {
  const { context, page, loadMs } = await openWith(browser, url, datasetText);
  await clickCountry(page, 'UZ'); // warm-up: first use of each code path
  await clickCountry(page, 'all');
  await waitForSettle(page, 300);
  const eventDurations: number[] = [];
  const settled: number[] = [];
  let belowThreshold = 0;
  for (let round = 0; round < rounds; round++) {
    for (const country of COUNTRIES) {
      const before = await page.evaluate(() => window.__benchEvents!.length);
      await clickCountry(page, country);
      await waitForSettle(page, 250);
      const { entries, settle } = await page.evaluate((from) => ({ entries: window.__benchEvents!.slice(from), settle: window.__benchSettle! }), before);
      const interaction = entries.filter((e) => e.interactionId > 0 || e.name === 'click');
      if (interaction.length === 0) {
        belowThreshold += 1;
        eventDurations.push(16);
      } else eventDurations.push(Math.max(...interaction.map((e) => e.duration)));
      settled.push(settle.lastPaint - settle.clickAt);
    }
  }
  await context.close();
  return {
    dataset: label,
    ...counts,
    loadMs,
    clicks: eventDurations.length,
    eventTiming: {
      medianMs: quantile(eventDurations, 0.5),
      p75Ms: quantile(eventDurations, 0.75),
      maxMs: Math.max(...eventDurations),
      belowThreshold,
    },
    settled: { medianMs: Math.round(quantile(settled, 0.5)), maxMs: Math.round(Math.max(...settled)) },
  };
}

const JS_OBJECT_TYPES = new Set(['hidden', 'array', 'string', 'object', 'closure', 'regexp', 'number', 'concatenated string', 'sliced string', 'symbol', 'bigint', 'object shape']);

/** A heap snapshot (which collects garbage first), summed by node type, plus V8's used size. */
async function heapBreakdown(cdp: CDPSession): Promise<HeapBreakdown> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const typeNames = snapshot.snapshot.meta.node_types[0];
  const [width, typeAt, nameAt, sizeAt] = [fields.length, fields.indexOf('type'), fields.indexOf('name'), fields.indexOf('self_size')];
  const out: HeapBreakdown = { usedBytes: usedSize, jsObjectBytes: 0, codeBytes: 0, nativeBytes: 0, detachedDomNodes: 0 };
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = typeNames[snapshot.nodes[i + typeAt]!]!;
    const size = snapshot.nodes[i + sizeAt]!;
    if (type === 'code') out.codeBytes += size;
    else if (type === 'native') {
      out.nativeBytes += size;
      if (snapshot.strings[snapshot.nodes[i + nameAt]!]!.startsWith('Detached ')) out.detachedDomNodes += 1;
    } else if (JS_OBJECT_TYPES.has(type)) out.jsObjectBytes += size;
  }
  return out;
}

export async function measureHeap(browser: Browser, url: string, label: string, datasetText: string | null, changes = 50): Promise<HeapFigures> {
  const { context, page } = await openWith(browser, url, datasetText, false);
  const cdp = await context.newCDPSession(page);
  const settleFrame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  // Warm-up: each country three times, so each view's first use of a code path (and the map's
  // first redraws after it turned live) is not counted as growth; the budget is about a change's cost.
  for (let round = 0; round < 3; round++) for (const country of COUNTRIES) await clickCountry(page, country);
  await settleFrame();
  const start = await heapBreakdown(cdp);
  const run = async () => {
    for (let i = 0; i < changes; i++) {
      await clickCountry(page, COUNTRIES[i % COUNTRIES.length]!);
      await settleFrame();
    }
    // End on the state we started from, so the DOM is the same size.
    if (changes % COUNTRIES.length !== 0) for (let i = changes % COUNTRIES.length; i < COUNTRIES.length; i++) await clickCountry(page, COUNTRIES[i]!);
    await page.waitForTimeout(500);
  };
  await run();
  const end = await heapBreakdown(cdp);
  await run();
  const again = await heapBreakdown(cdp);
  await context.close();
  return { dataset: label, changes, start, end, again };
}

export async function launchBrowser(chromePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
}
