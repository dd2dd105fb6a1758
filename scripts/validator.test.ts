// @vitest-environment node
/**
 * The build-time validator (scripts/validator.ts + src/data/shapeCheck.ts) against zod itself: on
 * the real dataset and on thousands of damaged copies, both must report the same problems (path and
 * message, in order). The seed is printed; rerun a failure with
 * FC_SEED=<seed> npx vitest run scripts/validator.test.ts
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as schemaModule from '../src/data/schema';
import { shapeSchema, validateShape } from '../src/data/shapeCheck';
import { formatPath } from '../src/data/validate';
import { generateSchemaModule, shapeOf } from './validator';

const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
console.log(`generated validator vs zod: fast-check seed ${seed} (FC_SEED=${seed} to replay)`);

const DATASET: unknown = JSON.parse(readFileSync(resolve(import.meta.dirname, '../public/data/trip.json'), 'utf8'));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

function allPaths(value: Json, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...allPaths(item, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) out.push(...allPaths(item, [...prefix, key]));
  return out;
}

function mutate(root: Json, path: Path, value: Json | undefined): Json {
  const copy = structuredClone(root);
  if (path.length === 0) return value ?? null;
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = value;
  return copy;
}

const zodIssues = (schema: z.ZodType, value: unknown) =>
  (schema.safeParse(value).error?.issues ?? []).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
const shapeIssues = (schema: z.ZodType, value: unknown) =>
  validateShape(shapeOf(schema as never), value).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);

/** Values that break fields in every way the schema can tell apart. */
const replacement: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom<Json>(null, '', 'x', 'KZ', 'Not-An-Id', '2026-13-01', '25:00', 0, -1, 1.5, 91, -181, 9, 1e300, true, false, [], {}, [''], { en: '' }),
  fc.string({ maxLength: 4 }),
  fc.integer({ min: -3, max: 100 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

describe('validator generated from schema.ts', () => {
  const dataset = schemaModule.tripDatasetSchema;
  const paths = allPaths(DATASET as Json);

  it('accepts the real dataset, as zod does', () => {
    expect(zodIssues(dataset, DATASET)).toEqual([]);
    expect(shapeIssues(dataset, DATASET)).toEqual([]);
  });

  it('reports what zod reports, path and message, on every kind of damage', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), replacement, (path, value) => {
        const broken = mutate(DATASET as Json, path, value);
        expect(shapeIssues(dataset, broken)).toEqual(zodIssues(dataset, broken));
      }),
      { seed, numRuns: 800 },
    );
  }, 60_000);

  it('reports what zod reports on several faults at once', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...paths.slice(1)), replacement), { minLength: 2, maxLength: 5 }), (faults) => {
        let broken = DATASET as Json;
        for (const [path, value] of faults) {
          try {
            broken = mutate(broken, path, value);
          } catch {
            // an earlier fault removed this path's parent
          }
        }
        expect(shapeIssues(dataset, broken)).toEqual(zodIssues(dataset, broken));
      }),
      { seed, numRuns: 200 },
    );
  }, 60_000);

  it('covers the zod features schema.ts may use beyond today’s: unions, records, exact lengths, custom messages', () => {
    const schema = z.object({
      u: z.union([z.string().min(2), z.number().int()]),
      r: z.record(z.string().regex(/^[a-z]+$/), z.number().max(3)),
      l: z.array(z.boolean()).length(2),
      m: z.string().max(3, 'three at most'),
      o: z.string().optional(),
      big: z.number().int().optional(),
      e: z.enum(['a', 'b']).nullable(),
    });
    const values: unknown[] = [
      { u: 'ab', r: { a: 1 }, l: [true, false], m: 'abc', e: null },
      { u: 'a', r: { A: 1, b: 4 }, l: [true], m: 'abcd', o: 1, big: 2 ** 60, e: 'c' },
      { u: 1.5, r: [], l: [1, 2, 3], m: 5, o: null, big: 'x', e: undefined },
      { u: true, r: null, l: 'ab', m: '😀😀😀', o: 'x', big: -(2 ** 60), e: 'a' },
      null,
      [],
    ];
    for (const value of values) expect(shapeIssues(schema, value)).toEqual(zodIssues(schema, value));
  });

  it('fails the build, naming the place, on a zod feature it cannot check without zod', () => {
    expect(() => shapeOf(z.object({ when: z.string().email() }) as never, 'x')).toThrow(/x\.when: zod check "string_format\/email"/);
    expect(() => shapeOf(z.object({ n: z.number().transform((v) => v * 2) }) as never, 'x')).toThrow(/x\.n: zod type "pipe"/);
    expect(() => shapeOf(z.string().refine((s) => s !== 'a') as never, 'x')).toThrow(/x: zod check "custom"/);
  });

  it('writes every export of schema.ts: the code lists as values, each schema as a description', async () => {
    const code = generateSchemaModule(schemaModule, '/shapeCheck.ts');
    expect(code).toContain(`export const LEVELS = ${JSON.stringify(schemaModule.LEVELS)};`);
    expect(code).toContain('export const tripDatasetSchema = /* @__PURE__ */ shapeSchema(');
    for (const name of Object.keys(schemaModule)) expect(code).toMatch(new RegExp(`export const ${name} = `));
    // The generated module runs: its dataset schema accepts the dataset and names a broken field.
    (globalThis as { __shapeCheck?: unknown }).__shapeCheck = { shapeSchema };
    const runnable = code.replace(/^import .*$/m, 'const { shapeSchema } = globalThis.__shapeCheck;');
    const generated = (await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(runnable)}`)) as typeof schemaModule;
    expect(generated.tripDatasetSchema.safeParse(DATASET).success).toBe(true);
    const broken = mutate(DATASET as Json, ['agreements', 0, 'level'], 'regional');
    expect(generated.tripDatasetSchema.safeParse(broken).error?.issues.map((i) => `${formatPath(i.path)}: ${i.message}`)).toEqual([
      'agreements[0].level: Invalid option: expected one of "government"|"non-government"',
    ]);
    expect(generated.FIELDS).toEqual(schemaModule.FIELDS);
  });
});
