/**
 * Build-time prerender of the first view (issue 8: mobile LCP <= 1.5 s). After `vite build`, the
 * app shell (masthead, headline figures with the real dataset, each panel's heading and its
 * loading placeholder) is rendered for the default state (English, all countries) and written into
 * the built index.html's #root, so the browser paints it before any script runs.
 *
 * It renders the app's own components with react-dom/server, in the store state the browser will
 * be in, so src/main.tsx hydrates this markup (hydrateRoot) instead of replacing it: React adopts
 * the nodes on screen and its first render commits nothing new (a hydration mismatch is an error
 * the browser tests fail on). Each view shows the loading line LoadWhenNear shows until the view
 * nears the viewport, as in the browser before its observer first reports.
 *
 * The prerendered #root is marked `data-prerendered`, `aria-hidden` and `inert`: until the app takes
 * over it is a picture, not controls (and tests that wait for a control wait for the live app).
 * public/boot.js hides it when the reader will get another language or state.
 *
 *   npx tsx scripts/prerender.ts [dist]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { textFingerprint } from '../src/data/fingerprint.js';
import { builtPageHashes, headersFile, PAGES } from './csp.js';
import { inlineFirstPaint } from './inlineFirstPaint.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** What the built index.html has in its body before the prerender, and the marker for after. */
export const EMPTY_ROOT = '<div id="root"></div>';
/** public/boot.js reads the per-language title and description tags, so they go just before it. */
export const BOOT_SCRIPT = /<script src="[^"]*boot\.js"><\/script>/;
/** The prerendered #root's opening tag, with the fingerprint of the dataset text it shows. */
export const prerenderedRootOpen = (datasetFingerprint: string) =>
  `<div id="root" data-prerendered="" data-dataset="${datasetFingerprint}" aria-hidden="true" inert="">`;

/** The little of jsdom used here (the package ships no types, and @types/jsdom is not installed). */
interface Dom {
  window: Window & typeof globalThis;
}
type JsdomModule = { JSDOM: new (html: string, options: { url: string; pretendToBeVisual: boolean }) => Dom };

/** A jsdom document as browser globals for the app's modules; the returned function puts them back. */
async function installDom(url: string): Promise<{ dom: Dom; restore: () => void }> {
  const jsdomName = 'jsdom';
  const { JSDOM } = (await import(jsdomName)) as JsdomModule;
  const dom = new JSDOM('<!doctype html><html lang="en"><head></head><body><div id="root"></div></body></html>', { url, pretendToBeVisual: true });
  const globals: Record<string, unknown> = {
    window: dom.window,
    document: dom.window.document,
    navigator: dom.window.navigator,
    HTMLElement: dom.window.HTMLElement,
    Node: dom.window.Node,
    requestAnimationFrame: dom.window.requestAnimationFrame.bind(dom.window),
    cancelAnimationFrame: dom.window.cancelAnimationFrame.bind(dom.window),
    // A browser has one, so LoadWhenNear starts with each view's loading line (its observer is
    // made in an effect, which server rendering never runs).
    IntersectionObserver: class {
      observe() {}
      unobserve() {}
      disconnect() {}
      takeRecords() {
        return [];
      }
    },
  };
  const saved = new Map<string, PropertyDescriptor | undefined>();
  for (const [name, value] of Object.entries(globals)) {
    saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  }
  const restore = () => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    }
    dom.window.close();
  };
  return { dom, restore };
}

/**
 * The #root markup of the first view, rendered from the dataset text given, and the <meta> tags with
 * the tab title and description in every language (public/boot.js sets them before the first paint).
 */
export async function renderFirstView(datasetText: string): Promise<{ html: string; metaTags: string }> {
  const { createServer } = await import('vite');
  const react = (await import('@vitejs/plugin-react')).default;
  const server = await createServer({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    plugins: [react()],
  });
  // Modules that read window or navigator when loaded find a document, as in the browser.
  const { restore: restoreDom } = await installDom('http://localhost/?lang=en');
  try {
    const { createElement, StrictMode } = await import('react');
    const { renderToString } = await import('react-dom/server');
    const load = <T,>(path: string) => server.ssrLoadModule(path) as Promise<T>;
    const { validateDataset, formatProblem } = await load<typeof import('../src/data/validate')>('/src/data/validate.ts');
    const { buildTripModel } = await load<typeof import('../src/data/buildTripModel')>('/src/data/buildTripModel.ts');
    const { useAppStore, initialState } = await load<typeof import('../src/store/appStore')>('/src/store/appStore.ts');
    const { App } = await load<typeof import('../src/app/App')>('/src/app/App.tsx');
    const { PRERENDER_LANG, setOfferedLangs } = await load<typeof import('../src/i18n/lang')>('/src/i18n/lang.ts');

    const result = validateDataset(JSON.parse(datasetText));
    if (!result.ok) throw new Error(`prerender: the dataset is invalid: ${result.problems.map(formatProblem).join('; ')}`);
    // The state a first visit with no query and an English browser starts in.
    const model = buildTripModel(result.dataset);
    // The language switch lists the mission's languages, as the browser's copy will (the app sets them on load).
    setOfferedLangs(result.dataset.trip.languages);
    useAppStore.setState({ ...initialState, lang: PRERENDER_LANG, dataset: { status: 'ready', model } }, true);

    // The same tree src/main.tsx hydrates (its TakeOver wrapper renders no element of its own).
    const html = renderToString(createElement(StrictMode, null, createElement(App)));
    if (!html.includes('class="app"')) throw new Error('prerender: the app rendered nothing');
    if (html.includes('<!--$')) throw new Error('prerender: a Suspense boundary rendered on the server; the browser would render it again');
    // Simplified titles come from the generated table and Russian ones from the Russian pack, as in the browser.
    const { loadLanguage } = await load<typeof import('../src/i18n/languagePacks')>('/src/i18n/languagePacks.ts');
    await Promise.all(model.dataset.trip.languages.map(loadLanguage));
    const { documentMetaTags } = await load<typeof import('../src/app/documentMeta')>('/src/app/documentMeta.ts');
    // One title and description per language the mission offers: public/boot.js reads the list from them.
    return { html, metaTags: documentMetaTags(model.dataset.trip.languages, model) };
  } finally {
    restoreDom();
    await server.close();
  }
}

/** Write the first view into `outDir`/index.html (a fresh `vite build` output). */
export async function prerender(outDir: string): Promise<{ bytes: number }> {
  const indexPath = resolve(outDir, 'index.html');
  const index = readFileSync(indexPath, 'utf8');
  if (!index.includes(EMPTY_ROOT)) throw new Error(`prerender: ${indexPath} has no empty ${EMPTY_ROOT} (already prerendered?)`);
  const datasetText = readFileSync(resolve(outDir, 'data/trip.json'), 'utf8');
  const { html, metaTags } = await renderFirstView(datasetText);
  if (!BOOT_SCRIPT.test(index)) throw new Error(`prerender: ${indexPath} has no boot.js script tag`);
  writeFileSync(
    indexPath,
    index.replace(EMPTY_ROOT, `${prerenderedRootOpen(textFingerprint(datasetText))}${html}</div>`).replace(BOOT_SCRIPT, (tag) => `${metaTags}\n    ${tag}`),
  );
  return { bytes: html.length };
}

/**
 * The build step (vite.config.ts): after each production build, the first view goes into
 * index.html, so `npm run build`, the benchmark and any outDir ship the same page.
 *
 * It also hands the app's scripts to public/boot.js, which starts them after the first contentful paint: the
 * first paint needs only the HTML, whose boot script and CSS are then put inline
 * (scripts/inlineFirstPaint.ts), and the CSP with their hashes is written into dist/_headers.
 */
export function prerenderFirstView(): Plugin {
  let outDir = 'dist';
  let publicDir = resolve(ROOT, 'public');
  return {
    name: 'mission-atlas:prerender-first-view',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      if (config.publicDir) publicDir = config.publicDir;
    },
    transformIndexHtml: {
      order: 'post',
      // The entry script and its preloads become <meta> names that public/boot.js starts after the
      // first paint (see there why); the dataset's preload and the manifest follow in inlineFirstPaint.
      handler: (html) =>
        html
          .replace(/<script type="module" crossorigin src="([^"]+)"><\/script>/g, '<meta name="mission-atlas-entry" content="$1">')
          .replace(/<link rel="modulepreload" crossorigin href="([^"]+)">/g, '<meta name="mission-atlas-preload" content="$1">'),
    },
    async closeBundle(error?: Error) {
      if (error) return;
      await prerender(outDir);
      await inlineFirstPaint(outDir, publicDir, PAGES);
      // A static host's headers, with the hashes of the inline elements just written.
      writeFileSync(resolve(outDir, '_headers'), headersFile(builtPageHashes(outDir)));
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDir = resolve(ROOT, process.argv[2] ?? 'dist');
  prerender(outDir).then(
    ({ bytes }) => console.log(`prerender: wrote the first view (${(bytes / 1024).toFixed(1)} KiB of HTML) into ${outDir}/index.html`),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
