/**
 * npm run new-mission -- <dir>: a skeleton for the next mission's data.
 *
 * It starts from the fictional example mission (every file, every field, every cross-reference in
 * place) and blanks each text a reader sees, in both languages, to the placeholder "TODO". Then
 * `npm run data -- <dir>` lists every placeholder left, with file and path, beside any other problem,
 * until the mission is filled in. Codes, dates and counts keep the example's values; the checklist
 * printed at the end says which to replace.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceFiles, type SourceFileName } from '../src/data/schema';

const root = resolve(import.meta.dirname, '..');
export const EXAMPLE_MISSION_DIR = join(root, 'tests/fixtures/missions/example');
export const PLACEHOLDER = 'TODO';

/** Keys whose string values are reader-facing text in one language. */
const TEXT_KEYS = new Set(['en', 'zhHant', 'ru']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The same structure with every text in either language replaced by the placeholder. */
export function blankTexts(value: Json, key = ''): Json {
  if (typeof value === 'string') return TEXT_KEYS.has(key) ? PLACEHOLDER : value;
  if (Array.isArray(value)) return value.map((item) => blankTexts(item, ''));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, blankTexts(v, k)]));
  return value;
}

/** "file: path: still to fill in" for every placeholder left in the mission's files. */
export function findPlaceholders(texts: Partial<Record<SourceFileName, string>>): string[] {
  const found: string[] = [];
  const walk = (file: string, value: unknown, path: string) => {
    if (value === PLACEHOLDER) found.push(`${file}: ${path}: still to fill in`);
    else if (Array.isArray(value)) value.forEach((item, i) => walk(file, item, `${path}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(file, v, path ? `${path}.${k}` : k);
  };
  for (const [file, text] of Object.entries(texts)) {
    try {
      walk(file, JSON.parse(text!), '');
    } catch {
      // Not JSON: the validator reports it with its position.
    }
  }
  return found;
}

export function writeMissionSkeleton(targetDir: string): string[] {
  if (existsSync(targetDir) && readdirSync(targetDir).length > 0) throw new Error(`${targetDir} exists and is not empty; choose a new directory`);
  mkdirSync(targetDir, { recursive: true });
  const written: string[] = [];
  for (const name of Object.keys(sourceFiles) as SourceFileName[]) {
    const source = join(EXAMPLE_MISSION_DIR, name);
    if (!existsSync(source)) continue;
    const skeleton = blankTexts(JSON.parse(readFileSync(source, 'utf8')) as Json);
    writeFileSync(join(targetDir, name), `${JSON.stringify(skeleton, null, 2)}\n`);
    written.push(name);
  }
  return written;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const target = process.argv[2];
  if (!target) {
    console.error('usage: npm run new-mission -- <dir>');
    process.exit(2);
  }
  const dir = resolve(process.cwd(), target);
  try {
    const written = writeMissionSkeleton(dir);
    console.log(`wrote ${written.length} files to ${target}: ${written.join(', ')}`);
    console.log(
      [
        'Next:',
        `  1. Replace every "${PLACEHOLDER}" with the text in English (en) and Traditional Chinese (zhHant).`,
        '  2. Replace the example\'s codes, dates and counts: trip.json countries (ISO codes, numeric ids, colours),',
        '     start and end, delegation and agreement totals; places, itinerary days, outcomes, agreements, economy.',
        `  3. npm run data -- ${target}   lists what is still to fill in and every other problem, with file and path.`,
        `  4. MISSION_DIR=${target} DIST_DIR=dist-mission npm run build   builds the dashboard for it.`,
        'data/README.md, "Making the dashboard for the next mission", explains every field.',
      ].join('\n'),
    );
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    process.exit(1);
  }
}
