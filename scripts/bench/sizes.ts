/**
 * Transfer sizes of the production build: what index.html loads before the first paint (the entry
 * script, its static imports and the stylesheets), the lazy chunks, and the data files.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface BuildSizes {
  /** The entry chunk on its own (the script index.html starts), budgeted by issue 16. */
  entry: FileSize | null;
  firstLoad: { files: FileSize[]; js: number; css: number; total: number };
  lazy: { files: FileSize[]; total: number };
  data: FileSize[];
}

/** gzip at level 9, as a static host pre-compressing its files would serve them. */
export function sizeOf(dir: string, file: string): FileSize {
  const bytes = readFileSync(join(dir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** `import ... from "./x.js"` and `import "./x.js"` in a built module; `import("./x.js")` (lazy) is left out. */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  const pattern = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.js)["']/g;
  for (const match of code.matchAll(pattern)) out.push(match[1]!);
  return out;
}

/** The files index.html asks for, and every module they import statically (transitively). */
export function firstLoadFiles(dir: string): string[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  // The build names the entry and its preloads in <meta> tags that public/boot.js loads after the
  // first paint: they are still first-load files.
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref|meta name="mission-atlas-(?:entry|preload)" content)="([^"]+)"/g)]
    .map((m) => m[1]!)
    .filter((ref) => /\.(js|css)$/.test(ref) && !/^https?:/.test(ref))
    .map((ref) => posix.normalize(ref.replace(/^\.?\//, '')));
  const seen = new Set<string>();
  const queue = [...refs];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dir, file), 'utf8');
    for (const spec of staticImports(code)) queue.push(posix.normalize(posix.join(posix.dirname(file), spec)));
  }
  return [...seen];
}

/** The entry script index.html names (a <meta> that public/boot.js starts, or a module script). */
export function entryFile(dir: string): string | null {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const ref = /<meta name="mission-atlas-entry" content="([^"]+)"/.exec(html)?.[1] ?? /<script type="module"[^>]*\ssrc="([^"]+)"/.exec(html)?.[1];
  return ref ? posix.normalize(ref.replace(/^\.?\//, '')) : null;
}

/**
 * The entry script with every chunk it imports statically: all the code that runs before the app
 * starts. With two pages (index.html, embed.html) the bundler moves their shared code into chunks
 * the entry imports, so the entry file alone would say little.
 */
export function entryWithImports(dir: string, entry: string): FileSize {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const spec of staticImports(code)) queue.push(posix.normalize(posix.join(posix.dirname(file), spec)));
  }
  const files = [...seen].map((f) => sizeOf(dir, f));
  const others = files.length - 1;
  return {
    file: others > 0 ? `${entry} and the ${others} chunks it imports` : entry,
    raw: files.reduce((sum, f) => sum + f.raw, 0),
    gzip: files.reduce((sum, f) => sum + f.gzip, 0),
  };
}

export function measureBuild(dir: string): BuildSizes {
  const first = firstLoadFiles(dir).map((f) => sizeOf(dir, f));
  const firstSet = new Set(first.map((f) => f.file));
  const assets = readdirSync(join(dir, 'assets')).map((f) => `assets/${f}`);
  const lazy = assets.filter((f) => /\.(js|css)$/.test(f) && !firstSet.has(f)).map((f) => sizeOf(dir, f));
  const dataDir = join(dir, 'data');
  const data = existsSync(dataDir)
    ? readdirSync(dataDir)
        .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
        .map((f) => sizeOf(dir, `data/${f}`))
    : [];
  const sum = (files: FileSize[]) => files.reduce((s, f) => s + f.gzip, 0);
  const js = sum(first.filter((f) => f.file.endsWith('.js')));
  const css = sum(first.filter((f) => f.file.endsWith('.css')));
  const entry = entryFile(dir);
  return {
    entry: entry ? entryWithImports(dir, entry) : null,
    firstLoad: { files: first, js, css, total: js + css },
    lazy: { files: lazy.sort((a, b) => b.gzip - a.gzip), total: sum(lazy) },
    data,
  };
}
