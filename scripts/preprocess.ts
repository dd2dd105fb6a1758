/**
 * npm run data: validate data/, derive aggregates, cross-check sums, write public/data/: the dataset,
 * its JSON Schema and the mission's base map (scripts/build-basemap.ts: the region around its places).
 * On any problem it prints every one (file and path) and exits 1, leaving the previous output
 * untouched: each output is written to a temporary file first and renamed into place.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { sourceFiles, tripDatasetSchema, type SourceFileName } from '../src/data/schema';
import { buildDatasetFromSources, formatProblem, type PipelineResult } from '../src/data/validate';
import { buildBasemap, describeSize, renderBasemap } from './build-basemap';
import { isZhHansTableFresh, writeZhHansTable } from './build-zh-hans';
import { findPlaceholders } from './newMission';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface PreprocessOptions {
  dataDir: string;
  outDir: string;
}

export function readSources(dataDir: string): Partial<Record<SourceFileName, string>> {
  const texts: Partial<Record<SourceFileName, string>> = {};
  const present = existsSync(dataDir) ? new Set(readdirSync(dataDir)) : new Set<string>();
  for (const name of Object.keys(sourceFiles) as SourceFileName[]) {
    if (present.has(name)) texts[name] = readFileSync(join(dataDir, name), 'utf8');
  }
  return texts;
}

type Rendered = { ok: true; outputs: Record<string, string> } | { ok: false; messages: string[] };

/**
 * The published files, as text: stable key order and a trailing newline, so git diffs stay small.
 * Fails when a visited country's id names no Natural Earth shape (the map could not draw it).
 */
export function renderOutputs(result: Extract<PipelineResult, { ok: true }>, relativeDir = 'data'): Rendered {
  const { dataset } = result;
  const { basemap, missing } = buildBasemap({ places: dataset.places, countryIds: dataset.trip.countries.map((c) => c.isoNumeric) });
  if (missing.length > 0) {
    return {
      ok: false,
      messages: dataset.trip.countries.flatMap((c, i) =>
        missing.includes(c.isoNumeric)
          ? [`${relativeDir}/trip.json: trip.countries[${i}].isoNumeric: no country shape in Natural Earth has the id "${c.isoNumeric}" (${c.name.en}); use its ISO 3166-1 numeric code`]
          : [],
      ),
    };
  }
  const schema = z.toJSONSchema(tripDatasetSchema, { target: 'draft-2020-12' });
  return {
    ok: true,
    outputs: {
      'trip.json': `${JSON.stringify(dataset, null, 2)}\n`,
      'trip.schema.json': `${JSON.stringify({ $id: 'trip.schema.json', title: 'Mission Atlas trip dataset', ...schema }, null, 2)}\n`,
      'basemap.json': renderBasemap(basemap),
    },
  };
}

function writeAtomically(path: string, text: string) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

export function preprocess({ dataDir, outDir }: PreprocessOptions): { ok: boolean; messages: string[] } {
  const relativeDir = dataDir.startsWith(root) ? dataDir.slice(root.length + 1) || '.' : dataDir;
  const texts = readSources(dataDir);
  // A skeleton from npm run new-mission: first the texts still to write, then any other problem.
  const placeholders = findPlaceholders(texts).map((line) => `${relativeDir}/${line}`);
  const result = buildDatasetFromSources(texts, relativeDir);
  if (!result.ok || placeholders.length > 0) {
    return { ok: false, messages: [...placeholders, ...(result.ok ? [] : result.problems.map(formatProblem))] };
  }
  const rendered = renderOutputs(result, relativeDir);
  if (!rendered.ok) return rendered;
  const { outputs } = rendered;
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(outputs)) writeAtomically(join(outDir, name), text);
  const t = result.dataset.derived.agreementTotals;
  return {
    ok: true,
    messages: [
      `${relativeDir}/ is valid: ${result.dataset.agreements.length} named agreements, ${result.dataset.events.length} events, ${result.dataset.figures.length} figures, ${result.dataset.notes.length} data notes`,
      `agreements add up: ${t.byCountry.map((c) => `${c.country} ${c.government}+${c.nonGovernment}=${c.total}`).join(', ')}; total ${t.total}`,
      `base map: ${describeSize(outputs['basemap.json']!)}`,
      `wrote ${Object.keys(outputs).map((n) => join(outDir, n)).join(', ')}`,
    ],
  };
}

/** Names of the published files that differ from what data/ produces now (empty when fresh). */
export function findStaleOutputs({ dataDir, outDir }: PreprocessOptions): { ok: true; stale: string[] } | { ok: false; messages: string[] } {
  const result = buildDatasetFromSources(readSources(dataDir));
  if (!result.ok) return { ok: false, messages: result.problems.map(formatProblem) };
  const rendered = renderOutputs(result);
  if (!rendered.ok) return rendered;
  const stale = Object.entries(rendered.outputs)
    .filter(([name, text]) => {
      const path = join(outDir, name);
      return !existsSync(path) || readFileSync(path, 'utf8') !== text;
    })
    .map(([name]) => name);
  return { ok: true, stale };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const missionArg = args.find((a) => !a.startsWith('--'));
  const dataDir = resolve(root, 'data');
  const outDir = resolve(root, 'public/data');
  if (missionArg && resolve(process.cwd(), missionArg) !== dataDir) {
    // npm run data -- <dir>: check another mission's files; its output goes to a scratch folder
    // (MISSION_DIR=<dir> npm run build publishes it), so public/data stays this mission's.
    const scratch = mkdtempSync(join(tmpdir(), 'atlas-mission-'));
    const { ok, messages } = preprocess({ dataDir: resolve(process.cwd(), missionArg), outDir: scratch });
    rmSync(scratch, { recursive: true, force: true });
    for (const m of messages.filter((line) => !line.startsWith('wrote '))) (ok ? console.log : console.error)(m);
    if (!ok) console.error(`${messages.length} problem(s) in ${missionArg}`);
    else console.log(`${missionArg} is ready: MISSION_DIR=${missionArg} npm run build`);
    process.exit(ok ? 0 : 1);
  }
  if (check) {
    // Freshness check: the committed output must equal what data/ would produce now.
    const fresh = findStaleOutputs({ dataDir, outDir });
    if (!fresh.ok) {
      for (const m of fresh.messages) console.error(m);
      process.exit(1);
    }
    if (fresh.stale.length > 0) {
      console.error(`stale: ${fresh.stale.map((n) => `public/data/${n}`).join(', ')}; run npm run data and commit the result`);
      process.exit(1);
    }
    console.log('public/data is up to date with data/');
    // 简体中文 is generated from the Traditional strings of the dataset and the code (scripts/build-zh-hans.ts).
    if (!isZhHansTableFresh()) {
      console.error('stale: src/i18n/zh-hans.generated.json; run npm run data and commit the result');
      process.exit(1);
    }
    console.log('src/i18n/zh-hans.generated.json is up to date');
  } else {
    const { ok, messages } = preprocess({ dataDir, outDir });
    for (const m of messages) (ok ? console.log : console.error)(m);
    if (!ok) {
      console.error(`${messages.length} problem(s); public/data was left unchanged`);
      process.exit(1);
    }
    // After trip.json: the Simplified table converts its strings too.
    console.log(writeZhHansTable());
  }
}
