/**
 * Pure aggregations behind the agreements view: the typed *series* each chart mode draws, and the rows
 * of the explorer. No React, no store: tests feed them a small fixture.
 */
import type { Agreement, AgreementCount, AgreementStatus, CountedInTotal, CountryCode, Derived, Field, Level, Text, Trip } from '../../data/schema';
import { isNamedDocument } from '../../data/countedInTotal';
import { foldChineseScript } from '../../i18n/searchFold';
import { FIELDS, LEVELS, STATUSES } from '../../data/schema';

// --- Mode 1: country x level --------------------------------------------------------------------

export interface LevelCount {
  level: Level;
  count: number;
}

export interface CountryBreakdown {
  country: CountryCode;
  levels: LevelCount[];
  total: number;
}

/** The headline counts by country and level, for the countries the filter shows. */
export function computeCountryBreakdown(
  counts: readonly AgreementCount[],
  country: CountryCode | null,
  /** The trip's countries, in the order trip.json lists them. */
  countries: readonly CountryCode[],
): CountryBreakdown[] {
  return countries.filter((code) => !country || code === country)
    .map((code) => {
      const levels = LEVELS.map((level) => ({
        level,
        count: counts.filter((c) => c.country === code && c.level === level).reduce((sum, c) => sum + c.count, 0),
      }));
      return { country: code, levels, total: levels.reduce((sum, l) => sum + l.count, 0) };
    })
    .filter((row) => row.total > 0);
}

// --- Mode 2: field ------------------------------------------------------------------------------

export interface FieldRow {
  /** A field, or 'not-itemised' for the documents the reports count but do not name. */
  key: Field | 'not-itemised';
  byCountry: { country: CountryCode; count: number; agreementIds: string[] }[];
  total: number;
}

export interface FieldBreakdown {
  /** Fields with at least one named document inside the headline count, largest first. */
  fields: FieldRow[];
  /** The headline documents the reports do not itemise, per country: count(country) - named(country). */
  notItemised: FieldRow;
  named: number;
  total: number;
  /** Named arrangements outside the headline count (talks, plans, agreements in principle). */
  outsideTotal: Agreement[];
}

export function computeFieldBreakdown(
  agreements: readonly Agreement[],
  counts: readonly AgreementCount[],
  country: CountryCode | null,
  /** The trip's countries, in the order trip.json lists them. */
  countries: readonly CountryCode[],
): FieldBreakdown {
  const shown = countries.filter((code) => !country || code === country);
  const isShown = new Set<CountryCode>(shown);
  // One pass over the agreements (the benchmark has 10,000): ids by field and country, named per country.
  const idsByField = new Map<Field, Map<CountryCode, string[]>>();
  const namedByCountry = new Map<CountryCode, number>();
  const outsideTotal: Agreement[] = [];
  let named = 0;
  for (const a of agreements) {
    if (!isShown.has(a.country)) continue;
    if (!isNamedDocument(a)) {
      outsideTotal.push(a);
      continue;
    }
    named += 1;
    namedByCountry.set(a.country, (namedByCountry.get(a.country) ?? 0) + 1);
    let byCountry = idsByField.get(a.field);
    if (!byCountry) idsByField.set(a.field, (byCountry = new Map()));
    const ids = byCountry.get(a.country);
    if (ids) ids.push(a.id);
    else byCountry.set(a.country, [a.id]);
  }
  const fields: FieldRow[] = FIELDS.map((field) => {
    const ids = idsByField.get(field);
    const byCountry = shown
      .map((code) => {
        const agreementIds = ids?.get(code) ?? [];
        return { country: code, count: agreementIds.length, agreementIds };
      })
      .filter((c) => c.count > 0);
    return { key: field, byCountry, total: byCountry.reduce((sum, c) => sum + c.count, 0) };
  })
    .filter((row) => row.total > 0)
    // Largest first; ties keep the schema's order of fields (Array.sort is stable).
    .sort((a, b) => b.total - a.total);
  const countOf = (code: CountryCode) => counts.filter((c) => c.country === code).reduce((sum, c) => sum + c.count, 0);
  const notItemisedByCountry = shown
    .map((code) => ({ country: code, count: Math.max(0, countOf(code) - (namedByCountry.get(code) ?? 0)), agreementIds: [] }))
    .filter((c) => c.count > 0);
  const total = counts.filter((c) => isShown.has(c.country)).reduce((sum, c) => sum + c.count, 0);
  return {
    fields,
    notItemised: { key: 'not-itemised', byCountry: notItemisedByCountry, total: notItemisedByCountry.reduce((s, c) => s + c.count, 0) },
    named,
    total,
    outsideTotal,
  };
}

// --- Mode 3: amounts ----------------------------------------------------------------------------

export interface AmountBreakdown {
  /** The stated total for all the agreements, and how the reports qualify it ("over"). */
  total: number;
  qualifier: Trip['agreements']['amountQualifier'];
  named: { agreement: Agreement; amountUsd: number }[];
  namedSum: number;
  /** What the named amounts leave of the stated total (at least this much when the total is "over"). */
  rest: number;
}

/** The stated total is for the whole trip, so it is not split by the country filter. */
export function computeAmountBreakdown(agreements: readonly Agreement[], trip: Trip): AmountBreakdown {
  const named = agreements
    .filter((a): a is Agreement & { amountUsd: number } => a.amountUsd !== null)
    .map((agreement) => ({ agreement, amountUsd: agreement.amountUsd }));
  const namedSum = named.reduce((sum, n) => sum + n.amountUsd, 0);
  return {
    total: trip.agreements.amountUsd,
    qualifier: trip.agreements.amountQualifier,
    named,
    namedSum,
    rest: Math.max(0, trip.agreements.amountUsd - namedSum),
  };
}

// --- Explorer rows ------------------------------------------------------------------------------

export interface ExplorerRow {
  id: string;
  kind: 'named' | 'aggregate';
  country: CountryCode;
  level: Level;
  field: Field | null;
  status: AgreementStatus | null;
  /** For an aggregate row, built from labels by the view; for a named agreement, its own title. */
  title: Text;
  summary: Text;
  parties: Text[];
  /** Aggregate: the count reported. Named: 1 for a document the bars count, 0 for talks and plans. */
  count: number;
  /** Named: whether the reports put it in the headline count (mostly not stated); null for a total. */
  counted: CountedInTotal | null;
  /** For aggregate rows: how many of its documents the table names. */
  namedCount: number;
  date: string | null;
  amountUsd: number | null;
  cite: Agreement['cite'];
}

export function namedRow(a: Agreement): ExplorerRow {
  return {
    id: a.id,
    kind: 'named',
    country: a.country,
    level: a.level,
    field: a.field,
    status: a.status,
    title: a.title,
    summary: a.summary,
    parties: a.parties,
    count: isNamedDocument(a) ? 1 : 0,
    counted: a.countedInTotal,
    namedCount: 0,
    date: a.date,
    amountUsd: a.amountUsd,
    cite: a.cite,
  };
}

/**
 * Aggregate rows first (one per country x level, as the reports count them), then every named
 * agreement in the data's order. `describe` supplies the aggregate rows' words in both languages.
 */
export function buildExplorerRows(
  agreements: readonly Agreement[],
  counts: readonly AgreementCount[],
  describe: (count: AgreementCount, named: number) => { title: Text; summary: Text },
): ExplorerRow[] {
  const namedBy = new Map<string, number>();
  for (const a of agreements) if (isNamedDocument(a)) namedBy.set(`${a.country}/${a.level}`, (namedBy.get(`${a.country}/${a.level}`) ?? 0) + 1);
  const aggregates = counts.map((c): ExplorerRow => {
    const named = namedBy.get(`${c.country}/${c.level}`) ?? 0;
    const words = describe(c, named);
    return {
      id: `total-${c.country.toLowerCase()}-${c.level}`,
      kind: 'aggregate',
      country: c.country,
      level: c.level,
      field: null,
      status: null,
      title: words.title,
      summary: words.summary,
      parties: [],
      count: c.count,
      counted: null,
      namedCount: named,
      date: null,
      amountUsd: null,
      cite: c.cite,
    };
  });
  return [...aggregates, ...agreements.map(namedRow)];
}

export interface ExplorerFilters {
  country: CountryCode | null;
  level: Level | null;
  field: Field | null;
  status: AgreementStatus | null;
  q: string;
}

/**
 * Lower-case, NFKC so full-width letters typed on a Chinese keyboard match half-width ones, and
 * Chinese folded to one script so Simplified and Traditional input find the same rows.
 */
export function normaliseSearch(text: string): string {
  return foldChineseScript(text.normalize('NFKC').toLowerCase());
}

/** The words of a query, normalised; none means "match everything". */
export function searchTerms(q: string): string[] {
  return normaliseSearch(q).split(/\s+/).filter(Boolean);
}

/**
 * All the text a row can be found by, normalised once: its own words in English and Chinese, plus
 * `extraText`, the words a reader sees in the row but the data does not hold (country and field names).
 */
export function searchHaystack(row: ExplorerRow, extraText: (row: ExplorerRow) => string[] = () => []): string {
  const texts = [row.title, row.summary, ...row.parties].flatMap((t) => [t.en, t.zhHant]);
  return normaliseSearch([...texts, ...extraText(row)].join('\n'));
}

/** Row id -> haystack. Built once per dataset and language, so typing a query does no per-row string work. */
export type SearchIndex = ReadonlyMap<string, string>;

export function buildSearchIndex(rows: readonly ExplorerRow[], extraText?: (row: ExplorerRow) => string[]): SearchIndex {
  return new Map(rows.map((row) => [row.id, searchHaystack(row, extraText)]));
}

/** Every word of the query must appear in the row's text, in English or Chinese. */
export function matchesQuery(row: ExplorerRow, q: string, extraText: (row: ExplorerRow) => string[] = () => []): boolean {
  const terms = searchTerms(q);
  if (terms.length === 0) return true;
  return hasEveryTerm(searchHaystack(row, extraText), terms);
}

function hasEveryTerm(haystack: string, terms: readonly string[]): boolean {
  return terms.every((term) => haystack.includes(term));
}

/**
 * Field and status describe named agreements only, so choosing either leaves the aggregate rows out.
 * `search` is either the extra words of a row or a prebuilt index of every row's words. Keeps the
 * input's order, so filtering rows that are already sorted gives the sorted result.
 */
export function filterExplorerRows(
  rows: readonly ExplorerRow[],
  filters: ExplorerFilters,
  search: ((row: ExplorerRow) => string[]) | SearchIndex = () => [],
): ExplorerRow[] {
  const terms = searchTerms(filters.q);
  const haystackOf = (row: ExplorerRow) =>
    typeof search === 'function' ? searchHaystack(row, search) : (search.get(row.id) ?? searchHaystack(row));
  return rows.filter(
    (row) =>
      (!filters.country || row.country === filters.country) &&
      (!filters.level || row.level === filters.level) &&
      (!filters.field || row.field === filters.field) &&
      (!filters.status || row.status === filters.status) &&
      (terms.length === 0 || hasEveryTerm(haystackOf(row), terms)),
  );
}

export type SortKey = 'title' | 'country' | 'level' | 'field' | 'status' | 'count';
export interface SortOrder {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

/**
 * A status's place in the life of an agreement, earliest first: planned, talks to start, agreed,
 * initialled, signed (the schema lists them the other way round). A row without one (a reported
 * total) ranks after every stage.
 */
export function statusStage(status: AgreementStatus | null): number {
  return status === null ? STATUSES.length : STATUSES.length - 1 - STATUSES.indexOf(status);
}

/**
 * Sort a copy (never the input). Statuses sort by stage, not by their names. `textOf` gives the words shown for a column, so text sorts the way
 * the reader sees it, in the reader's locale; ties keep the default order.
 */
export function sortExplorerRows(
  rows: readonly ExplorerRow[],
  order: SortOrder | null,
  textOf: (row: ExplorerRow, key: Exclude<SortKey, 'count'>) => string,
  locale: string,
): ExplorerRow[] {
  if (!order) return [...rows];
  const { key } = order;
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = order.direction === 'ascending' ? 1 : -1;
  // Each row's text once, not twice per comparison; the position breaks ties.
  const decorated = rows.map((row, index) => ({ row, index, text: key === 'count' || key === 'status' ? '' : textOf(row, key) }));
  decorated.sort((a, b) => {
    // A reported total has no status: it stays after the named rows whichever way statuses run.
    if (key === 'status' && (a.row.status === null) !== (b.row.status === null)) return a.row.status === null ? 1 : -1;
    const byKey =
      key === 'count'
        ? a.row.count - b.row.count
        : key === 'status'
          ? statusStage(a.row.status) - statusStage(b.row.status)
          : collator.compare(a.text, b.text);
    return byKey !== 0 ? sign * byKey : a.index - b.index;
  });
  return decorated.map((d) => d.row);
}

/** The headline counts, checked against the preprocess step's derived totals. */
export function totalOf(derived: Derived, country: CountryCode | null): number {
  const { agreementTotals } = derived;
  if (!country) return agreementTotals.total;
  return agreementTotals.byCountry.find((c) => c.country === country)?.total ?? 0;
}

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
