/** This trip's outcomes and what the country filter keeps of them (src/features/timeline/links.ts). */
import { describe, expect, it } from 'vitest';
import { isDayInCountry, isMilestoneInCountry, isOutcomeInCountry, outcomeCountries, resolveOutcomeLinks } from '../../src/features/timeline/links';
import { loadMissionModel } from './mission';

const model = loadMissionModel();
const { dataset } = model;

describe('the outcomes in the dataset', () => {
  it('are the eight numbered 1 to 8, each announced at an event of the trip', () => {
    expect(dataset.outcomes.map((o) => o.number).sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
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

describe('country filter', () => {
  const outcome = (n: number) => model.outcomeByNumber.get(n)!;

  it('puts Astana days in Kazakhstan and Tashkent days in Uzbekistan', () => {
    expect(isDayInCountry('astana', model, 'KZ')).toBe(true);
    expect(isDayInCountry('astana', model, 'UZ')).toBe(false);
    expect(isDayInCountry('tashkent', model, 'UZ')).toBe(true);
    expect(isDayInCountry('tashkent', model, null)).toBe(true);
  });

  it('keeps an outcome for a country when anything behind it is there (outcomes have no place of their own)', () => {
    // Talks in Astana and Tashkent, the HKETO in Kazakhstan and the Uzbek consulate.
    expect(outcomeCountries(outcome(1), model)).toEqual(['KZ', 'UZ']);
    expect(isOutcomeInCountry(outcome(1), model, 'UZ')).toBe(true);
    // Kazakh and Uzbek tax talks.
    expect(isOutcomeInCountry(outcome(3), model, 'KZ')).toBe(true);
    // Uzbek visa and air items beside the Almaty flights.
    expect(isOutcomeInCountry(outcome(6), model, 'UZ')).toBe(true);
    // The arrival in Astana only.
    expect(isOutcomeInCountry(outcome(5), model, 'UZ')).toBe(false);
    expect(isOutcomeInCountry(outcome(5), model, 'KZ')).toBe(true);
    expect(dataset.outcomes.every((o) => isOutcomeInCountry(o, model, null))).toBe(true);
  });

  it('keeps a milestone for its own country only', () => {
    const flights = model.milestoneById.get('direct-flights-begin')!;
    expect(isMilestoneInCountry(flights, 'KZ')).toBe(true);
    expect(isMilestoneInCountry(flights, 'UZ')).toBe(false);
    expect(isMilestoneInCountry(flights, null)).toBe(true);
  });
});
