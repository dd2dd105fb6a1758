/**
 * The series each chart mode draws (country and level, field, amounts) and the headline totals.
 * Pure: no React, no store; tests feed them a small fixture.
 */
import type { Agreement, AgreementCount, CountryCode, Derived, Field, Level, Trip } from '../../data/schema';
import { isNamedDocument } from '../../data/countedInTotal';
import { FIELDS, LEVELS } from '../../data/vocabulary';

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

/** The headline counts, checked against the preprocess step's derived totals. */
export function totalOf(derived: Derived, country: CountryCode | null): number {
  const { agreementTotals } = derived;
  if (!country) return agreementTotals.total;
  return agreementTotals.byCountry.find((c) => c.country === country)?.total ?? 0;
}
