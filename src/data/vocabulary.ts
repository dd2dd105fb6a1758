/**
 * The dataset's fixed words and limits, as plain values. schema.ts builds its zod schemas from
 * them; the URL parser and the views import them from here, so the first screen does not load the
 * dataset validator (it loads beside the dataset's request instead, src/data/loadDataset.ts).
 */

/** A country is any ISO 3166-1 alpha-2 code; which ones a mission visits is data (trip.json lists them). */
export const COUNTRY_CODE_PATTERN = /^[A-Z]{2}$/;
export type CountryCode = string;

/** The limits the dashboard is built and tested for. */
export const LIMITS = { countries: { min: 1, max: 8 }, outcomes: { min: 1, max: 20 }, days: { min: 1, max: 21 } } as const;

export const LEVELS = ['government', 'non-government'] as const;
export type Level = (typeof LEVELS)[number];

export const FIELDS = [
  'trade-investment',
  'finance',
  'innovation-technology',
  'aviation',
  'education',
  'tax-customs',
  'travel',
  'diplomatic',
  'industry',
] as const;
export type Field = (typeof FIELDS)[number];

export const COUNTED_IN_TOTAL = ['yes', 'no', 'not-stated'] as const;
export type CountedInTotal = (typeof COUNTED_IN_TOTAL)[number];

export const STATUSES = ['signed', 'initialled', 'agreed', 'talks-to-start', 'planned'] as const;
export type AgreementStatus = (typeof STATUSES)[number];
