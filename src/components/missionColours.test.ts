import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countryStyle } from './countryStyle';
import { countryName } from '../i18n/labels';
import { buildTripModel } from '../data/buildTripModel';
import { countryColours, levelFill, missionCountryCodes } from '../data/mission';
import { preprocess } from '../../scripts/preprocess';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { TripDataset } from '../data/schema';

/** The fictional example mission, built by the same preprocess step as the real one. */
function exampleDataset(): TripDataset {
  const out = mkdtempSync(resolve(tmpdir(), 'atlas-example-'));
  const result = preprocess({ dataDir: resolve(__dirname, '../../tests/fixtures/missions/example'), outDir: out });
  expect(result.messages.join('\n')).toMatch(/valid/);
  return JSON.parse(readFileSync(resolve(out, 'trip.json'), 'utf8')) as TripDataset;
}

describe('colours and labels come from the mission’s data', () => {
  const dataset = exampleDataset();
  buildTripModel(dataset);

  it('lists the example’s countries in its order, with their names in each language', () => {
    expect(missionCountryCodes()).toEqual(['MN', 'KG', 'TJ']);
    expect(countryName('KG', 'en')).toBe('Kyrgyzstan');
    expect(countryName('KG', 'zh-Hant')).toBe('吉爾吉斯斯坦');
    expect(countryName('HK', 'en')).toBe('Hong Kong');
  });

  it('colours each country and its agreement levels as trip.json says', () => {
    const tj = dataset.trip.countries.find((c) => c.code === 'TJ')!;
    expect(countryColours('TJ')).toEqual(tj.colours);
    expect(levelFill('TJ', 'government')).toBe(tj.colours.strong);
    expect(levelFill('TJ', 'non-government')).toBe(tj.colours.main);
    expect(countryStyle('TJ')).toMatchObject({ '--country': tj.colours.main, '--country-soft': tj.colours.soft });
    expect(countryStyle('HK')).toMatchObject({ '--country': dataset.trip.home.colour });
    expect(countryStyle('ZZ')).toBeUndefined();
  });

  it('derives the totals once, with a country that has no itemised agreements', () => {
    expect(dataset.derived.agreementTotals.byCountry.map((c) => `${c.country} ${c.total}`)).toEqual(['MN 7', 'KG 4', 'TJ 3']);
    expect(dataset.agreements.some((a) => a.country === 'TJ')).toBe(false);
    expect(dataset.derived.tripDays).toHaveLength(9);
    expect(dataset.outcomes).toHaveLength(5);
  });
});
