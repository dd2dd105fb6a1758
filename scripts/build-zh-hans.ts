/**
 * 简体中文 is generated, never written by hand: this script collects every Traditional Chinese string
 * the app can show (string literals in src/, and every string in public/data/trip.json), converts each
 * with OpenCC (Hong Kong Traditional -> Mainland Simplified, with mainland vocabulary and quotation marks:
 * scripts/zhHansConverter.ts) and writes src/i18n/zh-hans.generated.json, and the character table search
 * folds both scripts with (src/i18n/zh-fold.generated.json).
 *
 *   npx tsx scripts/build-zh-hans.ts           write the table
 *   npx tsx scripts/build-zh-hans.ts --check   exit 1 when the committed table is stale
 *
 * `npm run data` / `npm run data:check` run it too (scripts/preprocess.ts calls it at the end).
 * The table holds whole strings (OpenCC converts phrases, so a whole string converts better than its
 * characters) and, as a fallback for strings composed at run time, single characters.
 */
import { existsSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import * as OpenCC from 'opencc-js';
import { MAINLAND_VOCABULARY, createMainlandConverter } from './zhHansConverter';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ZH_HANS_TABLE_PATH = join(root, 'src/i18n/zh-hans.generated.json');
export const ZH_FOLD_TABLE_PATH = join(root, 'src/i18n/zh-fold.generated.json');

// Hong Kong Traditional in, Mainland Simplified out: the sources are HK reports and HK usage.
const toSimplified = createMainlandConverter();

/** Corner brackets: not Han, but converted too (to mainland quotation marks) for text composed at run time. */
const QUOTE = /[「」『』]/;

/** CJK ideographs (and their compatibility forms): the only characters the converter changes. */
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

export interface ZhHansTable {
  /** Whole Traditional strings -> Simplified, only those that change. */
  phrases: Record<string, string>;
  /** Single characters -> Simplified, for strings put together at run time. */
  chars: Record<string, string>;
}

function listSourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) listSourceFiles(path, out);
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Every string literal (and template piece) with a Han character in a TypeScript file. */
export function hanLiteralsOf(fileName: string, text: string): string[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      const value = ts.isJsxText(node) ? node.text.trim() : node.text;
      if (HAN.test(value)) found.push(value);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function hanStringsOfJson(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') {
    if (HAN.test(value)) out.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) hanStringsOfJson(item, out);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) hanStringsOfJson(item, out);
  }
  return out;
}

/**
 * All Traditional strings of the app: its source code and its dataset. `trip`: the dataset whose texts
 * are converted, as a file (another mission's, for its build) or as a value (a test's mission).
 */
export function collectTraditionalStrings(trip: string | object = join(root, 'public/data/trip.json')): string[] {
  const strings: string[] = [];
  for (const path of listSourceFiles(join(root, 'src'))) {
    strings.push(...hanLiteralsOf(relative(root, path), readFileSync(path, 'utf8')));
  }
  if (typeof trip === 'object') hanStringsOfJson(trip, strings);
  else if (existsSync(trip)) hanStringsOfJson(JSON.parse(readFileSync(trip, 'utf8')), strings);
  return [...new Set(strings)].sort();
}

export function buildZhHansTable(strings: readonly string[]): ZhHansTable {
  const phrases: Record<string, string> = {};
  const chars: Record<string, string> = {};
  for (const traditional of strings) {
    const simplified = toSimplified(traditional);
    if (simplified !== traditional) phrases[traditional] = simplified;
    for (const char of traditional) {
      if (!(HAN.test(char) || QUOTE.test(char)) || char in chars) continue;
      const converted = toSimplified(char);
      if (converted !== char) chars[char] = converted;
    }
  }
  const sorted = (record: Record<string, string>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { phrases: sorted(phrases), chars: sorted(chars) };
}

/** One entry a line, so diffs stay small and line-based checks (copycheck) see one string at a time. */
export function renderZhHansTable(tripPath?: string): string {
  const table = buildZhHansTable(collectTraditionalStrings(tripPath));
  const block = (record: Record<string, string>) =>
    Object.entries(record)
      .map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
      .join(',\n');
  return `{\n  "phrases": {\n${block(table.phrases)}\n  },\n  "chars": {\n${block(table.chars)}\n  }\n}\n`;
}

/**
 * The search fold: every Han character of the app that Simplified writes differently, as two strings of
 * the same length (Traditional, Simplified). Search maps both the query and the text to Simplified with
 * it, so 哈萨克 finds 哈薩克斯坦 and 哈薩克 finds 哈萨克斯坦, in every language mode. Small (a few KB),
 * so the explorer bundles it instead of waiting for the Simplified table.
 */
export function renderZhFoldTable(tripPath?: string): string {
  const { chars } = buildZhHansTable(collectTraditionalStrings(tripPath));
  const pairs = Object.entries(chars).filter(([t, s]) => HAN.test(t) && [...s].length === 1);
  return `${JSON.stringify({ traditional: pairs.map(([t]) => t).join(''), simplified: pairs.map(([, s]) => s).join(''), words: mainlandWordFolds() }, null, 2)}\n`;
}

/**
 * Mainland words -> the Hong Kong words the data is written in, both in Simplified characters
 * (征税 -> 课税), so a mainland reader's query finds the text the 简体中文 page shows them.
 */
function mainlandWordFolds(): [string, string][] {
  const plain = OpenCC.Converter({ from: 'hk', to: 'cn' });
  return MAINLAND_VOCABULARY.map(([hk, mainland]): [string, string] => [plain(mainland), plain(hk)]).filter(([from, to]) => from !== to);
}

/** True when the committed tables equal what the current sources produce. */
export function isZhHansTableFresh(): boolean {
  const fresh = (path: string, text: string) => existsSync(path) && readFileSync(path, 'utf8') === text;
  return fresh(ZH_HANS_TABLE_PATH, renderZhHansTable()) && fresh(ZH_FOLD_TABLE_PATH, renderZhFoldTable());
}

function writeAtomically(path: string, text: string) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

export function writeZhHansTable(tripPath?: string): string {
  const text = renderZhHansTable(tripPath);
  writeAtomically(ZH_HANS_TABLE_PATH, text);
  writeAtomically(ZH_FOLD_TABLE_PATH, renderZhFoldTable(tripPath));
  const table = JSON.parse(text) as ZhHansTable;
  return `wrote ${relative(root, ZH_HANS_TABLE_PATH)}: ${Object.keys(table.phrases).length} strings, ${Object.keys(table.chars).length} characters (${text.length} bytes), and ${relative(root, ZH_FOLD_TABLE_PATH)}`;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  if (process.argv.includes('--check')) {
    if (!isZhHansTableFresh()) {
      console.error('stale: src/i18n/zh-hans.generated.json; run npm run data (or npx tsx scripts/build-zh-hans.ts) and commit the result');
      process.exit(1);
    }
    console.log('src/i18n/zh-hans.generated.json is up to date');
  } else {
    console.log(writeZhHansTable());
  }
}
