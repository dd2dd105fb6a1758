import { describe, expect, it } from 'vitest';
import type { HeapBreakdown, HeapFigures } from './interaction';
import { checkBudgets, summaryMarkdown, type BenchResults } from './report';

const KiB = 1024;

function heapAt(jsObjectBytes: number, detachedDomNodes = 0): HeapBreakdown {
  return { usedBytes: 9e6 + jsObjectBytes, jsObjectBytes, codeBytes: 3e6, nativeBytes: 5e6, detachedDomNodes };
}

function heap(start: HeapBreakdown, end: HeapBreakdown, again: HeapBreakdown): HeapFigures {
  return { dataset: 'real', changes: 50, start, end, again };
}

function results(overrides: Partial<Omit<BenchResults, 'budgets'>> = {}): Omit<BenchResults, 'budgets'> {
  return {
    measuredAt: '2026-11-22T00:00:00.000Z',
    commit: 'abc1234',
    environment: { node: 'v20', chromium: '156', cpus: 2, platform: 'linux-x64' },
    sizes: { firstLoad: { files: [], js: 120 * KiB, css: 4 * KiB, total: 124 * KiB }, lazy: { files: [], total: 0 }, data: [] },
    lighthouse: [
      { formFactor: 'mobile', scores: { performance: 98, accessibility: 100, bestPractices: 100, seo: 100 }, lcpMs: 1300, tbtMs: 20, cls: 0, fcpMs: 1000, failedAudits: [], runs: [{ performance: 98, lcpMs: 1300, fcpMs: 1000 }] },
      { formFactor: 'desktop', scores: { performance: 100, accessibility: 100, bestPractices: 100, seo: 100 }, lcpMs: 480, tbtMs: 0, cls: 0, fcpMs: 380, failedAudits: [], runs: [{ performance: 100, lcpMs: 480, fcpMs: 380 }] },
    ],
    filter: [
      { dataset: 'real', agreements: 19, events: 20, loadMs: 900, clicks: 30, eventTiming: { medianMs: 32, p75Ms: 40, maxMs: 48, belowThreshold: 0 }, settled: { medianMs: 300, maxMs: 400 } },
      { dataset: 'synthetic', agreements: 10000, events: 500, loadMs: 2000, clicks: 9, eventTiming: { medianMs: 60, p75Ms: 64, maxMs: 80, belowThreshold: 0 }, settled: { medianMs: 500, maxMs: 700 } },
    ],
    heap: [heap(heapAt(0), heapAt(20 * KiB), heapAt(20 * KiB))],
    ...overrides,
  };
}

const failing = (r: Omit<BenchResults, 'budgets'>) => checkBudgets(r).filter((b) => b.pass === false).map((b) => b.name);

describe('checkBudgets', () => {
  it('passes figures inside every budget of issue 8', () => {
    const checks = checkBudgets(results());
    expect(checks).toHaveLength(14);
    expect(failing(results())).toEqual([]);
  });

  it('fails each figure that crosses its line, and names it', () => {
    const r = results();
    r.sizes.firstLoad.total = 151 * KiB;
    r.lighthouse![0]!.lcpMs = 1501;
    r.lighthouse![1]!.scores.performance = 99;
    r.filter[0]!.eventTiming.p75Ms = 51;
    r.filter[1]!.eventTiming.p75Ms = 201;
    expect(failing(r)).toEqual([
      'First-load JS + CSS (gzip)',
      'Lighthouse desktop performance',
      'Mobile LCP',
      'Filter click to paint, real data (Event Timing p75 of 30 clicks)',
      'Filter click to paint, synthetic data (Event Timing p75 of 9 clicks)',
    ]);
  });

  it('calls steady JS-object growth a leak even when the first 50 changes looked fine', () => {
    const leaking = results({ heap: [heap(heapAt(0), heapAt(10 * KiB), heapAt(70 * KiB))] });
    expect(failing(leaking)).toEqual(['Heap growth over 50 filter changes, real data: JS objects (heap snapshot)']);
  });

  it('fails on any new detached DOM node', () => {
    const detached = results({ heap: [heap(heapAt(0, 2), heapAt(0, 3), heapAt(0, 3))] });
    expect(failing(detached)).toEqual(['Detached DOM nodes after 50 filter changes, real data']);
  });

  it('marks Lighthouse figures "not measured", neither pass nor fail, when it was skipped', () => {
    const checks = checkBudgets(results({ lighthouse: null }));
    const lighthouse = checks.filter((c) => c.name.startsWith('Lighthouse') || c.name === 'Mobile LCP');
    expect(lighthouse).toHaveLength(9);
    expect(lighthouse.every((c) => c.pass === null && c.value === 'not measured')).toBe(true);
  });

  it('writes a summary with the budget table and every Lighthouse run', () => {
    const r = results();
    const text = summaryMarkdown({ ...r, budgets: checkBudgets(r) });
    expect(text).toContain('## Budgets: 14 of 14 pass');
    expect(text).toContain('Every mobile run (performance score, LCP): 98 / 1300 ms.');
    expect(text).toContain('| real, N = 50 | JS objects (budgeted) | 0.000 MB | +20.0 KiB | +0.0 KiB |');
  });
});
