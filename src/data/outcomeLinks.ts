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
 * An outcome concerns a country when it was announced there or any agreement, event or milestone
 * behind it is there: an outcome summed up in one country can count another country's deals too.
 */
export function isOutcomeInCountry(outcome: Outcome, model: CountryModel, country: CountryCode | null): boolean {
  if (country === null) return true;
  if (model.countryOfPlace(outcome.place) === country) return true;
  const links = resolveOutcomeLinks(outcome, model);
  return (
    links.agreements.some((a) => a.country === country) ||
    links.events.some((e) => model.countryOfPlace(e.place) === country) ||
    links.milestones.some((m) => m.country === country)
  );
}
