import { describe, expect, it } from 'vitest';
import { loadExampleModel } from '../../../tests/fixtures/missions';
import type { Outcome } from '../../data/schema';
import { isDayInCountry, isMilestoneInCountry, isOutcomeInCountry, outcomeCountries, resolveOutcomeLinks } from './links';

// The fictional example mission; this trip's outcomes are checked in data/checks/timeline.test.ts.
const model = loadExampleModel();
const { dataset } = model;

describe('the outcomes in the dataset', () => {
  it('are numbered 1 to their count, each announced at an event of the trip', () => {
    expect(dataset.outcomes.map((o) => o.number).sort()).toEqual([1, 2, 3, 4, 5]);
    for (const o of dataset.outcomes) {
      expect(model.eventById.get(o.announcedAt), `outcome ${o.number}`).toBeDefined();
      expect(dataset.derived.tripDays, `outcome ${o.number}`).toContain(model.outcomeAnnouncedOn.get(o.number));
    }
  });

  it.each(dataset.outcomes.map((o) => [o.number, o] as const))('outcome %i: every link resolves to an existing item', (_n, outcome) => {
    const links = resolveOutcomeLinks(outcome, model);
    expect(links.missing).toEqual([]);
    expect(links.agreements.map((a) => a.id)).toEqual(outcome.agreements);
    expect(links.events.map((e) => e.id)).toEqual(outcome.events);
    expect(links.milestones.map((m) => m.id)).toEqual(outcome.milestones);
    // Every outcome stands on something the reports name.
    expect(links.agreements.length + links.events.length + links.milestones.length).toBeGreaterThan(0);
  });

  it('every day has a city the model knows', () => {
    for (const day of dataset.days) expect(model.placeById.get(day.place)?.kind).toBe('city');
  });
});

describe('resolveOutcomeLinks', () => {
  it('reports ids the dataset does not hold instead of dropping them silently', () => {
    const broken: Outcome = { ...dataset.outcomes[0]!, agreements: ['no-such-agreement'], events: ['event-1'], milestones: ['gone'] };
    const links = resolveOutcomeLinks(broken, model);
    expect(links.missing).toEqual(['no-such-agreement', 'gone']);
    expect(links.events.map((e) => e.id)).toEqual(['event-1']);
  });
});

describe('country filter', () => {
  const outcome = (n: number) => model.outcomeByNumber.get(n)!;

  it("puts each city's days in that city's country", () => {
    expect(isDayInCountry('ulaanbaatar', model, 'MN')).toBe(true);
    expect(isDayInCountry('ulaanbaatar', model, 'KG')).toBe(false);
    expect(isDayInCountry('bishkek', model, 'KG')).toBe(true);
    expect(isDayInCountry('bishkek', model, null)).toBe(true);
  });

  it('keeps an outcome for a country when anything behind it is there (outcomes have no place of their own)', () => {
    // Only Kyrgyz items behind it.
    expect(outcomeCountries(outcome(3), model)).toEqual(['KG']);
    expect(isOutcomeInCountry(outcome(3), model, 'KG')).toBe(true);
    expect(isOutcomeInCountry(outcome(3), model, 'MN')).toBe(false);
    // A copy of outcome 1 whose agreement is in Kyrgyzstan counts there too.
    expect(isOutcomeInCountry(outcome(1), model, 'KG')).toBe(false);
    expect(isOutcomeInCountry({ ...outcome(1), agreements: ['kg-customs'] }, model, 'KG')).toBe(true);
    expect(dataset.outcomes.every((o) => isOutcomeInCountry(o, model, null))).toBe(true);
  });

  it('keeps a milestone for its own country only', () => {
    const flights = model.milestoneById.get('ulaanbaatar-flights-begin')!;
    expect(isMilestoneInCountry(flights, 'MN')).toBe(true);
    expect(isMilestoneInCountry(flights, 'KG')).toBe(false);
    expect(isMilestoneInCountry(flights, null)).toBe(true);
  });
});
