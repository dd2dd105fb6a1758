/**
 * What a selection on the timeline (an outcome, a day) means for the agreements. Pure.
 */
import type { Agreement, CountryCode, Field } from '../../data/schema';
import { isNamedDocument } from '../../data/countedInTotal';
import { FIELDS } from '../../data/vocabulary';

// --- The outcome chosen on the timeline ---------------------------------------------------------

export interface OutcomeLinks {
  /** Named agreements the outcome links to (inside or outside the headline count). */
  total: number;
  byCountry: { country: CountryCode; count: number }[];
  /** Field-chart segment ids ("finance/<country code>") holding its agreements that the bars count. */
  fieldSegmentIds: Set<string>;
  /** Level-chart segment ids ("<country code>/government") holding them. */
  levelSegmentIds: Set<string>;
  /** Fields of those segments, in FIELDS order. */
  fields: Field[];
  /** How many of its agreements those segments hold. */
  inBars: number;
}

/**
 * Where an outcome's agreements sit in the chart. Only agreements counted in the headline total are in
 * the field bars, and only for the countries shown; an id the data does not know is skipped.
 */
export function computeOutcomeLinks(
  agreementIds: readonly string[],
  agreementById: ReadonlyMap<string, Agreement>,
  country: CountryCode | null,
  /** The trip's countries, in the order trip.json lists them. */
  countries: readonly CountryCode[],
): OutcomeLinks {
  const linked = agreementIds.map((id) => agreementById.get(id)).filter((a): a is Agreement => a !== undefined);
  const inBars = linked.filter((a) => isNamedDocument(a) && (!country || a.country === country));
  const fieldsShown = new Set(inBars.map((a) => a.field));
  return {
    total: linked.length,
    byCountry: countries.map((code) => ({ country: code, count: linked.filter((a) => a.country === code).length })).filter(
      (c) => c.count > 0,
    ),
    fieldSegmentIds: new Set(inBars.map((a) => `${a.field}/${a.country}`)),
    levelSegmentIds: new Set(inBars.map((a) => `${a.country}/${a.level}`)),
    fields: FIELDS.filter((f) => fieldsShown.has(f)),
    inBars: inBars.length,
  };
}

// --- The day chosen on the timeline -------------------------------------------------------------

/**
 * The named agreements behind a day of the trip: those the data dates to that day, or ties to an
 * event held that day. Agreements with neither belong to no day, so no day claims them.
 */
export function agreementsOnDay(
  agreements: readonly Pick<Agreement, 'id' | 'date' | 'event'>[],
  eventDate: (eventId: string) => string | undefined,
  day: string,
): string[] {
  return agreements.filter((a) => a.date === day || (a.event !== null && eventDate(a.event) === day)).map((a) => a.id);
}

