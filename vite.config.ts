import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { prerenderFirstView } from './scripts/prerender.js';
import { generatedSchemaValidator } from './scripts/validator.js';
import { servedHeaders } from './scripts/servedHeaders.js';

// Names the build in <meta name="mission-atlas-build"> (index.html, embed.html): set it in CI or a
// deployment to tell builds apart; without it, 'local'.
process.env.VITE_BUILD_ID ??= 'local';

// scripts/build-mission.ts points this at a copy of public/ holding another mission's dataset.
const publicDir = process.env.MISSION_PUBLIC_DIR ?? 'public';
// The installed app's name follows the mission the build is for.
function readMissionTitle(): string {
  try {
    return (JSON.parse(readFileSync(resolve(publicDir, 'data/trip.json'), 'utf8')) as { trip: { title: { en: string } } }).trip.title.en;
  } catch {
    return 'a trade mission';
  }
}
const missionTitle = readMissionTitle();
// The languages the mission offers (trip.json `languages`): the app needs them before its dataset
// arrives, to read `?lang=` and the browser's languages (src/i18n/lang.ts).
// Without a readable list, every language the app speaks (the loaded dataset narrows it).
function readMissionLanguages(): string {
  try {
    const languages = (JSON.parse(readFileSync(resolve(publicDir, 'data/trip.json'), 'utf8')) as { trip: { languages?: unknown } }).trip.languages;
    return Array.isArray(languages) && languages.every((l) => typeof l === 'string') ? JSON.stringify(languages) : 'undefined';
  } catch {
    return 'undefined';
  }
}

export default defineConfig({
  base: './',
  publicDir,
  define: { __MISSION_LANGS__: readMissionLanguages() },
  plugins: [
    react(),
    // The build checks the fetched dataset without zod: a validator generated from the same schema (scripts/validator.ts).
    generatedSchemaValidator(),
    // The first view's HTML is prerendered into index.html after each build (scripts/prerender.ts).
    prerenderFirstView(),
    // The CSP and security headers, per path: `vite preview` sends them, dist/_headers lists them.
    servedHeaders(),
    // The service worker and the web app manifest, generated at build time (Workbox's generateSW).
    VitePWA({
      // The page registers the worker itself (src/app/pwa/registerServiceWorker.ts, no inline script)
      // and asks the reader before a new version takes over.
      injectRegister: false,
      registerType: 'prompt',
      // The worker is written after the prerender has filled index.html, so the precached page is
      // the one served (and a data change gives index.html a new revision).
      integration: { closeBundleOrder: 'post' },
      // The manifest's icons are in the glob below already.
      includeManifestIcons: false,
      manifest: {
        id: './',
        name: `Mission Atlas · ${missionTitle}`,
        short_name: 'Mission Atlas',
        description: `An interactive, trilingual dashboard: ${missionTitle}.`,
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#0b2545',
        background_color: '#f4f6f9',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The app shell (both pages), every view's chunk and every on-demand chunk (Leaflet, the
        // Simplified Chinese table), the dataset and the base map: the whole build is about 330 KB
        // gzipped, so the first visit saves all of it and every language and view works offline.
        globPatterns: ['**/*.{html,js,css,svg,png,json,webmanifest}'],
        globIgnores: ['data/trip.schema.json'],
        // A link's query (lang, country, view …) never names another file.
        ignoreURLParametersMatching: [/.*/],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/\/embed\.html$/, /\/sw\.js$/],
        // Nothing takes over an open page by itself: the reader reloads when the page offers it.
        clientsClaim: false,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
        // A same-origin file the precache does not list (e.g. a chunk over Workbox's size limit)
        // is kept on first use.
        runtimeCaching: [
          {
            urlPattern: ({ sameOrigin, url }) => sameOrigin && /\/assets\//.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: 'mission-atlas-on-demand', expiration: { maxEntries: 40 } },
          },
        ],
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // leaflet.css names the pictures of Leaflet's default marker and layers control, which this map
    // never shows (its markers are drawn by the app): kept as files, they are not fetched, where
    // inlined they were 3.5 KiB gzip of the first screen's CSS.
    assetsInlineLimit: (file) => (file.includes('/node_modules/leaflet/') ? false : undefined),
    rollupOptions: {
      // The dashboard, and the page other sites frame (one view, src/embed/).
      input: { main: resolve(import.meta.dirname, 'index.html'), embed: resolve(import.meta.dirname, 'embed.html') },
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
  test: {
    globals: true,
    env: { TZ: 'UTC' },
    // Two kinds of test file. Most test pure functions (data, D3 math, layouts, scripts): they run in
    // plain Node in one shared module graph, which takes seconds. Components and the few modules that
    // need a document (`*.test.tsx`, `*.dom.test.ts`) run in jsdom, each file in its own fresh one.
    // Building a jsdom and a module graph for every file was most of the unit tests' time.
    pool: 'threads',
    projects: [
      {
        extends: true,
        test: {
          name: 'logic',
          environment: 'node',
          // data/checks/: this mission's own facts, which travel with its data (data/README.md).
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'data/checks/**/*.test.ts'],
          exclude: ['**/*.dom.test.ts', '**/node_modules/**'],
          setupFiles: ['tests/setup/languagePacks.ts'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['tests/setup/languagePacks.ts', 'tests/setup/vitest.setup.ts'],
          include: ['src/**/*.test.tsx', 'src/**/*.dom.test.ts', 'data/checks/**/*.test.tsx'],
        },
      },
    ],
  },
});
