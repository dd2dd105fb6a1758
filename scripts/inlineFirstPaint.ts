/**
 * Nothing to fetch before the first paint but the page: after `vite build` (and the prerender),
 * each built page gets public/boot.js (minified) and its own stylesheets inline, in place of the
 * <script src> and <link rel="stylesheet"> that each cost a round trip before anything could show.
 * scripts/csp.ts then allows exactly these inline elements by hash.
 *
 * Each stylesheet also keeps a `disabled` <link> with its address, which the browser does not fetch:
 * Vite's preloading code looks for it before a lazy chunk that shares the sheet loads, and would
 * otherwise fetch the sheet again and put its rules after the lazy views' own.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { minify } from 'vite';

const BOOT_TAG = /<script src="[^"]*boot\.js"><\/script>/;
const STYLESHEET_LINK = /<link rel="stylesheet"(?: crossorigin)? href="([^"]+\.css)">/g;

/** public/boot.js as one inline script's text (it may not close its own element). */
export async function inlineBootScript(publicDir: string): Promise<string> {
  const source = readFileSync(resolve(publicDir, 'boot.js'), 'utf8');
  const { code, errors } = await minify('boot.js', source, { compress: true, mangle: true });
  if (errors.length) throw new Error(`inline boot script: ${errors.map((e) => e.message).join('; ')}`);
  if (/<\/script/i.test(code)) throw new Error('inline boot script: the code contains "</script"');
  return code.trim();
}

/** A built stylesheet as inline text: it may not name files (they would resolve from the page). */
function inlineStylesheet(outDir: string, href: string): string {
  const css = readFileSync(resolve(outDir, href), 'utf8').trim();
  if (/url\(/i.test(css)) throw new Error(`inline CSS: ${href} names a file (url(...)); it cannot move into the page`);
  if (/<\/style/i.test(css)) throw new Error(`inline CSS: ${href} contains "</style"`);
  return css;
}

/**
 * Links the boot script adds after the first paint, named to it in <meta> tags instead: the
 * dataset's preload (on a slow link its 50 kB would share the bandwidth with the page's own text) and
 * the web app manifest (the browser fetches its icons as soon as it is named; the PWA plugin adds its
 * tag after the prerender's, so it is rewritten here, with the page's last HTML).
 */
const DEFERRED_LINKS: readonly [RegExp, string][] = [
  [/<link rel="preload" href="([^"]+)" as="fetch"[^>]*>/g, 'mission-atlas-dataset'],
  [/<link rel="manifest" href="([^"]+)">/g, 'mission-atlas-manifest'],
];

/** The page's HTML with its boot script and stylesheets inline, and the deferred links named. */
export function inlineIntoPage(html: string, bootScript: string, readStylesheet: (href: string) => string): string {
  if (!BOOT_TAG.test(html)) throw new Error('inline: the page has no boot.js script tag');
  const inlined = html
    .replace(BOOT_TAG, () => `<script>${bootScript}</script>`)
    .replace(STYLESHEET_LINK, (_tag, href: string) => `<style>${readStylesheet(href)}</style><link rel="stylesheet" href="${href}" disabled>`);
  return DEFERRED_LINKS.reduce((page, [link, name]) => page.replace(link, (_tag, href: string) => `<meta name="${name}" content="${href}">`), inlined);
}

/** Inlines into each page of `outDir` that exists. */
export async function inlineFirstPaint(outDir: string, publicDir: string, pages: readonly string[]): Promise<void> {
  const bootScript = await inlineBootScript(publicDir);
  for (const page of pages) {
    const path = resolve(outDir, page);
    writeFileSync(path, inlineIntoPage(readFileSync(path, 'utf8'), bootScript, (href) => inlineStylesheet(outDir, href)));
  }
}
