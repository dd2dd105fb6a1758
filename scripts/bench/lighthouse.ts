/**
 * Lighthouse (the npm package) in Debian's Chromium through chrome-launcher: mobile (the default
 * config: a mid-range phone, simulated slow 4G and 4x CPU slowdown) and desktop.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';

export interface LighthouseFigures {
  formFactor: 'mobile' | 'desktop';
  scores: { performance: number; accessibility: number; bestPractices: number; seo: number };
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  /** Audits that did not get full marks, so a failing score says why. */
  failedAudits: string[];
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

export async function runLighthouse(url: string, chromePath: string): Promise<LighthouseFigures[]> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const out: LighthouseFigures[] = [];
  try {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      const result = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
        formFactor === 'desktop' ? desktopConfig : undefined,
      );
      if (!result) throw new Error(`Lighthouse gave no result for ${formFactor}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse ${formFactor}: ${lhr.runtimeError.message}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      const failedAudits = Object.values(lhr.categories).flatMap((category) =>
        category.auditRefs
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id]!)
          .filter((audit) => audit.score !== null && audit.score < 1)
          .map((audit) => `${category.id}: ${audit.id} (${audit.displayValue ?? Math.round((audit.score ?? 0) * 100) + '%'})${category.id === 'performance' ? '' : describeItems(audit.details)}`),
      );
      out.push({
        formFactor,
        scores: {
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
        },
        lcpMs: Math.round(numeric('largest-contentful-paint')),
        tbtMs: Math.round(numeric('total-blocking-time')),
        cls: Number(numeric('cumulative-layout-shift').toFixed(3)),
        fcpMs: Math.round(numeric('first-contentful-paint')),
        failedAudits,
      });
    }
  } finally {
    chrome.kill();
  }
  return out;
}
