import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { SECURITY_HEADERS } from './scripts/csp.js';
import { prerenderFirstView } from './scripts/prerender.js';

export default defineConfig({
  base: './',
  // scripts/build-mission.ts points this at a copy of public/ holding another mission's dataset.
  publicDir: process.env.MISSION_PUBLIC_DIR ?? 'public',
  // The first view's HTML is prerendered into index.html after each build (scripts/prerender.ts).
  plugins: [react(), prerenderFirstView()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  preview: {
    port: 4173,
    strictPort: true,
    // The production build is tested under its deployment CSP (scripts/csp.ts).
    headers: { ...SECURITY_HEADERS },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup/vitest.setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    env: { TZ: 'UTC' },
  },
});
