/**
 * The mission on screen: its countries (codes, names, colours, base-map ids) and home, as the
 * loaded dataset lists them. Like the current language, they are app-wide context: every view
 * names and colours countries the same way, so the lookups live here once instead of being
 * threaded through each view's props. `buildTripModel` sets them when a dataset is loaded (the
 * app loads one dataset per page); tests that build a model get that model's countries.
 *
 * Nothing here knows any particular trip: all values come from trip.json.
 */
import type { Country, CountryCode, Home, Level, Text, Trip } from './schema';

export interface MissionCountries {
  /** The countries visited, in the order trip.json lists them. */
  countries: readonly Country[];
  home: Home | null;
}

let current: MissionCountries = { countries: [], home: null };
let byCode = new Map<string, Country>();

/** Called by buildTripModel with the loaded trip. */
export function setMissionCountries(trip: Pick<Trip, 'countries' | 'home'>): void {
  current = { countries: trip.countries, home: trip.home };
  byCode = new Map(trip.countries.map((c) => [c.code, c]));
}

export function missionCountries(): readonly Country[] {
  return current.countries;
}

export function missionCountryCodes(): CountryCode[] {
  return current.countries.map((c) => c.code);
}

export function missionHome(): Home | null {
  return current.home;
}

export function isMissionCountry(code: string): boolean {
  return byCode.has(code);
}

export function countryByCode(code: string): Country | undefined {
  return byCode.get(code);
}

/** A country's (or home's) name in both languages; the code itself when the data has no such country. */
export function countryText(code: string): Text {
  const country = byCode.get(code);
  if (country) return country.name;
  if (current.home && current.home.code === code) return current.home.name;
  return { en: code, zhHant: code, ru: code };
}

/** Neutral grey for a code the data does not colour (never expected after validation). */
const FALLBACK = { main: '#5f6b78', strong: '#3d4652', soft: '#e3e7ec' };

/** The country's colours from trip.json. */
export function countryColours(code: string): Country['colours'] {
  return byCode.get(code)?.colours ?? FALLBACK;
}

/** Agreement fills: government in the strong shade, non-government in the main one. */
export function levelFill(code: string, level: Level): string {
  const colours = countryColours(code);
  return level === 'government' ? colours.strong : colours.main;
}

export function homeColour(): string {
  return current.home?.colour ?? FALLBACK.strong;
}
