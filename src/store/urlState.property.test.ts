// @vitest-environment node
/**
 * Property tests of the URL-state parser: a link is user input, so any query string must give a
 * valid partial selection and never an exception. The seed is printed; rerun a failure with
 * FC_SEED=<seed> npx vitest run src/store/urlState.property.test.ts
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELDS, LEVELS, LIMITS, STATUSES } from '../data/schema';

// Any well-formed ISO code parses; the loaded dataset later drops one it does not list.
const SOME_COUNTRY_CODES = ['KZ', 'UZ', 'FR', 'ZZ'];
import { offeredLangs } from '../i18n/lang';
import { CHART_MODES, DEFAULT_SELECTION, parseSelection, serializeSelection, type Selection } from './urlState';

const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
console.log(`urlState properties: fast-check seed ${seed} (FC_SEED=${seed} to replay)`);

const isIsoDay = (value: unknown) =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
const isIntIn = (min: number, max: number) => (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
const isOneOf = (values: readonly string[]) => (value: unknown) => typeof value === 'string' && values.includes(value);

/** What each key of a parsed selection may hold; null and '' are defaults and never come from a parse. */
const VALID: { [K in keyof Selection]: (value: unknown) => boolean } = {
  lang: isOneOf(offeredLangs()),
  country: (value: unknown) => typeof value === 'string' && /^[A-Z]{2}$/.test(value),
  day: isIsoDay,
  outcome: isIntIn(1, LIMITS.outcomes.max),
  level: isOneOf(LEVELS),
  field: isOneOf(FIELDS),
  status: isOneOf(STATUSES),
  q: (value) => typeof value === 'string' && value.length <= 100,
  slide: isIntIn(1, 99),
  chart: isOneOf(CHART_MODES),
};
const KEYS = Object.keys(VALID) as (keyof Selection)[];

function expectValidPartial(parsed: Partial<Selection>) {
  for (const [key, value] of Object.entries(parsed)) {
    expect(KEYS).toContain(key);
    expect(VALID[key as keyof Selection](value), `${key}=${JSON.stringify(value)}`).toBe(true);
  }
}

/** Values a hand-edited or mangled link might carry: real values, near misses, junk. */
const nearMiss = fc.oneof(
  fc.constantFrom(...offeredLangs(), ...SOME_COUNTRY_CODES, ...LEVELS, ...FIELDS, ...STATUSES, ...CHART_MODES),
  fc.constantFrom('kz', 'EN', 'zh-hant', '2026-06-01', '2026-02-30', '2026-6-1', '0', '1', '8', '9', '99', '100', '-1', '1.5', '1e1', '０', ' 3', '<script>', '%', '%E0%A4%A', '&', '=', 'amount', 'Field'),
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
);
const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 }));
const structuredQuery = fc
  .array(fc.tuple(key, nearMiss), { maxLength: 12 })
  .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));
const rawQuery = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 300 }),
  fc.array(fc.tuple(key, nearMiss), { maxLength: 12 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
);

const selection: fc.Arbitrary<Selection> = fc.record({
  lang: fc.constantFrom(...offeredLangs()),
  country: fc.constantFrom(null, ...SOME_COUNTRY_CODES),
  day: fc.option(
    fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  ),
  outcome: fc.option(fc.integer({ min: 1, max: 8 })),
  level: fc.constantFrom(null, ...LEVELS),
  field: fc.constantFrom(null, ...FIELDS),
  status: fc.constantFrom(null, ...STATUSES),
  // Well-formed text only: a lone surrogate cannot survive any URL encoding.
  q: fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => s.length <= 100),
  slide: fc.option(fc.integer({ min: 1, max: 99 })),
  chart: fc.constantFrom(...CHART_MODES),
});

describe('parseSelection (property-based)', () => {
  it('never throws and gives only valid values for any query string', () => {
    fc.assert(
      fc.property(fc.oneof(structuredQuery, rawQuery), fc.boolean(), (query, withMark) => {
        expectValidPartial(parseSelection(withMark ? `?${query}` : query));
      }),
      { seed, numRuns: 3000 },
    );
  });

  it('round-trips every valid selection through the query string', () => {
    fc.assert(
      fc.property(selection, (original) => {
        const query = serializeSelection(original);
        const parsed = parseSelection(`?${query}`);
        expect(parsed.lang).toBe(original.lang);
        const restored: Selection = { ...DEFAULT_SELECTION, lang: original.lang, ...parsed };
        expect(restored).toEqual(original);
        // A second pass changes nothing: the link a user copies is stable.
        expect(serializeSelection(restored)).toBe(query);
      }),
      { seed, numRuns: 1500 },
    );
  });

  it('leaves defaults out of the query so links stay short', () => {
    fc.assert(
      fc.property(fc.constantFrom(...offeredLangs()), (lang) => {
        expect(serializeSelection({ ...DEFAULT_SELECTION, lang })).toBe(`lang=${encodeURIComponent(lang)}`);
      }),
      { seed, numRuns: 10 },
    );
  });
});
