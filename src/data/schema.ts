/**
 * One zod schema, three uses:
 *  - scripts/preprocess.ts validates the hand-curated files in data/ with the *File schemas;
 *  - the app validates the fetched public/data/trip.json with tripDatasetSchema;
 *  - scripts/preprocess.ts emits public/data/trip.schema.json from tripDatasetSchema.
 * Raw shapes live here; the indexed model is built once in buildTripModel.ts.
 */
import { z } from 'zod';
// With its extension: vite.config.ts loads this file too (through scripts/validator.ts), as Node would.
import { COUNTED_IN_TOTAL, COUNTRY_CODE_PATTERN, FIELDS, LEVELS, LIMITS, STATUSES } from './vocabulary.js';

// zod probes for eval support with `new Function`; under our CSP (script-src 'self') that probe is a
// reported violation. Jitless mode skips it; validation is fast enough without the compiled path.
z.config({ jitless: true });

// The fixed words and limits are plain values in vocabulary.ts (the first screen needs them, not zod).
export { COUNTED_IN_TOTAL, FIELDS, LEVELS, LIMITS, STATUSES };

/**
 * A country is any ISO 3166-1 alpha-2 code; which ones a mission visits is data (trip.json lists
 * them), and the preprocess step checks every reference against that list.
 */
export const countryCodeSchema = z.string().regex(COUNTRY_CODE_PATTERN, 'expected an ISO 3166-1 alpha-2 code such as "FR"');
export type CountryCode = z.infer<typeof countryCodeSchema>;

export const levelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof levelSchema>;

export const fieldSchema = z.enum(FIELDS);
export type Field = z.infer<typeof fieldSchema>;

export const countedInTotalSchema = z.enum(COUNTED_IN_TOTAL);
export type CountedInTotal = z.infer<typeof countedInTotalSchema>;

export const statusSchema = z.enum(STATUSES);
export type AgreementStatus = z.infer<typeof statusSchema>;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case words joined by hyphens');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a local time as HH:MM');

/**
 * Every user-visible text, in English and Traditional Chinese and in each further language the mission
 * offers (trip.json `languages`; the preprocess step requires a text in each one it lists). zh-Hans is
 * derived at build time, never stored.
 */
export const textSchema = z.object({
  en: z.string().min(1),
  zhHant: z.string().min(1),
  ru: z.string().min(1).optional(),
});
export type Text = z.infer<typeof textSchema>;

const hexColour = z.string().regex(/^#[0-9a-f]{6}$/, 'expected a colour as #rrggbb (lower case)');
const isoNumeric = z
  .string()
  .regex(/^\d{3}$/, 'expected the ISO 3166-1 numeric code as three digits, as Natural Earth ids are (e.g. "250")');

/**
 * A country the mission visits. The colours are literal so exported charts keep them without CSS:
 * `main` carries white text at >= 4.5:1, `strong` is a darker shade of it (also >= 4.5:1 with white),
 * `soft` is a light tint for backgrounds under dark text.
 */
export const countrySchema = z.object({
  code: countryCodeSchema,
  /** ISO 3166-1 numeric id: the id of the country's shape in the Natural Earth base map. */
  isoNumeric,
  name: textSchema,
  colours: z.object({ main: hexColour, strong: hexColour, soft: hexColour }),
});
export type Country = z.infer<typeof countrySchema>;

/** Where the mission sets out from and returns to. */
/** Home's currency, for amounts the reports give in it: "MOP$2.34 billion" / "23.4億澳門元" for a mission from Macao. */
export const currencySchema = z.object({
  /** ISO 4217 code, e.g. "MOP", "CNY". */
  code: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code, three capital letters, e.g. "MOP"'),
  /** Written before an amount in English, e.g. "MOP$", "CN¥". */
  symbol: z.string().min(1),
  /** Written after an amount in Chinese, e.g. 澳門元, 人民幣 (the English is the currency's name). */
  name: textSchema,
});
export type Currency = z.infer<typeof currencySchema>;

export const homeSchema = z.object({
  code: countryCodeSchema,
  isoNumeric,
  name: textSchema,
  /** The city in places.json the delegation leaves from and returns to. */
  place: id,
  colour: hexColour,
  currency: currencySchema,
});
export type Home = z.infer<typeof homeSchema>;

/** A link the mission planned between two cities (e.g. a new direct flight), drawn on the map. */
export const routeSchema = z.object({
  id: id,
  mode: z.enum(['flight']),
  from: id,
  to: id,
  /** The milestone that says when it starts; its due date labels the route. */
  milestone: id,
});
export type PlannedRoute = z.infer<typeof routeSchema>;

/** Where a fact comes from: a source report and a section heading inside it. */
export const citationSchema = z.object({
  source: id,
  section: id,
});
export type Citation = z.infer<typeof citationSchema>;

const cited = { cite: z.array(citationSchema).min(1) };

export const sourceSectionSchema = z.object({
  id,
  /** The heading as printed (a title, kept short), and our translation. */
  heading: z.string().min(1),
  headingEn: z.string().min(1),
  /** Our Russian translation of the heading (required when the mission offers Russian). */
  headingRu: z.string().min(1).optional(),
  /**
   * Short terms printed in this section (names, numbers, dates, key words), copied exactly. The data
   * tests check that what a fact claims (a signing, a day, a count, a person) is in the section it cites.
   */
  holds: z.array(z.string().min(1)).optional(),
  /** Counterparties this section says signed a document, as printed: a "signed" status must cite one. */
  signedWith: z.array(z.string().min(1)).optional(),
});

export const sourceSchema = z.object({
  id,
  publisher: textSchema,
  title: textSchema,
  /** The rest of a headline printed in two parts (kept apart: each part is a short title). */
  titleMore: textSchema.optional(),
  published: isoDate,
  /** Page as printed; null when the clipping does not say. */
  page: z.string().nullable(),
  file: z.string().min(1),
  sections: z.array(sourceSectionSchema).min(1),
});
export type Source = z.infer<typeof sourceSchema>;

export const placeSchema = z.object({
  id,
  kind: z.enum(['city', 'venue']),
  name: textSchema,
  /** ISO country of the place: one of the trip's countries, or the home country. */
  country: countryCodeSchema,
  /** For a venue: the city it stands in. */
  city: id.nullable(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** Where the coordinates come from (public geographic data, not the reports). */
  geoSource: z.string().min(1),
  approximate: z.boolean(),
  description: textSchema,
  /** Where the reports name the place and say what its description says. */
  ...cited,
});
export type Place = z.infer<typeof placeSchema>;

/** True when the English name is our own romanisation of the printed Chinese (no official English form found). */
const romanised = z.boolean().optional();

export const officialSchema = z.object({
  name: textSchema,
  role: textSchema,
  romanised,
});

export const eventSchema = z.object({
  id,
  date: isoDate,
  /** Local time at the place, when a report gives it. */
  time: localTime.nullable(),
  /** True when the report gives the time as approximate ("about 7 pm"): every label keeps the "about". */
  timeApproximate: z.boolean().optional(),
  kind: z.enum(['arrival', 'departure', 'meeting', 'press-conference', 'site-visit', 'announcement']),
  place: id,
  /** A named venue inside the place, when the reports name one. */
  venue: id.nullable(),
  title: textSchema,
  summary: textSchema,
  officials: z.array(officialSchema),
  ...cited,
});
export type TripEvent = z.infer<typeof eventSchema>;

export const daySchema = z.object({
  date: isoDate,
  place: id,
  summary: textSchema,
});

export const agreementCountSchema = z.object({
  country: countryCodeSchema,
  level: levelSchema,
  count: z.number().int().nonnegative(),
  ...cited,
});
export type AgreementCount = z.infer<typeof agreementCountSchema>;

export const agreementSchema = z.object({
  id,
  country: countryCodeSchema,
  level: levelSchema,
  field: fieldSchema,
  status: statusSchema,
  title: textSchema,
  summary: textSchema,
  parties: z.array(textSchema).min(1),
  /** Day of signing or agreement, when known. */
  date: isoDate.nullable(),
  /** The event at which it was signed or announced, when known. */
  event: id.nullable(),
  amountUsd: z.number().positive().nullable(),
  /**
   * Whether this item is one of the documents inside the headline count (the 96): "yes" or "no" only
   * when a report says so, "not-stated" when it does not (the 2026 reports never list the 96).
   */
  countedInTotal: countedInTotalSchema,
  /**
   * Our reading of what the item is: a cooperation document (an MoU, an agreement, a joint venture,
   * a university partnership) rather than an arrangement (a flight plan, talks to start, a plan, a
   * consent). The field chart counts documents against their country's total. When absent, signed,
   * initialled and agreed items count as documents.
   */
  document: z.boolean().optional(),
  ...cited,
});
export type Agreement = z.infer<typeof agreementSchema>;

export const outcomeSchema = z.object({
  number: z.number().int().min(1).max(LIMITS.outcomes.max),
  title: textSchema,
  summary: textSchema,
  /**
   * The event at which the outcome was announced (e.g. the leader's summing-up). An outcome has no
   * day or place of its own: the reports sum outcomes up at the end, and one outcome may span several
   * countries and days. It shows under its announcement's day; its linked events keep their own days.
   */
  announcedAt: id,
  agreements: z.array(id),
  events: z.array(id),
  milestones: z.array(id),
  ...cited,
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const milestoneSchema = z.object({
  id,
  title: textSchema,
  summary: textSchema,
  country: countryCodeSchema,
  /** What the reports say about timing, e.g. "2027-Q1"; null when they give no date. */
  due: z.string().regex(/^\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD').nullable(),
  dueText: textSchema,
  status: statusSchema,
  agreements: z.array(id),
  ...cited,
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const figureSchema = z.object({
  id,
  /**
   * What the figure is about: a trip country's code, the id of one of economy.json's `subjects`
   * (e.g. home's trade with the region), or "trip" for the mission's own totals.
   */
  subject: z.string().min(1),
  label: textSchema,
  /** What the number measures, in plain words. */
  measure: textSchema,
  value: z.number(),
  /** `homeCurrency`: an amount in home's currency (trip.json's `home.currency`). */
  unit: z.enum(['usd', 'percent', 'rank', 'count', 'tonnes', 'homeCurrency']),
  /** Qualifier the reports put on the number. */
  qualifier: z.enum(['exact', 'about', 'over', 'nearly']),
  period: z.string().min(1),
  /** When set, this figure is the sum of those figures; the preprocess step checks it. */
  sumOf: z.array(id).optional(),
  /**
   * Where the figure shows besides its group: "headline" links it to the headline figures' notes,
   * "slide" puts it on the economy slide, "briefing" quotes it in the text briefing.
   */
  show: z.array(z.enum(['headline', 'slide', 'briefing'])).optional(),
  /** For a rank: what it is counted among, e.g. "the world" / "全球" (required for unit "rank"). */
  rankAmong: textSchema.optional(),
  /** For a growth rate on the growth chart: one year's growth or a yearly average over years. */
  growth: z.enum(['year', 'average']).optional(),
  /** For the trade chart: this figure is the country's exports or imports. */
  trade: z.enum(['exports', 'imports']).optional(),
  /** A figure of a shared subject that is about one trip country (kept when that country is chosen). */
  country: countryCodeSchema.optional(),
  ...cited,
});
export type EconomicFigure = z.infer<typeof figureSchema>;

export const dataNoteSchema = z.object({
  id,
  title: textSchema,
  /** The values that disagree, each with its source. */
  values: z
    .array(z.object({ value: textSchema, cite: citationSchema }))
    .min(1),
  used: textSchema,
  why: textSchema,
  /** The items the note is about, so a figure can link to its note. */
  about: z.array(id),
});
export type DataNote = z.infer<typeof dataNoteSchema>;

/** A subject of economic figures that is not one country, e.g. home's trade with the region. */
export const economySubjectSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'a subject id is letters, digits and hyphens, e.g. "HOME-REGION"'),
  name: textSchema,
});
export type EconomySubject = z.infer<typeof economySubjectSchema>;

/** The languages a mission can offer: English, both Chinese scripts, Russian. */
export const MISSION_LANGUAGES = ['en', 'zh-Hant', 'zh-Hans', 'ru'] as const;

export const tripSchema = z.object({
  /**
   * The languages the dashboard offers, in the order its language switch lists them. English is
   * always one (the fallback); zh-Hans is generated from the Traditional texts, so it needs zh-Hant
   * (both checked in validate.ts).
   */
  languages: z.array(z.enum(MISSION_LANGUAGES)).min(1),
  title: textSchema,
  purpose: textSchema,
  /** The sections the purpose is taken from. */
  purposeCite: z.array(citationSchema).min(1),
  start: isoDate,
  end: isoDate,
  /** The countries visited, in the order the dashboard lists them. */
  countries: z.array(countrySchema).min(LIMITS.countries.min).max(LIMITS.countries.max),
  /** The region the countries lie in, as the reports name it, e.g. "the Caucasus" / "高加索". */
  region: textSchema,
  home: homeSchema,
  /** Links the mission planned, e.g. a new direct flight home; empty when there are none. */
  routes: z.array(routeSchema),
  delegation: z.object({
    total: z.number().int().positive(),
    mainland: z.number().int().nonnegative(),
    /** Members from home itself (with `mainland`, the whole delegation). */
    fromHome: z.number().int().nonnegative(),
    mainlandProvinces: z.number().int().nonnegative(),
    ...cited,
  }),
  events: z.object({ count: z.number().int().positive(), qualifier: z.enum(['exact', 'over']), ...cited }),
  agreements: z.object({
    total: z.number().int().positive(),
    government: z.number().int().nonnegative(),
    nonGovernment: z.number().int().nonnegative(),
    amountUsd: z.number().positive(),
    amountQualifier: z.enum(['exact', 'over']),
    ...cited,
  }),
});
export type Trip = z.infer<typeof tripSchema>;

/** A named person the reports quote, with the role the report gives. */
export const personSchema = z.object({
  id,
  /** Official English name where well established, else romanised (and `romanised` says so); zhHant as printed. */
  name: textSchema,
  role: textSchema,
  romanised,
});
export type Person = z.infer<typeof personSchema>;

/** What a named person said, paraphrased in our own words (never quoted), with its source. */
export const voiceSchema = z.object({
  id,
  person: id,
  /** The trip country the remark is about; null when it is about several of them or the region as a whole. */
  country: countryCodeSchema.nullable(),
  /** The day the remark was reported or made, when the report gives it. */
  date: isoDate.nullable(),
  said: textSchema,
  ...cited,
});
export type Voice = z.infer<typeof voiceSchema>;

/** A background fact a briefing opens with: a country's economy, geography, ties with home. */
export const backgroundSchema = z.object({
  id,
  country: countryCodeSchema,
  title: textSchema,
  summary: textSchema,
  ...cited,
});
export type BackgroundFact = z.infer<typeof backgroundSchema>;

// --- The files in data/: one schema each ---------------------------------------------------

export const sourceFiles = {
  'trip.json': z.object({ trip: tripSchema }),
  'sources.json': z.object({ sources: z.array(sourceSchema).min(1) }),
  'places.json': z.object({ places: z.array(placeSchema).min(1) }),
  'itinerary.json': z.object({ days: z.array(daySchema).min(1), events: z.array(eventSchema).min(1) }),
  'agreements.json': z.object({
    counts: z.array(agreementCountSchema).min(1),
    agreements: z.array(agreementSchema),
  }),
  'outcomes.json': z.object({ outcomes: z.array(outcomeSchema).min(LIMITS.outcomes.min).max(LIMITS.outcomes.max) }),
  'milestones.json': z.object({ milestones: z.array(milestoneSchema) }),
  'economy.json': z.object({ subjects: z.array(economySubjectSchema), figures: z.array(figureSchema) }),
  'notes.json': z.object({ notes: z.array(dataNoteSchema) }),
  'voices.json': z.object({ people: z.array(personSchema), voices: z.array(voiceSchema) }),
  'background.json': z.object({ background: z.array(backgroundSchema) }),
} as const;
export type SourceFileName = keyof typeof sourceFiles;

// --- What the preprocess step derives -------------------------------------------------------

export const derivedSchema = z.object({
  agreementTotals: z.object({
    byCountry: z.array(
      z.object({
        country: countryCodeSchema,
        government: z.number().int(),
        nonGovernment: z.number().int(),
        total: z.number().int(),
      }),
    ),
    government: z.number().int(),
    nonGovernment: z.number().int(),
    total: z.number().int(),
    /** Headline-count documents the reports name one by one, and the rest. */
    itemised: z.number().int(),
    notItemised: z.number().int(),
  }),
  tripDays: z.array(isoDate),
});
export type Derived = z.infer<typeof derivedSchema>;

/** The published dataset: every source file merged, plus the derived figures. */
export const tripDatasetSchema = z.object({
  schemaVersion: z.literal(1),
  trip: tripSchema,
  sources: z.array(sourceSchema),
  places: z.array(placeSchema),
  days: z.array(daySchema),
  events: z.array(eventSchema),
  agreementCounts: z.array(agreementCountSchema),
  agreements: z.array(agreementSchema),
  outcomes: z.array(outcomeSchema),
  milestones: z.array(milestoneSchema),
  economySubjects: z.array(economySubjectSchema),
  figures: z.array(figureSchema),
  notes: z.array(dataNoteSchema),
  people: z.array(personSchema),
  voices: z.array(voiceSchema),
  background: z.array(backgroundSchema),
  derived: derivedSchema,
});
export type TripDataset = z.infer<typeof tripDatasetSchema>;
