/**
 * Pure validation shared by the preprocess step (source files) and the app (fetched dataset).
 * Every problem names the file and the path inside it, so an editor can go straight to it.
 */
import type { z } from 'zod';
import {
  LIMITS,
  sourceFiles,
  tripDatasetSchema,
  type Derived,
  type SourceFileName,
  type TripDataset,
} from './schema';
import { isNamedDocument } from './countedInTotal';

export interface DataProblem {
  file: string;
  /** e.g. `agreements[12].country`; empty for the whole file. */
  path: string;
  message: string;
}

export function formatProblem(problem: DataProblem): string {
  return problem.path ? `${problem.file}: ${problem.path}: ${problem.message}` : `${problem.file}: ${problem.message}`;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function zodProblems(file: string, error: z.ZodError): DataProblem[] {
  return error.issues.map((issue) => ({ file, path: formatPath(issue.path), message: issue.message }));
}

/** JSON.parse with a message that says where the text breaks (line and column). */
export function parseJsonText(file: string, text: string): { ok: true; value: unknown } | { ok: false; problem: DataProblem } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const position = /position (\d+)/.exec(message);
    let where = '';
    if (position?.[1]) {
      const offset = Number(position[1]);
      const before = text.slice(0, offset).split('\n');
      where = ` (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
    }
    return { ok: false, problem: { file, path: '', message: `malformed JSON${where}: ${message}` } };
  }
}

type Merged = Omit<TripDataset, 'derived'>;

/** Where each merged collection comes from, so cross-check problems name the right file. */
const FILE_OF: Record<keyof Merged, SourceFileName | 'trip.json'> = {
  schemaVersion: 'trip.json',
  trip: 'trip.json',
  sources: 'sources.json',
  places: 'places.json',
  days: 'itinerary.json',
  events: 'itinerary.json',
  agreementCounts: 'agreements.json',
  agreements: 'agreements.json',
  outcomes: 'outcomes.json',
  milestones: 'milestones.json',
  economySubjects: 'economy.json',
  figures: 'economy.json',
  notes: 'notes.json',
  people: 'voices.json',
  voices: 'voices.json',
  background: 'background.json',
};
/** The key a collection has inside its source file (agreementCounts is `counts` in agreements.json). */
const KEY_IN_FILE: Partial<Record<keyof Merged, string>> = { agreementCounts: 'counts', economySubjects: 'subjects' };

/** Where each offered language's text is stored in a text field. */
const STORED_KEY = { en: 'en', 'zh-Hant': 'zhHant', 'zh-Hans': 'zhHant', ru: 'ru' } as const;
const LANGUAGE_NAME = { en: 'English', zhHant: 'Traditional Chinese', ru: 'Russian' } as const;

/** The subject of figures about the mission itself (its totals), beside countries and economy subjects. */
export const TRIP_SUBJECT = 'trip';

function datesBetween(start: string, end: string): string[] {
  const days: string[] = [];
  const last = Date.parse(`${end}T00:00:00Z`);
  for (let t = Date.parse(`${start}T00:00:00Z`); t <= last && days.length < 366; t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/**
 * Cross-checks that a schema cannot express: unique ids, references that resolve, parts that add
 * up to the stated totals. Problems name the source file in data/, or `publishedFile` when the
 * merged dataset is checked at run time.
 */
export function crossCheck(data: Merged, publishedFile?: string, dir = 'data'): DataProblem[] {
  const problems: DataProblem[] = [];
  const fileFor = (key: keyof Merged) => publishedFile ?? `${dir}/${FILE_OF[key]}`;
  const keyName = (key: keyof Merged) => (publishedFile ? key : (KEY_IN_FILE[key] ?? key));
  const at = (key: keyof Merged, path: string, message: string) =>
    problems.push({ file: fileFor(key), path: `${keyName(key)}${path}`, message });
  const atTrip = (path: string, message: string) => problems.push({ file: fileFor('trip'), path, message });

  const unique = <T,>(key: keyof Merged, items: T[], idOf: (item: T) => string, field = 'id') => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const value = idOf(item);
      const first = seen.get(value);
      if (first !== undefined) at(key, `[${i}].${field}`, `duplicate ${field} "${value}" (first used at [${first}])`);
      else seen.set(value, i);
    });
    return new Set(seen.keys());
  };

  const sourceIds = unique('sources', data.sources, (s) => s.id);
  const sectionsBySource = new Map(data.sources.map((s) => [s.id, new Set(s.sections.map((x) => x.id))]));
  data.sources.forEach((s, i) => {
    const seen = new Set<string>();
    s.sections.forEach((section, j) => {
      if (seen.has(section.id)) at('sources', `[${i}].sections[${j}].id`, `duplicate section id "${section.id}"`);
      seen.add(section.id);
    });
  });
  const placeIds = unique('places', data.places, (p) => p.id);
  const eventIds = unique('events', data.events, (e) => e.id);
  const agreementIds = unique('agreements', data.agreements, (a) => a.id);
  const milestoneIds = unique('milestones', data.milestones, (m) => m.id);
  const figureIds = unique('figures', data.figures, (f) => f.id);
  unique('notes', data.notes, (n) => n.id);
  unique('outcomes', data.outcomes, (o) => String(o.number), 'number');
  unique('days', data.days, (d) => d.date, 'date');

  const checkCites = (key: keyof Merged, path: string, cites: { source: string; section: string }[]) => {
    cites.forEach((c, j) => {
      if (!sourceIds.has(c.source)) at(key, `${path}.cite[${j}].source`, `unknown source "${c.source}"`);
      else if (!sectionsBySource.get(c.source)?.has(c.section))
        at(key, `${path}.cite[${j}].section`, `unknown section "${c.section}" in source "${c.source}"`);
    });
  };
  const ref = (key: keyof Merged, path: string, value: string | null, known: Set<string>, what: string) => {
    if (value !== null && !known.has(value)) at(key, path, `unknown ${what} "${value}"`);
  };

  for (const [path, cites] of [
    ['purposeCite', data.trip.purposeCite],
    ['delegation.cite', data.trip.delegation.cite],
    ['events.cite', data.trip.events.cite],
    ['agreements.cite', data.trip.agreements.cite],
  ] as const) {
    cites.forEach((c, j) => {
      if (!sourceIds.has(c.source)) atTrip(`trip.${path}[${j}].source`, `unknown source "${c.source}"`);
      else if (!sectionsBySource.get(c.source)?.has(c.section))
        atTrip(`trip.${path}[${j}].section`, `unknown section "${c.section}" in source "${c.source}"`);
    });
  }

  // Countries: the trip's own list is what every other country reference is checked against.
  const { countries, home, routes } = data.trip;
  const countryCodes = new Set<string>();
  const isoIds = new Set<string>();
  countries.forEach((c, i) => {
    if (countryCodes.has(c.code)) atTrip(`trip.countries[${i}].code`, `duplicate country "${c.code}"`);
    if (isoIds.has(c.isoNumeric)) atTrip(`trip.countries[${i}].isoNumeric`, `duplicate ISO numeric id "${c.isoNumeric}"`);
    countryCodes.add(c.code);
    isoIds.add(c.isoNumeric);
  });
  if (countryCodes.has(home.code)) atTrip('trip.home.code', `"${home.code}" is home, so it cannot also be a country visited`);
  if (isoIds.has(home.isoNumeric)) atTrip('trip.home.isoNumeric', `"${home.isoNumeric}" is also the id of a country visited`);
  const listed = [...countryCodes].join(', ');
  const countryRef = (key: keyof Merged, path: string, code: string, allowHome = false) => {
    if (countryCodes.has(code) || (allowHome && code === home.code)) return;
    at(key, path, `unknown country "${code}" (trip.json lists ${listed}${allowHome ? `, and ${home.code} as home` : ''})`);
  };

  data.places.forEach((p, i) => {
    countryRef('places', `[${i}].country`, p.country, true);
    ref('places', `[${i}].city`, p.city, placeIds, 'place');
    checkCites('places', `[${i}]`, p.cite);
    if (p.kind === 'venue' && p.city === null) at('places', `[${i}].city`, 'a venue needs the city it stands in');
  });

  const cityIds = new Set(data.places.filter((p) => p.kind === 'city').map((p) => p.id));
  const homePlace = data.places.find((p) => p.id === home.place);
  if (!homePlace || homePlace.kind !== 'city') atTrip('trip.home.place', `unknown city "${home.place}" (places.json has no city with that id)`);
  else if (homePlace.country !== home.code)
    atTrip('trip.home.place', `"${home.place}" is in ${homePlace.country}, not in the home country ${home.code}`);
  const routeIds = new Set<string>();
  routes.forEach((r, i) => {
    if (routeIds.has(r.id)) atTrip(`trip.routes[${i}].id`, `duplicate id "${r.id}"`);
    routeIds.add(r.id);
    if (!cityIds.has(r.from)) atTrip(`trip.routes[${i}].from`, `unknown city "${r.from}"`);
    if (!cityIds.has(r.to)) atTrip(`trip.routes[${i}].to`, `unknown city "${r.to}"`);
    if (!data.milestones.some((m) => m.id === r.milestone)) atTrip(`trip.routes[${i}].milestone`, `unknown milestone "${r.milestone}"`);
  });

  const tripDays = datesBetween(data.trip.start, data.trip.end);
  const inTrip = new Set(tripDays);
  if (tripDays.length === 0) atTrip('trip.end', 'the trip ends before it starts');
  else if (tripDays.length > LIMITS.days.max)
    atTrip('trip.end', `the trip lasts ${tripDays.length} days; the dashboard shows ${LIMITS.days.min} to ${LIMITS.days.max}`);
  data.days.forEach((d, i) => {
    ref('days', `[${i}].place`, d.place, placeIds, 'place');
    if (!inTrip.has(d.date)) at('days', `[${i}].date`, `${d.date} is outside the trip (${data.trip.start} to ${data.trip.end})`);
  });
  const dayDates = new Set(data.days.map((d) => d.date));
  for (const date of tripDays) if (!dayDates.has(date)) at('days', '', `no entry for trip day ${date}`);

  data.events.forEach((e, i) => {
    ref('events', `[${i}].place`, e.place, placeIds, 'place');
    ref('events', `[${i}].venue`, e.venue, placeIds, 'place');
    if (!inTrip.has(e.date)) at('events', `[${i}].date`, `${e.date} is outside the trip (${data.trip.start} to ${data.trip.end})`);
    checkCites('events', `[${i}]`, e.cite);
  });

  data.agreements.forEach((a, i) => {
    countryRef('agreements', `[${i}].country`, a.country);
    ref('agreements', `[${i}].event`, a.event, eventIds, 'event');
    checkCites('agreements', `[${i}]`, a.cite);
  });
  data.agreementCounts.forEach((c, i) => checkCites('agreementCounts', `[${i}]`, c.cite));

  data.outcomes.forEach((o, i) => {
    if (o.number > data.outcomes.length)
      at('outcomes', `[${i}].number`, `is ${o.number}, but outcomes are numbered 1 to ${data.outcomes.length} (one per outcome)`);
    ref('outcomes', `[${i}].announcedAt`, o.announcedAt, eventIds, 'event');
    o.agreements.forEach((x, j) => ref('outcomes', `[${i}].agreements[${j}]`, x, agreementIds, 'agreement'));
    o.events.forEach((x, j) => ref('outcomes', `[${i}].events[${j}]`, x, eventIds, 'event'));
    // An outcome's event must come from a section the outcome cites: the map lights the event's place,
    // and a link no cited section makes would have the views disagree about where the outcome happened.
    const outcomeSections = new Set(o.cite.map((c) => `${c.source}/${c.section}`));
    o.events.forEach((x, j) => {
      const event = data.events.find((e) => e.id === x);
      if (event && !event.cite.some((c) => outcomeSections.has(`${c.source}/${c.section}`)))
        at('outcomes', `[${i}].events[${j}]`, `event "${x}" shares no cited section with the outcome`);
    });
    o.milestones.forEach((x, j) => ref('outcomes', `[${i}].milestones[${j}]`, x, milestoneIds, 'milestone'));
    // The day it was announced is the announcing event's: a section the outcome cites must give it.
    const announcement = data.events.find((e) => e.id === o.announcedAt);
    if (announcement && !announcement.cite.some((c) => outcomeSections.has(`${c.source}/${c.section}`)))
      at('outcomes', `[${i}].announcedAt`, `event "${o.announcedAt}" shares no cited section with the outcome`);
    checkCites('outcomes', `[${i}]`, o.cite);
  });
  data.milestones.forEach((m, i) => {
    countryRef('milestones', `[${i}].country`, m.country);
    m.agreements.forEach((x, j) => ref('milestones', `[${i}].agreements[${j}]`, x, agreementIds, 'agreement'));
    checkCites('milestones', `[${i}]`, m.cite);
  });

  const personIds = unique('people', data.people, (p) => p.id);
  const voiceIds = unique('voices', data.voices, (v) => v.id);
  data.voices.forEach((v, i) => {
    ref('voices', `[${i}].person`, v.person, personIds, 'person');
    checkCites('voices', `[${i}]`, v.cite);
  });
  const backgroundIds = unique('background', data.background, (b) => b.id);
  data.background.forEach((b, i) => checkCites('background', `[${i}]`, b.cite));

  const figureById = new Map(data.figures.map((f) => [f.id, f]));
  const subjectIds = unique('economySubjects', data.economySubjects, (x) => x.id);
  data.economySubjects.forEach((x, i) => {
    if (countryCodes.has(x.id) || x.id === TRIP_SUBJECT)
      at('economySubjects', `[${i}].id`, `"${x.id}" is already a country code or "${TRIP_SUBJECT}"; choose another id`);
  });
  const tradeSeen = new Map<string, Set<string>>();
  data.figures.forEach((f, i) => {
    if (!countryCodes.has(f.subject) && !subjectIds.has(f.subject) && f.subject !== TRIP_SUBJECT)
      at('figures', `[${i}].subject`, `unknown subject "${f.subject}" (expected a country of trip.json: ${listed}; a subject of economy.json${subjectIds.size ? `: ${[...subjectIds].join(', ')}` : ''}; or "${TRIP_SUBJECT}")`);
    if (f.country !== undefined) countryRef('figures', `[${i}].country`, f.country);
    if (f.unit === 'rank' && !f.rankAmong) at('figures', `[${i}].rankAmong`, 'a rank needs what it is counted among, e.g. { "en": "the world", "zhHant": "全球" }');
    if (f.unit !== 'rank' && f.rankAmong) at('figures', `[${i}].rankAmong`, `only a rank has rankAmong (this figure's unit is ${f.unit})`);
    if (f.growth && f.unit !== 'percent') at('figures', `[${i}].growth`, `a growth figure is a percentage (this one's unit is ${f.unit})`);
    if (f.growth && !countryCodes.has(f.subject)) at('figures', `[${i}].growth`, `a growth figure belongs to a trip country (its subject is "${f.subject}")`);
    if (f.trade) {
      if (!countryCodes.has(f.subject)) at('figures', `[${i}].trade`, `a trade figure belongs to a trip country (its subject is "${f.subject}")`);
      const seen = tradeSeen.get(f.subject) ?? new Set<string>();
      if (seen.has(f.trade)) at('figures', `[${i}].trade`, `a second "${f.trade}" figure for ${f.subject}`);
      seen.add(f.trade);
      tradeSeen.set(f.subject, seen);
    }
    checkCites('figures', `[${i}]`, f.cite);
    if (!f.sumOf) return;
    let sum = 0;
    f.sumOf.forEach((part, j) => {
      const partFigure = figureById.get(part);
      if (!partFigure) at('figures', `[${i}].sumOf[${j}]`, `unknown figure "${part}"`);
      else sum += partFigure.value;
    });
    // Reports round to one decimal of the unit they print in (e.g. US$0.1 billion).
    const tolerance = Math.abs(f.value) * 0.001;
    if (f.sumOf.every((p) => figureById.has(p)) && Math.abs(sum - f.value) > tolerance)
      at('figures', `[${i}].value`, `is ${f.value} but its parts (${f.sumOf.join(' + ')}) add up to ${sum}`);
  });

  const allIds = new Set([...placeIds, ...eventIds, ...agreementIds, ...milestoneIds, ...figureIds, ...sourceIds, ...voiceIds, ...personIds, ...backgroundIds,
    ...data.outcomes.map((o) => `outcome-${o.number}`), 'trip', 'delegation', 'agreement-counts']);
  data.notes.forEach((n, i) => {
    n.values.forEach((v, j) => {
      // A note value has one citation object, not a list: report it at its real path.
      if (!sourceIds.has(v.cite.source)) at('notes', `[${i}].values[${j}].cite.source`, `unknown source "${v.cite.source}"`);
      else if (!sectionsBySource.get(v.cite.source)?.has(v.cite.section))
        at('notes', `[${i}].values[${j}].cite.section`, `unknown section "${v.cite.section}" in source "${v.cite.source}"`);
    });
    n.about.forEach((x, j) => ref('notes', `[${i}].about[${j}]`, x, allIds, 'item'));
  });

  const { languages } = data.trip;
  if (!languages.includes('en')) atTrip('trip.languages', 'must include "en" (the language every text falls back to)');
  languages.forEach((lang, i) => {
    if (languages.indexOf(lang) !== i) atTrip(`trip.languages[${i}]`, `"${lang}" is listed twice`);
  });
  if (languages.includes('zh-Hans') && !languages.includes('zh-Hant'))
    atTrip('trip.languages', '"zh-Hans" is generated from the Traditional texts, so "zh-Hant" must be listed too');

  // Every text exists in every language the mission offers (zh-Hans is generated from zhHant).
  const storedLanguages = [...new Set(data.trip.languages.map((lang) => STORED_KEY[lang]))];
  const missingText = (value: unknown, path: string, report: (path: string, message: string) => void): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => missingText(item, `${path}[${i}]`, report));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if (typeof record.en === 'string' && typeof record.zhHant === 'string') {
      for (const key of storedLanguages) {
        if (typeof record[key] !== 'string' || record[key] === '')
          report(`${path}.${key}`, `no ${LANGUAGE_NAME[key]} text, but trip.json lists ${data.trip.languages.join(', ')}`);
      }
      return;
    }
    for (const [key, item] of Object.entries(record)) missingText(item, path ? `${path}.${key}` : key, report);
  };
  // Source headings carry our translation in each language that is not Chinese.
  if (data.trip.languages.includes('ru'))
    data.sources.forEach((source, i) =>
      source.sections.forEach((section, j) => {
        if (!section.headingRu) at('sources', `[${i}].sections[${j}].headingRu`, `no Russian translation of the heading, but trip.json lists ${data.trip.languages.join(', ')}`);
      }),
    );
  for (const key of Object.keys(FILE_OF) as (keyof Merged)[]) {
    if (key === 'schemaVersion') continue;
    if (key === 'trip') missingText(data.trip, 'trip', atTrip);
    else missingText(data[key], '', (path, message) => at(key, path, message));
  }

  // The parts must add up to the stated totals.
  const { delegation, agreements } = data.trip;
  if (delegation.fromHome + delegation.mainland !== delegation.total)
    atTrip('trip.delegation.total', `is ${delegation.total} but ${data.trip.home.name.en} (${delegation.fromHome}) + mainland (${delegation.mainland}) = ${delegation.fromHome + delegation.mainland}`);
  if (agreements.government + agreements.nonGovernment !== agreements.total)
    atTrip('trip.agreements.total', `is ${agreements.total} but government (${agreements.government}) + non-government (${agreements.nonGovernment}) = ${agreements.government + agreements.nonGovernment}`);

  const countKeys = new Set<string>();
  data.agreementCounts.forEach((c, i) => {
    const key = `${c.country}/${c.level}`;
    if (countKeys.has(key)) at('agreementCounts', `[${i}]`, `duplicate count for ${key}`);
    countKeys.add(key);
    countryRef('agreementCounts', `[${i}].country`, c.country);
  });
  const sumLevel = (level: string) => data.agreementCounts.filter((c) => c.level === level).reduce((s, c) => s + c.count, 0);
  const government = sumLevel('government');
  const nonGovernment = sumLevel('non-government');
  if (government !== agreements.government)
    at('agreementCounts', '', `government counts add up to ${government}, but trip.json states ${agreements.government}`);
  if (nonGovernment !== agreements.nonGovernment)
    at('agreementCounts', '', `non-government counts add up to ${nonGovernment}, but trip.json states ${agreements.nonGovernment}`);

  // Named documents cannot outnumber the count they belong to.
  for (const c of data.agreementCounts) {
    const named = data.agreements.filter((a) => isNamedDocument(a) && a.country === c.country && a.level === c.level).length;
    if (named > c.count) at('agreements', '', `${named} named ${c.country} ${c.level} documents, more than the ${c.count} counted`);
  }
  const amountNamed = data.agreements.reduce((s, a) => s + (a.amountUsd ?? 0), 0);
  if (amountNamed > agreements.amountUsd) at('agreements', '', `named amounts add up to ${amountNamed}, more than the stated total ${agreements.amountUsd}`);
  return problems;
}

export function deriveAggregates(data: Merged): Derived {
  const countOf = (country: string, level: string) =>
    data.agreementCounts.find((c) => c.country === country && c.level === level)?.count ?? 0;
  const byCountry = data.trip.countries.map(({ code: country }) => {
    const government = countOf(country, 'government');
    const nonGovernment = countOf(country, 'non-government');
    return { country, government, nonGovernment, total: government + nonGovernment };
  });
  const government = byCountry.reduce((s, c) => s + c.government, 0);
  const nonGovernment = byCountry.reduce((s, c) => s + c.nonGovernment, 0);
  const itemised = data.agreements.filter(isNamedDocument).length;
  return {
    agreementTotals: {
      byCountry,
      government,
      nonGovernment,
      total: government + nonGovernment,
      itemised,
      notItemised: government + nonGovernment - itemised,
    },
    tripDays: datesBetween(data.trip.start, data.trip.end),
  };
}

export type PipelineResult = { ok: true; dataset: TripDataset } | { ok: false; problems: DataProblem[] };

/** The whole preprocess step, minus the file system: source texts in, dataset or problems out. */
export function buildDatasetFromSources(texts: Partial<Record<SourceFileName, string>>, dir = 'data'): PipelineResult {
  const problems: DataProblem[] = [];
  const parsed: Partial<Record<SourceFileName, unknown>> = {};
  for (const name of Object.keys(sourceFiles) as SourceFileName[]) {
    const file = `${dir}/${name}`;
    const text = texts[name];
    if (text === undefined) {
      problems.push({ file, path: '', message: 'file is missing' });
      continue;
    }
    const json = parseJsonText(file, text);
    if (!json.ok) {
      problems.push(json.problem);
      continue;
    }
    const result = sourceFiles[name].safeParse(json.value);
    if (!result.success) problems.push(...zodProblems(file, result.error));
    else parsed[name] = result.data;
  }
  if (problems.length > 0) return { ok: false, problems };

  const p = parsed as { [K in SourceFileName]: z.infer<(typeof sourceFiles)[K]> };
  const merged: Merged = {
    schemaVersion: 1,
    trip: p['trip.json'].trip,
    sources: p['sources.json'].sources,
    places: p['places.json'].places,
    days: p['itinerary.json'].days,
    events: p['itinerary.json'].events,
    agreementCounts: p['agreements.json'].counts,
    agreements: p['agreements.json'].agreements,
    outcomes: p['outcomes.json'].outcomes,
    milestones: p['milestones.json'].milestones,
    economySubjects: p['economy.json'].subjects,
    figures: p['economy.json'].figures,
    notes: p['notes.json'].notes,
    people: p['voices.json'].people,
    voices: p['voices.json'].voices,
    background: p['background.json'].background,
  };
  const crossProblems = crossCheck(merged, undefined, dir);
  if (crossProblems.length > 0) return { ok: false, problems: crossProblems };
  return { ok: true, dataset: { ...merged, derived: deriveAggregates(merged) } };
}

/** Run-time check of the fetched dataset: the same schema, the same cross-checks. */
export function validateDataset(value: unknown, file = 'data/trip.json'): PipelineResult {
  const result = tripDatasetSchema.safeParse(value);
  if (!result.success) return { ok: false, problems: zodProblems(file, result.error) };
  const { derived, ...merged } = result.data;
  const crossProblems = crossCheck(merged, file);
  if (crossProblems.length > 0) return { ok: false, problems: crossProblems };
  // The derived block must be what the data gives: a stale or hand-edited total is an error.
  if (JSON.stringify(derived) !== JSON.stringify(deriveAggregates(merged)))
    return { ok: false, problems: [{ file, path: 'derived', message: 'does not match the totals the data gives; run npm run data' }] };
  return { ok: true, dataset: result.data };
}
