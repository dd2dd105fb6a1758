/**
 * Lighthouse (the npm package) in Debian's Chromium through chrome-launcher: mobile (the default
 * config: a mid-range phone, simulated slow 4G and 4x CPU slowdown) and desktop.
 *
 * One run is noisy on a shared 2-core machine (mobile LCP was seen anywhere from 1.06 s to 2.05 s
 * on the same build), so each form factor runs several times against a warmed server and the
 * figures come from the median run, picked the way Lighthouse's own CLI does (computeMedianRun:
 * closest to the median FCP and TTI). Every run's score, LCP, TBT and CLS are kept so the spread
 * shows: the mobile score moves with total blocking time, so its worst run is budgeted, not its median.
 * Several pages (the app and the bare stack) take turns run by run, so a busy spell on the machine
 * falls on both instead of on one of them.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';

export interface LighthouseFigures {
  formFactor: 'mobile' | 'desktop';
  scores: { performance: number; accessibility: number; bestPractices: number; seo: number };
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  /** Audits that did not get full marks, so a failing score says why. */
  failedAudits: string[];
  /** Every run, the median one included: the spread behind the figures above. */
  runs: LighthouseRun[];
}

export interface LighthouseRun {
  performance: number;
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
}

/** A page to measure and the form factors to measure it in. */
export interface LighthouseTarget {
  url: string;
  formFactors: readonly ('mobile' | 'desktop')[];
  /** Files fetched once before the first run, so no run pays for a cold server or disk. */
  warmUpFiles: string[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The first few failing items of an audit (element, issue type or line), to say what to fix. */
function describeItems(details: unknown): string {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  const text = items.slice(0, 3).map((item) => {
    const node = item.node as { selector?: string; snippet?: string } | undefined;
    if (node?.selector) return node.selector;
    const sub = (item.subItems as { items?: Record<string, unknown>[] } | undefined)?.items?.[0];
    return String(item.issueType ?? item.message ?? item.line ?? (sub ? JSON.stringify(sub).slice(0, 120) : JSON.stringify(item).slice(0, 120)));
  });
  return text.length ? ` [${text.join(' | ')}]` : '';
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** Loads the page and its first-load files once, so no run pays for a cold server or disk. */
async function warmUp(url: string, files: string[]) {
  await fetch(url).then((r) => r.arrayBuffer());
  for (const file of files) await fetch(new URL(file, url)).then((r) => r.arrayBuffer());
}

function figuresOf(lhr: Lhr, formFactor: 'mobile' | 'desktop', runs: Lhr[]): LighthouseFigures {
  const score = (run: Lhr, id: string) => Math.round((run.categories[id]?.score ?? 0) * 100);
  const numeric = (run: Lhr, id: string) => run.audits[id]?.numericValue ?? Number.NaN;
  const failedAudits = Object.values(lhr.categories).flatMap((category) =>
    category.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id]!)
      .filter((audit) => audit.score !== null && audit.score < 1)
      .map((audit) => `${category.id}: ${audit.id} (${audit.displayValue ?? Math.round((audit.score ?? 0) * 100) + '%'})${category.id === 'performance' ? '' : describeItems(audit.details)}`),
  );
  return {
    formFactor,
    scores: {
      performance: score(lhr, 'performance'),
      accessibility: score(lhr, 'accessibility'),
      bestPractices: score(lhr, 'best-practices'),
      seo: score(lhr, 'seo'),
    },
    lcpMs: Math.round(numeric(lhr, 'largest-contentful-paint')),
    tbtMs: Math.round(numeric(lhr, 'total-blocking-time')),
    cls: Number(numeric(lhr, 'cumulative-layout-shift').toFixed(3)),
    fcpMs: Math.round(numeric(lhr, 'first-contentful-paint')),
    failedAudits,
    runs: runs.map((run) => ({
      performance: score(run, 'performance'),
      lcpMs: Math.round(numeric(run, 'largest-contentful-paint')),
      fcpMs: Math.round(numeric(run, 'first-contentful-paint')),
      tbtMs: Math.round(numeric(run, 'total-blocking-time')),
      cls: Number(numeric(run, 'cumulative-layout-shift').toFixed(3)),
    })),
  };
}

/**
 * Lighthouse on each target, `runsPerFormFactor` times per form factor, the targets taking turns
 * run by run; one figure set per target and form factor, in the order given.
 */
export async function runLighthouse(targets: readonly LighthouseTarget[], chromePath: string, runsPerFormFactor: number): Promise<LighthouseFigures[][]> {
  for (const target of targets) await warmUp(target.url, target.warmUpFiles);
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const runs = targets.map((target) => target.formFactors.map(() => [] as Lhr[]));
  try {
    for (let i = 0; i < runsPerFormFactor; i++) {
      for (const [t, target] of targets.entries()) {
        for (const [f, formFactor] of target.formFactors.entries()) {
          const result = await lighthouse(
            target.url,
            { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
            formFactor === 'desktop' ? desktopConfig : undefined,
          );
          if (!result) throw new Error(`Lighthouse gave no result for ${formFactor} (${target.url})`);
          if (result.lhr.runtimeError) throw new Error(`Lighthouse ${formFactor} (${target.url}): ${result.lhr.runtimeError.message}`);
          runs[t]![f]!.push(result.lhr);
        }
      }
    }
  } finally {
    chrome.kill();
  }
  return targets.map((target, t) => target.formFactors.map((formFactor, f) => figuresOf(computeMedianRun(runs[t]![f]!), formFactor, runs[t]![f]!)));
}
