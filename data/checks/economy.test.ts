/** This trip's economy figures, as the economy view selects them (src/features/economy/economyFigures.ts). */
import { describe, expect, it } from 'vitest';
import {
  computeTradeBalance,
  economySubjects,
  findSumMismatches,
  isFigureInScope,
  selectFigureGroups,
  selectGrowthRows,
  selectTradeFigures,
} from '../../src/features/economy/economyFigures';
import { loadMissionDataset } from './mission';

const dataset = loadMissionDataset();
const SUBJECTS = economySubjects(dataset.trip.countries.map((c) => c.code), dataset.economySubjects);

describe('computeTradeBalance', () => {
  it('gives Kazakhstan’s 2025 surplus as exports minus imports, without float noise', () => {
    const balance = computeTradeBalance(79_100_000_000, 64_800_000_000);
    expect(balance.balance).toBe(14_300_000_000);
    expect(balance.kind).toBe('surplus');
  });

});

describe('selectTradeFigures', () => {
  it('finds exports, imports and the total that sums them in the dataset', () => {
    const trade = selectTradeFigures(dataset.figures);
    expect(trade?.exports.value).toBe(79_100_000_000);
    expect(trade?.imports.value).toBe(64_800_000_000);
    expect(trade?.total?.id).toBe('kz-foreign-trade');
    expect(trade?.balance.balance).toBe(14_300_000_000);
  });

});

describe('findSumMismatches', () => {
  it('finds none in the dataset: 79.1 + 64.8 = 143.9 billion', () => {
    expect(findSumMismatches(dataset.figures)).toEqual([]);
    expect(dataset.figures.some((f) => f.sumOf)).toBe(true);
  });

});

describe('selecting figures by country', () => {
  it('orders the subjects as the data lists them: the trip countries, then the shared subjects', () => {
    expect(SUBJECTS).toEqual(['KZ', 'UZ', 'HK-CA']);
  });

  it('shows every Kazakhstan, Uzbekistan and Hong Kong–Central Asia figure with no filter, and no trip figure', () => {
    const groups = selectFigureGroups(dataset.figures, null, SUBJECTS);
    expect(groups.map((g) => g.subject)).toEqual(['KZ', 'UZ', 'HK-CA']);
    const shown = groups.flatMap((g) => g.figures.map((f) => f.id));
    const expected = dataset.figures.filter((f) => f.subject !== 'trip').map((f) => f.id);
    expect(shown.sort()).toEqual(expected.sort());
  });

  it('keeps Kazakhstan and Hong Kong’s investor ranks in Kazakhstan under the KZ filter', () => {
    const groups = selectFigureGroups(dataset.figures, 'KZ', SUBJECTS);
    expect(groups.map((g) => g.subject)).toEqual(['KZ', 'HK-CA']);
    expect(groups[1]?.figures.map((f) => f.id)).toEqual(['hk-investor-rank-asia', 'hk-investor-rank-world']);
  });

  it('keeps only Uzbekistan under the UZ filter', () => {
    const groups = selectFigureGroups(dataset.figures, 'UZ', SUBJECTS);
    expect(groups.map((g) => g.subject)).toEqual(['UZ']);
    expect(isFigureInScope(dataset.figures.find((f) => f.id === 'kz-gdp')!, 'UZ', SUBJECTS)).toBe(false);
  });

  it('picks the growth rows of the countries in scope, 2025 first then the average', () => {
    expect(selectGrowthRows(dataset.figures, null).map((r) => `${r.country}:${r.kind}:${r.figure.value}`)).toEqual([
      'KZ:year:6.5',
      'KZ:average:6',
      'UZ:year:7.7',
      'UZ:average:5',
    ]);
    expect(selectGrowthRows(dataset.figures, 'UZ').map((r) => r.figure.id)).toEqual(['uz-gdp-growth', 'uz-average-growth']);
  });
});
