/** This trip's agreement figures, as the agreement computations give them (src/features/agreements/computeAgreements.ts). */
import { describe, expect, it } from 'vitest';
import { agreementsOnDay, buildExplorerRows, computeCountryBreakdown, computeFieldBreakdown, computeOutcomeLinks, sortExplorerRows, statusStage } from '../../src/features/agreements/computeAgreements';
import { loadMissionDataset } from './mission';

const dataset = loadMissionDataset();
const CODES = ['KZ', 'UZ'];

describe('agreement counts', () => {
  it('gives 61 and 35 (8 + 53, 7 + 28) for the real data, 96 in all', () => {
    const rows = computeCountryBreakdown(dataset.agreementCounts, null, CODES);
    expect(rows.map((r) => [r.country, r.levels.map((l) => l.count), r.total])).toEqual([
      ['KZ', [8, 53], 61],
      ['UZ', [7, 28], 35],
    ]);
    expect(rows.reduce((s, r) => s + r.total, 0)).toBe(dataset.derived.agreementTotals.total);
  });
  it('matches the derived figures of the real data: 6 named, 90 not itemised', () => {
    const d = dataset;
    const result = computeFieldBreakdown(d.agreements, d.agreementCounts, null, CODES);
    expect(result.named).toBe(d.derived.agreementTotals.itemised);
    expect(result.notItemised.total).toBe(d.derived.agreementTotals.notItemised);
  });
  it('gives outcome 2 of the real data six agreements: five with Kazakhstan, one with Uzbekistan', () => {
    const real = dataset;
    const outcome = real.outcomes.find((o) => o.number === 2)!;
    const links = computeOutcomeLinks(outcome.agreements, new Map(real.agreements.map((a) => [a.id, a])), null, CODES);
    expect(links.byCountry).toEqual([
      { country: 'KZ', count: 5 },
      { country: 'UZ', count: 1 },
    ]);
    expect(links.inBars).toBe(6);
  });
});

describe('status order', () => {
  it('sorts statuses by stage, earliest first, not by their names; reported totals last', () => {
    const rows = buildExplorerRows(
      dataset.agreements,
      dataset.agreementCounts,
      () => ({ title: { en: 'total', zhHant: '總數' }, summary: { en: '', zhHant: '' } }),
    );
    const sorted = sortExplorerRows(rows, { key: 'status', direction: 'ascending' }, () => '', 'en');
    const stages = [...new Set(sorted.map((r) => r.status))];
    expect(stages).toEqual(['planned', 'talks-to-start', 'agreed', 'initialled', 'signed', null]);
    const descending = sortExplorerRows(rows, { key: 'status', direction: 'descending' }, () => '', 'en');
    expect([...new Set(descending.map((r) => r.status))]).toEqual(['signed', 'initialled', 'agreed', 'talks-to-start', 'planned', null]);
    expect(statusStage('signed')).toBeGreaterThan(statusStage('agreed'));
  });
});

describe('agreements on a day', () => {
  it('takes the agreements dated that day or tied to an event held that day', () => {
    const model = dataset;
    const eventDate = (id: string) => model.events.find((e) => e.id === id)?.date;
    // The reports give no day for the Tashkent items (the consulate-general included) or the Kazakhstan results.
    expect(agreementsOnDay(model.agreements, eventDate, '2026-06-04')).toEqual([]);
    expect(agreementsOnDay(model.agreements, eventDate, '2026-06-02')).toEqual([]);
    expect(agreementsOnDay(model.agreements, eventDate, '2026-06-01')).toEqual(['hketo-kazakhstan']);
    expect(agreementsOnDay(model.agreements, eventDate, '2026-06-03')).toEqual([]);
  });
});
