/**
 * What each outcome links to, resolved through the model's indexes, and whether an outcome concerns
 * the country the filter chose (the timeline greys the others; the briefing text and the deck follow it).
 */
import type { TripModel } from './buildTripModel';
import type { Agreement, CountryCode, Outcome, TripEvent, Milestone } from './schema';

export interface OutcomeLinks {
  agreements: Agreement[];
  events: TripEvent[];
  milestones: Milestone[];
  /** Ids the outcome names that the dataset does not hold (should always be empty). */
  missing: string[];
}

type LinkModel = Pick<TripModel, 'agreementById' | 'eventById' | 'milestoneById'>;

function resolve<T>(ids: readonly string[], byId: ReadonlyMap<string, T>, missing: string[]): T[] {
  return ids.flatMap((id) => {
    const item = byId.get(id);
    if (!item) missing.push(id);
    return item ? [item] : [];
  });
}

export function resolveOutcomeLinks(outcome: Outcome, model: LinkModel): OutcomeLinks {
  const missing: string[] = [];
  return {
    agreements: resolve(outcome.agreements, model.agreementById, missing),
    events: resolve(outcome.events, model.eventById, missing),
    milestones: resolve(outcome.milestones, model.milestoneById, missing),
    missing,
  };
}

type CountryModel = LinkModel & Pick<TripModel, 'countryOfPlace'>;

/**
 * The countries an outcome covers: those of the agreements, events and milestones behind it. An
 * outcome has no place of its own (it was announced with the others), and one may span countries.
 */
export function outcomeCountries(outcome: Outcome, model: CountryModel): CountryCode[] {
  const links = resolveOutcomeLinks(outcome, model);
  const countries = [
    ...links.agreements.map((a) => a.country),
    ...links.events.map((e) => model.countryOfPlace(e.place)),
    ...links.milestones.map((m) => m.country),
  ];
  return [...new Set(countries.filter((c): c is CountryCode => c !== undefined))];
}

/** An outcome concerns a country when any agreement, event or milestone behind it is there. */
export function isOutcomeInCountry(outcome: Outcome, model: CountryModel, country: CountryCode | null): boolean {
  return country === null || outcomeCountries(outcome, model).includes(country);
}
