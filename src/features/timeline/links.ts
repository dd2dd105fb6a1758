/**
 * What each outcome links to, resolved through the model's indexes, and which items belong to the
 * country the filter chose.
 */
import type { TripModel } from '../../data/buildTripModel';
import type { CountryCode, Milestone } from '../../data/schema';

// Which outcomes concern a country is shared with the briefing and the deck, so it lives in data/.
export { isOutcomeInCountry, outcomeCountries, resolveOutcomeLinks, type OutcomeLinks } from '../../data/outcomeLinks';

/** A day belongs to the country of the city the delegation spent it in. */
export function isDayInCountry(dayPlace: string, model: Pick<TripModel, 'countryOfPlace'>, country: CountryCode | null) {
  return country === null || model.countryOfPlace(dayPlace) === country;
}

export function isMilestoneInCountry(milestone: Milestone, country: CountryCode | null) {
  return country === null || milestone.country === country;
}
