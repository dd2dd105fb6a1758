// @vitest-environment node
/**
 * Issue 16: the entry chunk with the chunks it imports (what every visitor's browser runs first)
 * stays within its budget.
 * Builds the app in memory with vite.config.ts's plugins and target (the prerender, which only
 * writes HTML after the build, left out) and weighs the entry chunk gzipped at level 9, as the
 * bench does.
 */
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type PluginOption, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import viteConfig from '../../vite.config';
import { ENTRY_BUDGET } from './report';

const ROOT = resolve(import.meta.dirname, '../..');

/** vite.config.ts's plugins, without the ones that write files after the build. */
function bundlePlugins(): PluginOption[] {
  const flat = (viteConfig.plugins ?? []).flat(Infinity as 1) as PluginOption[];
  const writesFiles = (name: string) => name.startsWith('mission-atlas:prerender') || name.startsWith('vite-plugin-pwa');
  return flat.filter((p) => !(p && typeof p === 'object' && 'name' in p && writesFiles(String(p.name))));
}

async function buildChunks(): Promise<Rolldown.OutputChunk[]> {
  // Vitest runs with NODE_ENV=test, under which React's development build and JSX runtime would be
  // bundled; a production build sees NODE_ENV=production.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return await buildProduction();
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

async function buildProduction(): Promise<Rolldown.OutputChunk[]> {
  const output = await build({
    root: ROOT,
    configFile: false,
    base: './',
    mode: 'production',
    logLevel: 'silent',
    plugins: bundlePlugins(),
    build: { ...viteConfig.build, write: false },
  });
  const outputs = Array.isArray(output) ? output : [output];
  return outputs.flatMap((o) => ('output' in o ? o.output : [])).filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
}

describe('entry chunk', () => {
  it(`stays within ${ENTRY_BUDGET / 1024} KiB gzip`, { timeout: 120_000 }, async () => {
    const chunks = await buildChunks();
    // The dashboard and the embed page each have an entry; each keeps within the budget.
    const entries = chunks.filter((c) => c.isEntry);
    expect(entries.map((c) => c.facadeModuleId?.replace(ROOT, '')).sort()).toEqual(['/embed.html', '/index.html']);
    // Each entry with the chunks it imports statically: the bundler moves the two pages' shared
    // code (React, the store, the shell) into chunks, so the entry file alone is a few hundred bytes.
    const byName = new Map(chunks.map((c) => [c.fileName, c]));
    for (const entry of entries) {
      const closure = new Set<string>();
      const queue = [entry.fileName];
      while (queue.length > 0) {
        const name = queue.shift()!;
        if (closure.has(name)) continue;
        closure.add(name);
        queue.push(...byName.get(name)!.imports);
      }
      const gzip = [...closure].reduce((sum, name) => sum + gzipSync(byName.get(name)!.code, { level: 9 }).length, 0);
      expect(gzip, `entry ${entry.fileName} with ${closure.size - 1} imported chunks: ${(gzip / 1024).toFixed(1)} KiB gzip`).toBeLessThanOrEqual(ENTRY_BUDGET);
    }
    // Guards the guard: the build really is the app (React and the store are in the dashboard's entry or the chunk it shares).
    const dashboard = entries.find((c) => c.facadeModuleId?.endsWith('/index.html'))!;
    const shared = chunks.filter((c) => dashboard.imports.includes(c.fileName));
    const appGzip = [dashboard, ...shared].reduce((sum, c) => sum + gzipSync(c.code, { level: 9 }).length, 0);
    expect(appGzip).toBeGreaterThan(20 * 1024);
  });
});
