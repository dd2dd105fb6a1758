/**
 * The shared selection mirrored in the URL query, so any view of the dashboard can be sent as a link.
 * Parsing never throws: an unknown key or a malformed value is dropped and the default stands.
 */
import { COUNTRY_CODE_PATTERN, LIMITS, FIELDS, LEVELS, STATUSES, type CountryCode, type Field, type Level, type AgreementStatus } from '../data/vocabulary';
import { isLang, type Lang } from '../i18n/lang';

/** How the agreements chart breaks the documents down; 'level' is the default and stays out of links. */
export const CHART_MODES = ['level', 'field', 'amounts'] as const;
export type ChartMode = (typeof CHART_MODES)[number];

export interface Selection {
  lang: Lang;
  /** null: all countries. */
  country: CountryCode | null;
  /** A trip day, YYYY-MM-DD. */
  day: string | null;
  /** An outcome, 1..8. */
  outcome: number | null;
  /** Agreements explorer filters. */
  level: Level | null;
  field: Field | null;
  status: AgreementStatus | null;
  q: string;
  /** Presentation mode: the slide shown, from 1; null when not presenting. */
  slide: number | null;
  /** The agreements chart's mode. */
  chart: ChartMode;
}

export const DEFAULT_SELECTION: Omit<Selection, 'lang'> = {
  country: null,
  day: null,
  outcome: null,
  level: null,
  field: null,
  status: null,
  q: '',
  slide: null,
  chart: 'level',
};

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (raw: string): T | undefined =>
    (values as readonly string[]).includes(raw) ? (raw as T) : undefined;

function parseIsoDay(raw: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return undefined;
  const date = new Date(`${raw}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === raw ? raw : undefined;
}

function parseIntegerIn(min: number, max: number) {
  return (raw: string): number | undefined => {
    if (!/^\d{1,3}$/.test(raw)) return undefined;
    const n = Number(raw);
    return n >= min && n <= max ? n : undefined;
  };
}

type Parsers = { [K in keyof Selection]: (raw: string) => Selection[K] | undefined };

const PARSERS: Parsers = {
  lang: (raw) => (isLang(raw) ? raw : undefined),
  // Any well-formed code; once the dataset loads, a code it does not list is dropped (appStore).
  country: (raw) => (COUNTRY_CODE_PATTERN.test(raw) ? raw : undefined),
  day: parseIsoDay,
  outcome: parseIntegerIn(1, LIMITS.outcomes.max),
  level: oneOf(LEVELS),
  field: oneOf(FIELDS),
  status: oneOf(STATUSES),
  // Search text: any string, trimmed and capped so a pasted essay cannot bloat the URL.
  q: (raw) => raw.slice(0, 100),
  slide: parseIntegerIn(1, 99),
  chart: oneOf(CHART_MODES),
};

const KEYS = Object.keys(PARSERS) as (keyof Selection)[];

/** The parts of the selection a query string sets; everything else is left to defaults. */
export function parseSelection(search: string): Partial<Selection> {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return {};
  }
  const out: Partial<Record<keyof Selection, unknown>> = {};
  for (const key of KEYS) {
    const raw = params.get(key);
    if (raw === null) continue;
    const value = PARSERS[key](raw);
    if (value !== undefined) out[key] = value;
  }
  return out as Partial<Selection>;
}

/** The query string for a selection: defaults are left out so links stay short. */
export function serializeSelection(selection: Selection): string {
  const params = new URLSearchParams();
  params.set('lang', selection.lang);
  for (const key of KEYS) {
    if (key === 'lang') continue;
    const value = selection[key];
    if (value === null || value === '' || value === undefined || value === DEFAULT_SELECTION[key]) continue;
    params.set(key, String(value));
  }
  return params.toString();
}
