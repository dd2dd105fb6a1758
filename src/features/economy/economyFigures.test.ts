import { describe, expect, it } from 'vitest';
import { loadExampleDataset } from '../../../tests/fixtures/missions';
import type { EconomicFigure } from '../../data/schema';
import {
  computeTradeBalance,
  economySubjects,
  findSumMismatches,
  isFigureInScope,
  selectFigureGroups,
  selectGrowthRows,
  selectTradeFigures,
} from './economyFigures';

// The fictional example mission (tests/fixtures/missions/example); this trip's figures are checked in data/checks/.
const dataset = loadExampleDataset();
const SUBJECTS = economySubjects(dataset.trip.countries.map((c) => c.code), dataset.economySubjects);

function figure(partial: Partial<EconomicFigure> & Pick<EconomicFigure, 'id' | 'subject' | 'value'>): EconomicFigure {
  return {
    label: { en: partial.id, zhHant: partial.id },
    measure: { en: partial.id, zhHant: partial.id },
    unit: 'usd',
    qualifier: 'exact',
    period: '2025',
    cite: [{ source: 's', section: 'x' }],
    ...partial,
  };
}

describe('computeTradeBalance', () => {
  it('gives a surplus as exports minus imports, without float noise', () => {
    const balance = computeTradeBalance(79_100_000_000, 64_800_000_000);
    expect(balance.balance).toBe(14_300_000_000);
    expect(balance.kind).toBe('surplus');
  });

  it('calls a negative balance a deficit and zero balanced', () => {
    expect(computeTradeBalance(50e9, 64.8e9)).toMatchObject({ balance: -14.8e9, kind: 'deficit' });
    expect(computeTradeBalance(10e9, 10e9).kind).toBe('balanced');
  });
});

describe('selectTradeFigures', () => {
  it('finds exports, imports and the total that sums them in the dataset', () => {
    const trade = selectTradeFigures(dataset.figures);
    expect(trade?.exports.value).toBe(15_000_000_000);
    expect(trade?.imports.value).toBe(12_000_000_000);
    expect(trade?.total?.id).toBe('mn-foreign-trade');
    expect(trade?.balance).toMatchObject({ balance: 3_000_000_000, kind: 'surplus' });
  });

  it('is undefined when a part is missing, or for a country without trade figures', () => {
    expect(selectTradeFigures([figure({ id: 'kz-exports', subject: 'KZ', value: 1, trade: 'exports' })])).toBeUndefined();
    expect(selectTradeFigures(dataset.figures, 'KG')).toBeUndefined();
    expect(selectTradeFigures(dataset.figures, 'MN')?.country).toBe('MN');
  });

  it('takes exports and imports from the figures economy.json marks, whatever their ids', () => {
    const trade = selectTradeFigures([
      figure({ id: 'x', subject: 'FR', value: 5e9, trade: 'imports' }),
      figure({ id: 'y', subject: 'FR', value: 7e9, trade: 'exports' }),
    ]);
    expect(trade).toMatchObject({ country: 'FR', exports: { id: 'y' }, imports: { id: 'x' }, balance: { balance: 2e9, kind: 'surplus' } });
  });
});

describe('findSumMismatches', () => {
  it('finds none in a mission whose total is its parts: 15 + 12 = 27 billion', () => {
    expect(findSumMismatches(dataset.figures)).toEqual([]);
    expect(dataset.figures.some((f) => f.sumOf)).toBe(true);
  });

  it('reports a total that its parts do not make, and parts that are missing', () => {
    const figures = [
      figure({ id: 'a', subject: 'KZ', value: 10e9 }),
      figure({ id: 'b', subject: 'KZ', value: 5e9 }),
      figure({ id: 'total', subject: 'KZ', value: 16e9, sumOf: ['a', 'b'] }),
      figure({ id: 'other', subject: 'KZ', value: 10e9, sumOf: ['a', 'ghost'] }),
    ];
    expect(findSumMismatches(figures)).toEqual([
      { id: 'total', stated: 16e9, summed: 15e9, missing: [] },
      { id: 'other', stated: 10e9, summed: 10e9, missing: ['ghost'] },
    ]);
  });
});

describe('selecting figures by country', () => {
  it('orders the subjects as the data lists them: the trip countries, then the shared subjects', () => {
    expect(SUBJECTS).toEqual(['MN', 'KG', 'TJ', 'HOME-REGION']);
  });

  it('shows every figure of each country and shared subject with no filter, and no trip figure', () => {
    const groups = selectFigureGroups(dataset.figures, null, SUBJECTS);
    expect(groups.map((g) => g.subject)).toEqual(['MN', 'KG', 'TJ', 'HOME-REGION']);
    const shown = groups.flatMap((g) => g.figures.map((f) => f.id));
    const expected = dataset.figures.filter((f) => f.subject !== 'trip').map((f) => f.id);
    expect(shown.sort()).toEqual(expected.sort());
  });

  it("keeps a country's figures, and a shared figure kept under that country, under its filter", () => {
    const groups = selectFigureGroups(dataset.figures, 'MN', SUBJECTS);
    expect(groups.map((g) => g.subject)).toEqual(['MN', 'HOME-REGION']);
    expect(groups[1]?.figures.map((f) => f.id)).toEqual(['home-region-trade-rank']);
  });

  it('keeps only that country under the filter of a country no shared figure names', () => {
    const groups = selectFigureGroups(dataset.figures, 'KG', SUBJECTS);
    expect(groups.map((g) => g.subject)).toEqual(['KG']);
    expect(isFigureInScope(dataset.figures.find((f) => f.id === 'mn-exports')!, 'KG', SUBJECTS)).toBe(false);
  });

  it('picks the growth rows of the countries in scope, the year first then the average', () => {
    expect(selectGrowthRows(dataset.figures, null).map((r) => `${r.country}:${r.kind}:${r.figure.value}`)).toEqual([
      'MN:year:5.1',
      'MN:average:4',
      'KG:year:6.2',
      'TJ:year:7',
    ]);
    expect(selectGrowthRows(dataset.figures, 'MN').map((r) => r.figure.id)).toEqual(['mn-gdp-growth', 'mn-average-growth']);
  });
});
