/**
 * The bare stack (bench/baseline/: React, react-leaflet with Leaflet, d3-scale, zustand and the
 * app's Natural Earth base map, no features), built and served beside the app in the same bench
 * run, so the app's figures are ratios taken on one machine at one time (issue 16).
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, preview, type PreviewServer } from 'vite';

/** Builds bench/baseline into `outDir`, with the base map it fetches beside it. */
export async function buildBaseline(root: string, outDir: string): Promise<void> {
  await build({
    root: resolve(root, 'bench/baseline'),
    configFile: false,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false },
  });
  mkdirSync(resolve(outDir, 'data'), { recursive: true });
  copyFileSync(resolve(root, 'public/data/basemap.json'), resolve(outDir, 'data/basemap.json'));
}

export async function serveBaseline(root: string, outDir: string, port: number): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    root: resolve(root, 'bench/baseline'),
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: false, open: false },
  });
  return { server, url: server.resolvedUrls?.local[0] ?? `http://localhost:${port}/` };
}

/** The files the baseline's index.html names (for the Lighthouse warm-up). */
export function baselineFiles(outDir: string): string[] {
  const html = readFileSync(resolve(outDir, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\.\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
}
