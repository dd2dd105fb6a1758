/**
 * Fails when package.json lists a dependency nothing uses, so an unused package does not linger in
 * the install and the audit. A package is used when the code imports it (import, import(), require,
 * `import type`), names it as a module in a config (`environment: 'jsdom'`), reads a file from it
 * (`node_modules/world-atlas/…`), or a command in package.json's scripts or .ci/run runs its binary;
 * `@types/x` is used when x is, or when tsconfig.json lists x in `types`.
 *
 *   npx tsx scripts/check-dependencies.ts
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface DependencyUse {
  /** Every dependency and dev dependency in package.json. */
  dependencies: readonly string[];
  /** The text of every source, test, script and config file. */
  sources: readonly string[];
  /** Shell commands: package.json's scripts and the CI script. */
  commands: readonly string[];
  /** The binaries each package installs (from its own package.json). */
  binsOf: (name: string) => readonly string[];
  /** tsconfig.json's `types`. */
  tsTypes: readonly string[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** `@types/d3-array` → `d3-array`, `@types/babel__core` → `@babel/core`. */
export function typedPackage(typesName: string): string {
  const bare = typesName.slice('@types/'.length);
  return bare.includes('__') ? `@${bare.replace('__', '/')}` : bare;
}

function isNamed(name: string, sources: readonly string[]): boolean {
  // As a module specifier in quotes ('d3-array', "d3-array/x", `jsdom`), or as a folder under node_modules.
  const specifier = new RegExp(`['"\`]${escape(name)}(/[^'"\`\\s]*)?['"\`]|node_modules/${escape(name)}/`);
  return sources.some((text) => specifier.test(text));
}

function runsBinary(bins: readonly string[], commands: readonly string[]): boolean {
  return bins.some((bin) => {
    const word = new RegExp(`(^|[\\s;&|(])(npx\\s+)?${escape(bin)}(\\s|$)`);
    return commands.some((command) => word.test(command));
  });
}

/** The dependencies nothing uses, in package.json's order. */
export function findUnusedDependencies({ dependencies, sources, commands, binsOf, tsTypes }: DependencyUse): string[] {
  const usesNode = sources.some((text) => /['"]node:[a-z_/]+['"]/.test(text));
  const isUsed = (name: string): boolean => {
    if (name.startsWith('@types/')) {
      const typed = typedPackage(name);
      if (tsTypes.includes(typed) || (typed === 'node' && usesNode)) return true;
      return isNamed(typed, sources) || (dependencies.includes(typed) && isUsed(typed));
    }
    return isNamed(name, sources) || runsBinary(binsOf(name), commands);
  };
  return dependencies.filter((name) => !isUsed(name));
}

// ---- reading the repository ----

const SOURCE_DIRS = ['src', 'scripts', 'tests', 'bench'];
const SOURCE_FILE = /\.(ts|tsx|js|mjs|cjs|html)$/;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (entry === 'node_modules' || entry.startsWith('.')) return [];
    return statSync(path).isDirectory() ? filesUnder(path) : SOURCE_FILE.test(entry) ? [path] : [];
  });
}

/** The package a module specifier names: `vitest/globals` → `vitest`, `@scope/pkg/x` → `@scope/pkg`. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

function binsFrom(root: string, name: string): string[] {
  const manifest = join(root, 'node_modules', name, 'package.json');
  if (!existsSync(manifest)) return [];
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin?: string | Record<string, string> };
  if (!bin) return [];
  return typeof bin === 'string' ? [name.replace(/^@[^/]+\//, '')] : Object.keys(bin);
}

function main() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
    scripts?: Record<string, string>;
  };
  const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as { compilerOptions?: { types?: string[] } };
  const topLevel = readdirSync(root).filter((entry) => SOURCE_FILE.test(entry)).map((entry) => join(root, entry));
  const files = [...topLevel, ...SOURCE_DIRS.flatMap((dir) => filesUnder(join(root, dir)))];
  const ci = join(root, '.ci', 'run');
  const unused = findUnusedDependencies({
    dependencies: [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})],
    sources: files.map((file) => readFileSync(file, 'utf8')),
    commands: [...Object.values(pkg.scripts ?? {}), ...(existsSync(ci) ? [readFileSync(ci, 'utf8')] : [])],
    binsOf: (name) => binsFrom(root, name),
    tsTypes: (tsconfig.compilerOptions?.types ?? []).map(packageOf),
  });
  if (unused.length > 0) {
    console.error(`package.json lists ${unused.length} dependencies nothing uses: ${unused.join(', ')}`);
    console.error('Remove each with `npm uninstall <name>`, or use it.');
    process.exit(1);
  }
  console.log(`Every dependency in package.json is used (${files.length} files of ${relative(process.cwd(), root) || '.'} read).`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
