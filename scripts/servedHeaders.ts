/**
 * Per-path response headers for the built app (scripts/csp.ts says which): `vite preview` sends
 * them through a small middleware, so the tests see what a deployment sends. The policy allows the
 * built pages' inline boot script and stylesheets by the hashes of the pages being served, the same
 * the build wrote into dist/_headers (scripts/prerender.ts) for a static host that reads such a file.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { builtPageHashes, headersForPath, PAGES, type InlineHashes } from './csp.js';

/** The built pages' hashes, read again whenever a page changes (a build while the server runs). */
function pageHashesOf(outDir: string): () => InlineHashes {
  let stamp = '';
  let hashes = builtPageHashes(outDir);
  return () => {
    const now = PAGES.map((page) => {
      try {
        return statSync(resolve(outDir, page)).mtimeMs;
      } catch {
        return 0;
      }
    }).join();
    if (now !== stamp) {
      stamp = now;
      hashes = builtPageHashes(outDir);
    }
    return hashes;
  };
}

export function servedHeaders(): Plugin {
  return {
    name: 'mission-atlas:served-headers',
    configurePreviewServer(server) {
      const inline = pageHashesOf(resolve(server.config.root, server.config.build.outDir));
      // Registered before Vite's static file middleware, so every response (files, 404s) carries them.
      server.middlewares.use((req, res, next) => {
        const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
        for (const [name, value] of Object.entries(headersForPath(pathname, inline()))) res.setHeader(name, value);
        next();
      });
    },
  };
}
