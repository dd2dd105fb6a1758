/**
 * Lighthouse (the npm package) in Debian's Chromium through chrome-launcher: mobile (the default
 * config: a mid-range phone, simulated slow 4G and 4x CPU slowdown) and desktop.
 *
 * One run is noisy on a shared 2-core machine (mobile LCP was seen anywhere from 1.06 s to 2.05 s
 * on the same build), so each form factor runs several times against a warmed server and the
 * figures come from the median run, picked the way Lighthouse's own CLI does (computeMedianRun:
 * closest to the median FCP and TTI). Every run's LCP and score are kept so the spread shows.
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
  runs: { performance: number; lcpMs: number; fcpMs: number }[];
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
    })),
  };
}

export async function runLighthouse(
  url: string,
  chromePath: string,
  runsPerFormFactor: number,
  firstLoadFiles: string[],
  formFactors: readonly ('mobile' | 'desktop')[] = ['mobile', 'desktop'],
): Promise<LighthouseFigures[]> {
  await warmUp(url, firstLoadFiles);
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const out: LighthouseFigures[] = [];
  try {
    for (const formFactor of formFactors) {
      const runs: Lhr[] = [];
      for (let i = 0; i < runsPerFormFactor; i++) {
        const result = await lighthouse(
          url,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
          formFactor === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error(`Lighthouse gave no result for ${formFactor}`);
        if (result.lhr.runtimeError) throw new Error(`Lighthouse ${formFactor}: ${result.lhr.runtimeError.message}`);
        runs.push(result.lhr);
      }
      out.push(figuresOf(computeMedianRun(runs), formFactor, runs));
    }
  } finally {
    chrome.kill();
  }
  return out;
}
