// @vitest-environment node
/**
 * Property tests of the dataset validator: thousands of mutated copies of the real dataset and of
 * the source files in data/. Each must be rejected with a problem that names the file and the path
 * of the damage, and nothing may throw. The seed is printed; rerun a failure with
 * FC_SEED=<seed> npx vitest run src/data/validate.property.test.ts
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceFiles, type SourceFileName } from './schema';
import { buildDatasetFromSources, formatPath, validateDataset, type DataProblem, type PipelineResult } from './validate';

const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
console.log(`validator properties: fast-check seed ${seed} (FC_SEED=${seed} to replay)`);

const ROOT = resolve(__dirname, '../..');
const DATASET_TEXT = readFileSync(resolve(ROOT, 'public/data/trip.json'), 'utf8');
const DATASET: unknown = JSON.parse(DATASET_TEXT);
const FILE_NAMES = Object.keys(sourceFiles) as SourceFileName[];
const SOURCE_TEXTS = Object.fromEntries(
  FILE_NAMES.map((name) => [name, readFileSync(resolve(ROOT, 'data', name), 'utf8')]),
) as Record<SourceFileName, string>;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every location in a JSON value, parents before children. */
function allPaths(value: Json, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...allPaths(item, [...prefix, i])));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) out.push(...allPaths(item, [...prefix, key]));
  return out;
}

function getAt(root: Json, path: Path): Json {
  let node: Json = root;
  for (const key of path) node = (node as Record<string | number, Json>)[key] as Json;
  return node;
}

function setAt(root: Json, path: Path, value: Json | undefined) {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
}

/** A value of another JSON type that no field of the schema accepts in place of the original. */
function otherType(value: Json): Json {
  if (Array.isArray(value)) return {};
  if (value === null) return { unexpected: true };
  switch (typeof value) {
    case 'string':
      return 42;
    case 'number':
      return String(value);
    case 'boolean':
      return value ? 'true' : 0;
    default:
      return [];
  }
}

const clone = (value: unknown) => structuredClone(value) as Json;

/** The problem list is well formed: every problem names a file and says something. */
function expectWellFormed(result: PipelineResult, file: string | RegExp) {
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    if (typeof file === 'string') expect(problem.file).toBe(file);
    else expect(problem.file).toMatch(file);
    expect(problem.message.trim()).not.toBe('');
  }
  return result.problems;
}

/** Some problem points at the damaged location (or inside it). */
function expectProblemAt(problems: DataProblem[], path: string) {
  const hit = problems.some((p) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`));
  expect(hit, `no problem at ${path}; got ${problems.map((p) => `${p.path}: ${p.message}`).join(' | ')}`).toBe(true);
}

const FILE = 'data/trip.json';
const BASE = DATASET as Json;
const PATHS = allPaths(BASE).filter((p) => p.length > 0);
// Optional in the schema, so deleting them is not damage.
const OPTIONAL_KEYS = new Set(['sumOf', 'holds', 'titleMore', 'timeApproximate', 'document', 'signedWith', 'romanised']);
// A figure's roles are optional; `country` is optional on a figure only (agreements need theirs).
const OPTIONAL_FIGURE_KEYS = new Set(['show', 'rankAmong', 'growth', 'trade', 'country']);
const DELETABLE = PATHS.filter(
  (p) =>
    typeof p.at(-1) === 'string' &&
    !OPTIONAL_KEYS.has(p.at(-1) as string) &&
    !(p[0] === 'figures' && p.length === 3 && OPTIONAL_FIGURE_KEYS.has(p.at(-1) as string)),
);
// The derived block is recomputed by the preprocess step; the run-time validator checks its shape only.
const TYPED = PATHS.filter((p) => !(p[0] === 'derived' && p.length > 1 && typeof getAt(BASE, p) !== 'object'));

const pick = <T,>(items: readonly T[]) => fc.nat({ max: items.length - 1 }).map((i) => items[i]!);

/** Collections with a unique key, and the key. */
const KEYED: [string, string][] = [
  ['sources', 'id'],
  ['places', 'id'],
  ['events', 'id'],
  ['agreements', 'id'],
  ['milestones', 'id'],
  ['figures', 'id'],
  ['notes', 'id'],
  ['outcomes', 'number'],
  ['days', 'date'],
  ['people', 'id'],
  ['voices', 'id'],
  ['background', 'id'],
];

/** Every place a value refers to another item by its id. */
function referencePaths(data: Json): Path[] {
  return allPaths(data).filter((p) => {
    const value = getAt(data, p);
    if (typeof value !== 'string') return false;
    const [collection] = p;
    const last = p.at(-1);
    const parent = p.at(-2);
    if (last === 'source' || last === 'section') return p.includes('cite');
    if (collection === 'events') return last === 'place' || last === 'venue';
    if (collection === 'agreements') return last === 'event';
    if (collection === 'days') return last === 'place';
    if (collection === 'places') return last === 'city';
    if (collection === 'outcomes') return last === 'announcedAt' || parent === 'agreements' || parent === 'events' || parent === 'milestones';
    if (collection === 'milestones') return parent === 'agreements';
    if (collection === 'figures') return parent === 'sumOf';
    if (collection === 'notes') return parent === 'about';
    if (collection === 'voices') return last === 'person';
    return false;
  });
}
const REFERENCES = referencePaths(BASE);

/** Counts whose parts must add up, each with the path the validator should blame. */
const COUNTS: Path[] = [
  ['trip', 'agreements', 'total'],
  ['trip', 'agreements', 'government'],
  ['trip', 'agreements', 'nonGovernment'],
  ['trip', 'delegation', 'total'],
  ['trip', 'delegation', 'fromHome'],
  ['trip', 'delegation', 'mainland'],
  ...((BASE as { agreementCounts: unknown[] }).agreementCounts.map((_, i) => ['agreementCounts', i, 'count']) as Path[]),
];

// Hundreds of validations of the whole dataset per property: CPU-bound, so slow on a busy machine.
const PROPERTY_TIMEOUT = { timeout: 30_000 };

describe('validateDataset (property-based, mutated copies of public/data/trip.json)', PROPERTY_TIMEOUT, () => {
  it('accepts the real dataset (the base every mutation starts from)', () => {
    expect(validateDataset(DATASET).ok).toBe(true);
  });

  it('rejects a dataset with a required field deleted, naming its path', () => {
    fc.assert(
      fc.property(pick(DELETABLE), (path) => {
        const data = clone(DATASET);
        setAt(data, path, undefined);
        expectProblemAt(expectWellFormed(validateDataset(data, FILE), FILE), formatPath(path));
      }),
      { seed, numRuns: 600 },
    );
  });

  it('rejects a value of the wrong type, naming its path', () => {
    fc.assert(
      fc.property(pick(TYPED), (path) => {
        const data = clone(DATASET);
        setAt(data, path, otherType(getAt(data, path)));
        expectProblemAt(expectWellFormed(validateDataset(data, FILE), FILE), formatPath(path));
      }),
      { seed, numRuns: 600 },
    );
  });

  it('rejects a duplicated id, naming the second item', () => {
    fc.assert(
      fc.property(pick(KEYED), fc.nat(), fc.nat(), fc.boolean(), ([collection, key], a, b, append) => {
        const data = clone(DATASET) as Record<string, Json>;
        const items = data[collection] as Record<string, Json>[];
        fc.pre(items.length >= (append ? 1 : 2));
        const from = a % items.length;
        let at: number;
        if (append) {
          items.push(structuredClone(items[from]!));
          at = items.length - 1;
        } else {
          const to = b % (items.length - 1);
          at = to >= from ? to + 1 : to;
          items[at]![key] = items[from]![key]!;
        }
        // The validator reports the later of the two.
        const later = Math.max(from, at);
        expectProblemAt(expectWellFormed(validateDataset(data, FILE), FILE), `${collection}[${later}].${key}`);
      }),
      { seed, numRuns: 400 },
    );
  });

  it('rejects a reference to an item that does not exist, naming the reference', () => {
    const missingId = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/).map((s) => `missing-${s}`);
    fc.assert(
      fc.property(pick(REFERENCES), missingId, (path, id) => {
        const data = clone(DATASET);
        setAt(data, path, id);
        expectProblemAt(expectWellFormed(validateDataset(data, FILE), FILE), formatPath(path));
      }),
      { seed, numRuns: 600 },
    );
  });

  it('rejects counts that no longer add up', () => {
    fc.assert(
      fc.property(pick(COUNTS), fc.integer({ min: -5, max: 50 }).filter((d) => d !== 0), (path, delta) => {
        const data = clone(DATASET);
        const value = getAt(data, path) as number;
        fc.pre(value + delta >= 0);
        setAt(data, path, value + delta);
        const problems = expectWellFormed(validateDataset(data, FILE), FILE);
        // The blame may fall on the total or on its parts, but always inside the same block.
        expectProblemAt(problems, formatPath(path.slice(0, path[0] === 'trip' ? 2 : 1)));
      }),
      { seed, numRuns: 300 },
    );
  });

  it('never throws on arbitrary damage: any value anywhere, any JSON', () => {
    fc.assert(
      fc.property(pick(PATHS), fc.jsonValue({ maxDepth: 2 }), (path, junk) => {
        const data = clone(DATASET);
        setAt(data, path, junk as Json);
        const result = validateDataset(data, FILE);
        if (!result.ok) for (const p of result.problems) expect(p.file).toBe(FILE);
      }),
      { seed, numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (junk) => {
        expectWellFormed(validateDataset(junk, FILE), FILE);
      }),
      { seed, numRuns: 300 },
    );
  });
});

describe('buildDatasetFromSources (property-based, mutated data/ files)', PROPERTY_TIMEOUT, () => {
  it('builds the real source files', () => {
    expect(buildDatasetFromSources(SOURCE_TEXTS).ok).toBe(true);
  });

  const fileParsed = Object.fromEntries(FILE_NAMES.map((n) => [n, JSON.parse(SOURCE_TEXTS[n]) as Json])) as Record<SourceFileName, Json>;
  const locations = FILE_NAMES.flatMap((name) =>
    allPaths(fileParsed[name])
      .filter((p) => p.length > 0)
      .map((path) => ({ name, path })),
  );

  it('rejects a damaged source file, naming that file', () => {
    fc.assert(
      fc.property(pick(locations), fc.constantFrom('delete', 'retype'), ({ name, path }, how) => {
        const last = path.at(-1);
        fc.pre(
          how === 'retype' ||
            (typeof last === 'string' && !OPTIONAL_KEYS.has(last) && !(path[0] === 'figures' && path.length === 3 && OPTIONAL_FIGURE_KEYS.has(last))),
        );
        const data = clone(fileParsed[name]);
        setAt(data, path, how === 'delete' ? undefined : otherType(getAt(data, path)));
        const result = buildDatasetFromSources({ ...SOURCE_TEXTS, [name]: JSON.stringify(data) });
        const problems = expectWellFormed(result, `data/${name}`);
        expectProblemAt(problems, formatPath(path));
      }),
      { seed, numRuns: 500 },
    );
  });

  it('rejects malformed JSON and missing files with the file name, never throwing', () => {
    fc.assert(
      fc.property(pick(FILE_NAMES), fc.nat(), fc.constantFrom('truncate', 'garble', 'missing'), (name, at, how) => {
        const text = SOURCE_TEXTS[name];
        const cut = 1 + (at % (text.trimEnd().length - 1));
        const texts: Partial<Record<SourceFileName, string>> = { ...SOURCE_TEXTS };
        if (how === 'missing') delete texts[name];
        else texts[name] = how === 'truncate' ? text.slice(0, cut) : `${text.slice(0, cut)}\u0000{${text.slice(cut)}`;
        const problems = expectWellFormed(buildDatasetFromSources(texts), `data/${name}`);
        expect(problems[0]!.message).toMatch(how === 'missing' ? /missing/ : /malformed JSON/);
      }),
      { seed, numRuns: 300 },
    );
  });
});
