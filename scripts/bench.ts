/**
 * `npm run bench`: build the production bundle, serve it (with its CSP, as deployed), and measure
 * it against the budgets of issue 8. Writes bench/results.json and bench/summary.md and prints
 * every budget with PASS/FAIL. Exits 0 even when a budget fails: the figures are the product.
 *
 * It also builds the bare stack (bench/baseline) and measures, in both, every file Chromium loads
 * without interaction at 1440×900 and 390×844, and the bare stack's mobile LCP (issue 16).
 *
 *   npx tsx scripts/bench.ts [--no-lighthouse] [--no-interaction] [--lighthouse-runs 5] [--full] [--port 4306] [--baseline-port 4307]
 * CHROME_PATH picks the browser (default Debian's /usr/bin/chromium).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import type { TripDataset } from '../src/data/schema';
import { launchBrowser, measureFilter, measureHeap, type FilterTiming, type HeapFigures } from './bench/interaction';
import { runLighthouse, type LighthouseFigures } from './bench/lighthouse';
import { measurePptx, type PptxTiming } from './bench/pptx';
import { measureRepeatVisit, type RepeatVisitFigures } from './bench/repeatVisit';
import { baselineFiles, buildBaseline, serveBaseline } from './bench/baseline';
import { measureLoaded, VIEWPORTS, type LoadedFiles } from './bench/loaded';
import { budgetTable, checkBudgets, summaryMarkdown, kib, type BaselineFigures, type BenchResults } from './bench/report';
import { measureBuild } from './bench/sizes';
import { makeSyntheticDataset, SYNTHETIC_DEFAULTS } from './make-synthetic';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = resolve(ROOT, '.tmp/bench-dist');
const BASELINE_DIR = resolve(ROOT, '.tmp/bench-baseline-dist');
const RESULTS_DIR = resolve(ROOT, 'bench');
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const args = process.argv.slice(2);
const withLighthouse = !args.includes('--no-lighthouse');
// --full adds the heap run on the synthetic data (about 2 minutes more while a filter change there is slow).
const full = args.includes('--full');
// --no-interaction skips the filter and heap runs (for a quick look at sizes while working on them).
const withInteraction = !args.includes('--no-interaction');
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : 4306;
const baselinePortArg = args.indexOf('--baseline-port');
const baselinePort = baselinePortArg >= 0 ? Number(args[baselinePortArg + 1]) : port + 1;
const runsArg = args.indexOf('--lighthouse-runs');
// Five runs: the mobile budget holds every run, and the worst of five shows what a reader may get.
const lighthouseRuns = runsArg >= 0 ? Math.max(1, Number(args[runsArg + 1])) : 5;

const step = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

function gitCommit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim();
    return dirty ? `${head} (with uncommitted changes)` : head;
  } catch {
    return 'unknown';
  }
}

async function main() {
  const started = Date.now();
  step('building the production bundle');
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
  const sizes = measureBuild(OUT_DIR);
  step('building the bare stack (bench/baseline)');
  await buildBaseline(ROOT, BASELINE_DIR);

  step('serving it');
  const server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { port, strictPort: false, open: false } });
  const url = server.resolvedUrls?.local[0] ?? `http://localhost:${port}/`;
  const bare = await serveBaseline(ROOT, BASELINE_DIR, baselinePort);
  const realText = readFileSync(resolve(OUT_DIR, 'data/trip.json'), 'utf8');
  const real = JSON.parse(realText) as TripDataset;
  const synthetic = makeSyntheticDataset(real, SYNTHETIC_DEFAULTS);
  const syntheticText = JSON.stringify(synthetic);

  let lighthouse: LighthouseFigures[] | null = null;
  const filter: FilterTiming[] = [];
  const heap: HeapFigures[] = [];
  const pptx: PptxTiming[] = [];
  let repeatVisit: RepeatVisitFigures | null = null;
  const loaded: LoadedFiles[] = [];
  const baseline: BaselineFigures = { loaded: [], lighthouseMobile: null };
  let chromium = 'unknown';
  try {
    if (withLighthouse) {
      step(`Lighthouse, ${lighthouseRuns} runs each: the app mobile and desktop (${url}), the bare stack mobile (${bare.url}), taking turns`);
      const [app, bareStack] = await runLighthouse(
        [
          { url, formFactors: ['mobile', 'desktop'], warmUpFiles: sizes.firstLoad.files.map((f) => f.file) },
          { url: bare.url, formFactors: ['mobile'], warmUpFiles: baselineFiles(BASELINE_DIR) },
        ],
        CHROME_PATH,
        lighthouseRuns,
      );
      lighthouse = app!;
      baseline.lighthouseMobile = bareStack![0] ?? null;
    }
    const browser = await launchBrowser(CHROME_PATH);
    chromium = browser.version();
    try {
      if (withLighthouse) {
        step(`mobile LCP of a first and a repeat visit, with the service worker and with the HTTP cache only, median of ${lighthouseRuns} runs`);
        repeatVisit = await measureRepeatVisit(browser, url, lighthouseRuns);
      }
      for (const viewport of VIEWPORTS) {
        step(`everything loaded without interaction at ${viewport.width}×${viewport.height}, app and bare stack`);
        loaded.push(await measureLoaded(browser, url, OUT_DIR, viewport));
        baseline.loaded.push(await measureLoaded(browser, bare.url, BASELINE_DIR, viewport));
      }
      if (withInteraction) {
      step('country filter on the real data, in Chromium via Playwright');
      filter.push(await measureFilter(browser, url, 'real', null, { agreements: real.agreements.length, events: real.events.length }, 10));
      step(`country filter on the synthetic data (${synthetic.agreements.length} agreements, ${synthetic.events.length} events)`);
      filter.push(
        await measureFilter(browser, url, 'synthetic', syntheticText, { agreements: synthetic.agreements.length, events: synthetic.events.length }, 3),
      );
      for (const lang of ['en', 'zh-Hant']) {
        step(`PowerPoint deck (${lang}): click to download, 4 runs`);
        pptx.push(await measurePptx(browser, url, lang, 4));
      }
      step('heap over 50 filter changes');
      heap.push(await measureHeap(browser, url, 'real', null));
      if (full) heap.push(await measureHeap(browser, url, 'synthetic', syntheticText));
      }
    } finally {
      await browser.close();
    }
  } finally {
    await new Promise<void>((done) => server.httpServer.close(() => done()));
    await new Promise<void>((done) => bare.server.httpServer.close(() => done()));
  }

  const partial = {
    measuredAt: new Date().toISOString(),
    commit: gitCommit(),
    environment: { node: process.version, chromium, cpus: cpus().length, platform: `${process.platform}-${process.arch}` },
    sizes,
    lighthouse,
    loaded,
    baseline,
    filter,
    heap,
    pptx,
    repeatVisit,
  };
  const results: BenchResults = { ...partial, budgets: checkBudgets(partial) };
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(resolve(RESULTS_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(resolve(RESULTS_DIR, 'summary.md'), summaryMarkdown(results));

  console.log(`\n${budgetTable(results.budgets)}\n`);
  for (const l of loaded) {
    const base = baseline.loaded.find((b) => b.viewport.name === l.viewport.name);
    console.log(
      `${l.viewport.name} ${l.viewport.width}×${l.viewport.height}: first load ${kib(sizes.firstLoad.total)}, everything loaded without interaction ${kib(l.total)} JS+CSS` +
        (base ? `, bare stack ${kib(base.total)} (ratio ${(l.total / base.total).toFixed(2)})` : '') +
        `; data ${kib(l.dataTotal)}${base ? ` (bare stack ${kib(base.dataTotal)})` : ''}`,
    );
  }
  const failed = results.budgets.filter((b) => b.pass === false);
  console.log(
    `${results.budgets.length - failed.length} of ${results.budgets.length} budgets pass` +
      (failed.length ? `; failing: ${failed.map((b) => b.name).join(', ')}` : '') +
      `. Took ${Math.round((Date.now() - started) / 1000)} s. Written: bench/results.json, bench/summary.md`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
