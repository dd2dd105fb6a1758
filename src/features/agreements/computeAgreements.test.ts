import { describe, expect, it } from 'vitest';
import { loadExampleDataset } from '../../../tests/fixtures/missions';
import {
  agreementsOnDay,
  buildExplorerRows,
  buildSearchIndex,
  computeAmountBreakdown,
  computeCountryBreakdown,
  computeFieldBreakdown,
  computeOutcomeLinks,
  filterExplorerRows,
  sortExplorerRows,
  statusStage,
  type ExplorerFilters,
  type ExplorerRow,
} from './computeAgreements';
import { fixtureAgreements, fixtureCounts, fixtureTrip } from './__fixtures__/smallDataset';

/** The countries of the small fixture, in trip.json's order. */
const CODES = ['KZ', 'UZ'];

/** The fictional example mission (tests/fixtures/missions/example): this trip's figures are in data/checks/. */
const example = loadExampleDataset();
const EXAMPLE_CODES = example.trip.countries.map((c) => c.code);

const describeAggregate = () => ({ title: { en: 'Total', zhHant: '總數' }, summary: { en: 'Reported', zhHant: '報道' } });
const noFilters: ExplorerFilters = { country: null, level: null, field: null, status: null, q: '' };

describe('computeCountryBreakdown', () => {
  it('sums each country by level and drops nothing that has documents', () => {
    expect(computeCountryBreakdown(fixtureCounts, null, CODES)).toEqual([
      { country: 'KZ', levels: [{ level: 'government', count: 1 }, { level: 'non-government', count: 2 }], total: 3 },
      { country: 'UZ', levels: [{ level: 'government', count: 2 }, { level: 'non-government', count: 0 }], total: 2 },
    ]);
  });
  it('keeps only the filtered country', () => {
    expect(computeCountryBreakdown(fixtureCounts, 'UZ', CODES).map((r) => r.country)).toEqual(['UZ']);
  });
  it('gives each country of a mission its two levels and total, adding up to its stated total', () => {
    const rows = computeCountryBreakdown(example.agreementCounts, null, EXAMPLE_CODES);
    expect(rows.map((r) => [r.country, r.levels.map((l) => l.count), r.total])).toEqual([
      ['MN', [2, 5], 7],
      ['KG', [1, 3], 4],
      ['TJ', [1, 2], 3],
    ]);
    expect(rows.reduce((s, r) => s + r.total, 0)).toBe(example.trip.agreements.total);
  });
});

describe('computeFieldBreakdown', () => {
  it('counts named documents by field and keeps the rest apart, per country', () => {
    const result = computeFieldBreakdown(fixtureAgreements, fixtureCounts, null, CODES);
    expect(result.fields.map((f) => [f.key, f.total])).toEqual([
      ['finance', 1],
      ['aviation', 1],
      ['industry', 1],
    ]);
    expect(result.notItemised.byCountry.map((c) => [c.country, c.count])).toEqual([
      ['KZ', 1],
      ['UZ', 1],
    ]);
    expect(result.named + result.notItemised.total).toBe(result.total);
    expect(result.outsideTotal.map((a) => a.id)).toEqual(['uz-office']);
  });
  it('follows the country filter', () => {
    const result = computeFieldBreakdown(fixtureAgreements, fixtureCounts, 'KZ', CODES);
    expect(result.total).toBe(3);
    expect(result.named).toBe(2);
    expect(result.notItemised.byCountry).toEqual([{ country: 'KZ', count: 1, agreementIds: [] }]);
    expect(result.outsideTotal).toEqual([]);
  });
  it("matches a mission's derived figures: named in the count, and not itemised", () => {
    const result = computeFieldBreakdown(example.agreements, example.agreementCounts, null, EXAMPLE_CODES);
    expect(result.named).toBe(example.derived.agreementTotals.itemised);
    expect(result.notItemised.total).toBe(example.derived.agreementTotals.notItemised);
    expect([result.named, result.notItemised.total]).toEqual([4, 10]);
  });
});

describe('computeAmountBreakdown', () => {
  it('sets the named amounts against the stated total', () => {
    const result = computeAmountBreakdown(fixtureAgreements, fixtureTrip);
    expect(result.namedSum).toBe(50_000_000);
    expect(result.rest).toBe(950_000_000);
    expect(result.qualifier).toBe('over');
  });
});

describe('explorer rows', () => {
  const rows = buildExplorerRows(fixtureAgreements, fixtureCounts, describeAggregate);

  it('puts the four aggregate rows first, then every named agreement', () => {
    expect(rows.map((r) => r.id)).toEqual([
      'total-kz-government',
      'total-kz-non-government',
      'total-uz-government',
      'total-uz-non-government',
      'kz-bourse',
      'kz-factory',
      'uz-flights',
      'uz-office',
    ]);
    expect(rows.find((r) => r.id === 'total-kz-non-government')).toMatchObject({ kind: 'aggregate', count: 2, namedCount: 2 });
    expect(rows.find((r) => r.id === 'uz-office')?.count).toBe(0);
  });

  it('filters by country, level, field and status; field and status leave aggregates out', () => {
    const ids = (f: Partial<ExplorerFilters>) => filterExplorerRows(rows, { ...noFilters, ...f }).map((r) => r.id);
    expect(ids({ country: 'UZ', level: 'government' })).toEqual(['total-uz-government', 'uz-flights', 'uz-office']);
    expect(ids({ field: 'finance' })).toEqual(['kz-bourse']);
    expect(ids({ status: 'planned' })).toEqual(['uz-office']);
  });

  it('searches English and Chinese, case-insensitively, every word', () => {
    const ids = (q: string) => filterExplorerRows(rows, { ...noFilters, q }).map((r) => r.id);
    expect(ids('STOCK exchange')).toEqual(['kz-bourse']);
    expect(ids('交易所')).toEqual(['kz-bourse']);
    expect(ids('stock 交易所')).toEqual(['kz-bourse']);
    expect(ids('nothing-like-this')).toEqual([]);
  });

  it('sorts a copy by the shown text, ties in the default order', () => {
    const input: ExplorerRow[] = [...rows];
    const sorted = sortExplorerRows(input, { key: 'count', direction: 'descending' }, (r) => r.title.en, 'en-GB');
    expect(sorted[0]!.id).toBe('total-kz-non-government');
    expect(input).toEqual(rows);
    // Named rows sort by what the "In the …" column says, so rows that read the same stay together.
    const counted = (order: 'ascending' | 'descending') =>
      sortExplorerRows(rows, { key: 'count', direction: order }, (r) => r.title.en, 'en-GB').map((r) => (r.kind === 'aggregate' ? 'total' : r.counted));
    const runs = (list: readonly (string | null)[]) => list.filter((v, i) => i === 0 || v !== list[i - 1]);
    const ascending = counted('ascending');
    expect(new Set(ascending.filter((v) => v !== 'total')).size).toBeGreaterThan(1);
    expect(runs(ascending)).toEqual([...new Set(ascending)]);
    expect(runs(ascending).at(-1)).toBe('total');
    expect(runs(counted('descending'))).toEqual([...new Set(counted('descending'))]);
    const byTitle = sortExplorerRows(rows, { key: 'title', direction: 'ascending' }, (r) => r.title.en, 'en-GB');
    expect(byTitle.map((r) => r.title.en)).toEqual([...rows.map((r) => r.title.en)].sort((a, b) => a.localeCompare(b, 'en-GB')));
  });
});

describe('search index', () => {
  const rows = buildExplorerRows(fixtureAgreements, fixtureCounts, describeAggregate);
  const extra = (row: ExplorerRow) => (row.country === 'KZ' ? ['Kazakhstan', '哈薩克斯坦'] : ['Uzbekistan', '烏茲別克斯坦']);

  it('finds the same rows as searching row by row, with the words built once', () => {
    const index = buildSearchIndex(rows, extra);
    expect(index.size).toBe(rows.length);
    for (const q of ['', 'stock', '交易所', 'KAZAKHSTAN title', '烏茲別克斯坦 標題uz-flights', 'nothing-like-this']) {
      const filters = { ...noFilters, q };
      expect(filterExplorerRows(rows, filters, index).map((r) => r.id)).toEqual(filterExplorerRows(rows, filters, extra).map((r) => r.id));
    }
    expect(filterExplorerRows(rows, { ...noFilters, q: 'uzbekistan 標題' }, index).map((r) => r.id)).toEqual(['uz-flights', 'uz-office']);
  });

  it('finds Russian text in any case, with ё and е alike, beside English and Chinese', () => {
    const withRussian = fixtureAgreements.map((a) =>
      a.id === 'kz-bourse' ? { ...a, title: { ...a.title, ru: 'Меморандум с биржей' }, summary: { ...a.summary, ru: 'Объём торгов растёт' } } : a,
    );
    const russianRows = buildExplorerRows(withRussian, fixtureCounts, describeAggregate);
    const index = buildSearchIndex(russianRows, extra);
    const found = (q: string) => filterExplorerRows(russianRows, { ...noFilters, q }, index).map((r) => r.id);
    for (const q of ['БИРЖЕЙ', 'меморандум', 'растет', 'РАСТЁТ', 'биржей stock', 'биржей 交易所']) expect(found(q), q).toEqual(['kz-bourse']);
    expect(found('ёлка')).toEqual([]);
  });
});

describe('computeOutcomeLinks', () => {
  const byId = new Map(fixtureAgreements.map((a) => [a.id, a]));

  it('counts the linked agreements by country and finds the field segments that hold them', () => {
    const links = computeOutcomeLinks(['kz-bourse', 'uz-flights', 'uz-office', 'unknown-id'], byId, null, CODES);
    expect(links.total).toBe(3);
    expect(links.byCountry).toEqual([
      { country: 'KZ', count: 1 },
      { country: 'UZ', count: 2 },
    ]);
    // uz-office is outside the headline count, so no bar holds it.
    expect([...links.fieldSegmentIds].sort()).toEqual(['aviation/UZ', 'finance/KZ']);
    expect(links.inBars).toBe(2);
  });

  it('follows the country filter for the bars only', () => {
    const links = computeOutcomeLinks(['kz-bourse', 'uz-flights'], byId, 'KZ', CODES);
    expect(links.total).toBe(2);
    expect([...links.fieldSegmentIds]).toEqual(['finance/KZ']);
    expect(links.fields).toEqual(['finance']);
  });

  it("counts a mission outcome's agreements by country", () => {
    const outcome = example.outcomes.find((o) => o.number === 3)!;
    const links = computeOutcomeLinks(outcome.agreements, new Map(example.agreements.map((a) => [a.id, a])), null, EXAMPLE_CODES);
    expect(links.byCountry).toEqual([{ country: 'KG', count: 1 }]);
    expect([...links.fieldSegmentIds]).toEqual(['tax-customs/KG']);
    expect(links.inBars).toBe(1);
  });

});

describe('status order', () => {
  it('sorts statuses by stage, earliest first, not by their names; reported totals last', () => {
    // Every status once: the example mission's agreements, given one status each in turn.
    const statuses = ['signed', 'initialled', 'agreed', 'talks-to-start', 'planned'] as const;
    const agreements = statuses.map((status, i) => ({ ...example.agreements[i % example.agreements.length]!, id: `a-${status}`, status }));
    const rows = buildExplorerRows(agreements, example.agreementCounts, () => ({
      title: { en: 'total', zhHant: '總數' },
      summary: { en: '', zhHant: '' },
    }));
    const sorted = sortExplorerRows(rows, { key: 'status', direction: 'ascending' }, () => '', 'en');
    expect([...new Set(sorted.map((r) => r.status))]).toEqual(['planned', 'talks-to-start', 'agreed', 'initialled', 'signed', null]);
    const descending = sortExplorerRows(rows, { key: 'status', direction: 'descending' }, () => '', 'en');
    expect([...new Set(descending.map((r) => r.status))]).toEqual(['signed', 'initialled', 'agreed', 'talks-to-start', 'planned', null]);
    expect(statusStage('signed')).toBeGreaterThan(statusStage('agreed'));
  });
});

describe('agreements on a day', () => {
  it('takes the agreements dated that day or tied to an event held that day', () => {
    const eventDate = (id: string) => example.events.find((e) => e.id === id)?.date;
    expect(agreementsOnDay(example.agreements, eventDate, '2031-09-15')).toEqual(['mn-air-services', 'mn-mining-venture']);
    expect(agreementsOnDay(example.agreements, eventDate, '2031-09-16')).toEqual([]);
    // Dated by its event only.
    const undated = example.agreements.map((a) => (a.id === 'kg-customs' ? { ...a, date: null } : a));
    expect(agreementsOnDay(undated, eventDate, '2031-09-18')).toEqual(['kg-customs', 'kg-university-link']);
  });
});
