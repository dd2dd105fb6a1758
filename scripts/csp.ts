/**
 * The Content-Security-Policy of the production build, in one place: vite.config.ts sends it from
 * `vite preview` (per path, like a real server), the build writes it into dist/_headers, the CSP
 * tests and the benchmark read it from here, and the README shows it for deployment. Not used by the
 * dev server: Vite's dev client and React Refresh inject inline scripts.
 *
 * The built pages carry their boot script and their stylesheets inline, so nothing but the page is
 * fetched before the first paint (scripts/inlineFirstPaint.ts). The policy allows exactly those
 * inline elements by their SHA-256 hashes, which the build computes from the pages it writes: no
 * 'unsafe-inline', and any other inline script or style stays blocked.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** CSP hash sources ('sha256-…') of the inline scripts and <style> elements the built pages carry. */
export interface InlineHashes {
  scripts: readonly string[];
  styles: readonly string[];
}

export const NO_INLINE: InlineHashes = { scripts: [], styles: [] };

/** The pages of the build (each may carry inline elements the policy allows). */
export const PAGES = ['index.html', 'embed.html'] as const;

export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  // Only our own bundled modules and the pages' own inline boot script (by hash): no eval.
  'script-src': "'self'",
  // No 'unsafe-inline': React and Leaflet set styles through the CSSOM (element.style), which CSP
  // does not govern; only style attributes in parsed markup and <style> elements would need it, and
  // the pages' own inline stylesheets are allowed by hash.
  // tests/e2e/security.spec.ts fails on any violation, so a change that needs it shows up at once.
  'style-src': "'self'",
  // Leaflet's CSS and Vite's inlined small assets use data: URLs; exported PNGs are blob: URLs.
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  // The service worker (sw.js, generated at build time) and the web app manifest: our own files only.
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'frame-ancestors': "'none'",
  'form-action': "'none'",
};

/** The CSP source for an inline element's text, as the browser hashes it (UTF-8, SHA-256, base64). */
export const hashSource = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The hashes of every inline <script> (without src) and <style> in a page's HTML. */
export function inlineHashes(html: string): InlineHashes {
  const texts = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]!);
  return {
    scripts: texts(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g).filter((text) => text.trim() !== '').map(hashSource),
    styles: texts(/<style[^>]*>([\s\S]*?)<\/style>/g).map(hashSource),
  };
}

/** One set of hashes for several pages (each page's policy may allow the others' few elements too). */
export function mergeHashes(sets: readonly InlineHashes[]): InlineHashes {
  const unique = (values: string[]) => [...new Set(values)];
  return { scripts: unique(sets.flatMap((set) => set.scripts)), styles: unique(sets.flatMap((set) => set.styles)) };
}

/** The inline elements of the built pages in `outDir` (none when it holds no build). */
export function builtPageHashes(outDir: string): InlineHashes {
  return mergeHashes(
    PAGES.map((page) => resolve(outDir, page))
      .filter((path) => existsSync(path))
      .map((path) => inlineHashes(readFileSync(path, 'utf8'))),
  );
}

const serialize = (directives: Readonly<Record<string, string>>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

function directivesWith(inline: InlineHashes, frameAncestors: string): Record<string, string> {
  const withHashes = (base: string, hashes: readonly string[]) => [base, ...hashes].join(' ');
  return {
    ...CSP_DIRECTIVES,
    'script-src': withHashes(CSP_DIRECTIVES['script-src']!, inline.scripts),
    'style-src': withHashes(CSP_DIRECTIVES['style-src']!, inline.styles),
    'frame-ancestors': frameAncestors,
  };
}

/** The dashboard's policy: it may not be framed by any page. */
export const contentSecurityPolicy = (inline: InlineHashes) => serialize(directivesWith(inline, "'none'"));

/** The embed page's policy: the same, except that any site may frame it. */
export const embedContentSecurityPolicy = (inline: InlineHashes) => serialize(directivesWith(inline, '*'));

/** The one file other sites may put in an iframe. */
export const EMBED_PATH = '/embed.html';

/** Headers for any server of the built app (vite preview here; nginx, S3, ... in deployment). */
export function securityHeaders(inline: InlineHashes): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(inline),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

export function embedHeaders(inline: InlineHashes): Record<string, string> {
  return { ...securityHeaders(inline), 'Content-Security-Policy': embedContentSecurityPolicy(inline) };
}

/**
 * The headers for one path of the built app (relative to where it is deployed): the embed page
 * may be framed, everything else keeps `frame-ancestors 'none'`; the service worker script is
 * always revalidated, so a new deployment is seen at the next update check.
 */
export function headersForPath(pathname: string, inline: InlineHashes): Record<string, string> {
  const file = pathname.split('?')[0]!.replace(/^.*\//, '/');
  if (file === EMBED_PATH) return embedHeaders(inline);
  if (file === '/sw.js') return { ...securityHeaders(inline), 'Cache-Control': 'no-cache' };
  return securityHeaders(inline);
}

const headerLines = (headers: Readonly<Record<string, string>>, indent: string) =>
  Object.entries(headers).map(([name, value]) => `${indent}${name}: ${value}`);

/**
 * A static host's `_headers` file (Cloudflare Pages syntax; the build writes it into dist/). A path
 * matched by two rules gets both rules' headers, so the embed rule first detaches (`!`) the site-wide
 * policy: two policies would both apply, and `frame-ancestors 'none'` would still forbid framing.
 */
export function headersFile(inline: InlineHashes): string {
  return [
    '/*',
    ...headerLines(securityHeaders(inline), '  '),
    EMBED_PATH,
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${embedContentSecurityPolicy(inline)}`,
    '/sw.js',
    '  Cache-Control: no-cache',
    '',
  ].join('\n');
}

/** The nginx lines (add_header in a location replaces the inherited ones, so each block repeats all). */
export function nginxConfig(inline: InlineHashes): string {
  const adds = (headers: Readonly<Record<string, string>>) =>
    Object.entries(headers).map(([name, value]) => `    add_header ${name} "${value}" always;`);
  return [
    'location / {',
    ...adds(securityHeaders(inline)),
    '}',
    `location = ${EMBED_PATH} {`,
    ...adds(embedHeaders(inline)),
    '}',
    'location = /sw.js {',
    ...adds({ ...securityHeaders(inline), 'Cache-Control': 'no-cache' }),
    '}',
  ].join('\n');
}

/**
 * What docs/deployment.md shows: the hashes change with every build that changes the boot script or the
 * first screen's CSS, so it names them, and a deployment copies this build's from dist/_headers.
 */
export const DOCUMENTED_HASHES: InlineHashes = { scripts: ["'sha256-<boot script>'"], styles: ["'sha256-<each inline stylesheet>'"] };
