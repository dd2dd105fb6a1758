/**
 * `npm run check:pptx`: the briefing deck as PowerPoint in each language, for looking at it.
 * Writes .tmp/pptx/mission-atlas-<lang>-<selection>.pptx; where LibreOffice is installed, also a PDF
 * of each (soffice --headless) and, where pdftoppm is, one PNG per slide.
 *
 *   npx tsx scripts/check-pptx.ts [--country UZ] [--map path/to/map.png]
 * Without --map the route slide shows the route in words (the map picture is drawn on a browser canvas).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildDeckParts } from '../src/app/deckParts';
import { buildTripModel } from '../src/data/buildTripModel';
import type { CountryCode } from '../src/data/schema';
import { validateDataset } from '../src/data/validate';
import { describeDeck } from '../src/features/briefing/deck/describeDeck';
import { renderPptxBytes } from '../src/features/briefing/pptx/renderPptx';
import { installPluralBlocks } from '../src/i18n/lang';
import { fillPluralBlocks } from '../src/i18n/plurals';
import { installRussian, type RussianTable } from '../src/i18n/russian';
import { installZhHansTable, type ZhHansTable } from '../src/i18n/zhHans';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '.tmp/pptx');
const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const result = validateDataset(JSON.parse(readFileSync(join(ROOT, 'public/data/trip.json'), 'utf8')));
if (!result.ok) throw new Error('public/data/trip.json is invalid; run npm run data');
const model = buildTripModel(result.dataset);
installZhHansTable(JSON.parse(readFileSync(join(ROOT, 'src/i18n/zh-hans.generated.json'), 'utf8')) as ZhHansTable);
// The Russian pack's files (src/i18n/packs/ru.ts finds them with Vite's glob, which tsx does not have).
const russianFiles = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ru.ts'));
const russianModules = await Promise.all(russianFiles.map((file) => import(pathToFileURL(join(ROOT, 'src', file)).href) as Promise<{ default: RussianTable | RussianTable[] }>));
installRussian(russianModules.flatMap((module) => module.default));
installPluralBlocks(fillPluralBlocks);
const country = (arg('--country') as CountryCode | undefined) ?? null;
const mapPath = arg('--map');
const mapPng = mapPath ? new Uint8Array(readFileSync(mapPath)) : undefined;

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const soffice = has('soffice');
const pdftoppm = has('pdftoppm');
for (const lang of result.dataset.trip.languages) {
  const started = performance.now();
  const deck = describeDeck(model, lang, { country }, buildDeckParts(model, lang, country));
  const bytes = await renderPptxBytes(deck, mapPng ? { mapPng } : {});
  const ms = performance.now() - started;
  const name = `mission-atlas-${lang}-${deck.selectionKey}`;
  const file = join(OUT, `${name}.pptx`);
  writeFileSync(file, bytes);
  console.log(`${file}: ${deck.slides.length} slides, ${(bytes.length / 1024).toFixed(0)} KiB, made in ${ms.toFixed(0)} ms`);
  if (!soffice) continue;
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', OUT, file], { stdio: 'ignore', timeout: 180_000 });
  const pdf = join(OUT, `${name}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice made no PDF of ${file}`);
  console.log(`  ${pdf}`);
  if (!pdftoppm) continue;
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(OUT, name)]);
  console.log(`  ${join(OUT, name)}-N.png, one per slide`);
}
if (!soffice) console.log('LibreOffice (soffice) is not installed: only the .pptx files were written.');
else if (!pdftoppm) console.log('pdftoppm (poppler-utils) is not installed: PDFs only.');
