/**
 * Per-path response headers for the built app (scripts/csp.ts says which): `vite preview` sends
 * them through a small middleware, so the tests see what a deployment sends, and the build writes
 * the same rules into dist/_headers for a static host that reads such a file.
 */
import type { Plugin } from 'vite';
import { headersFile, headersForPath } from './csp.js';

export function servedHeaders(): Plugin {
  return {
    name: 'mission-atlas:served-headers',
    configurePreviewServer(server) {
      // Registered before Vite's static file middleware, so every response (files, 404s) carries them.
      server.middlewares.use((req, res, next) => {
        const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
        for (const [name, value] of Object.entries(headersForPath(pathname))) res.setHeader(name, value);
        next();
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
  };
}
