/**
 * The Content-Security-Policy of the production build, in one place: vite.config.ts sends it from
 * `vite preview` (per path, like a real server), the build writes it into dist/_headers, the CSP
 * test and the benchmark read it from here, and the README shows it for deployment. Not used by the
 * dev server: Vite's dev client and React Refresh inject inline scripts.
 */

export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  // Only our own bundled modules: no inline script, no eval.
  'script-src': "'self'",
  // No 'unsafe-inline': React and Leaflet set styles through the CSSOM (element.style), which CSP
  // does not govern; only style attributes in parsed markup and <style> elements would need it.
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

const serialize = (directives: Readonly<Record<string, string>>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

/** The dashboard's policy: it may not be framed by any page. */
export const CONTENT_SECURITY_POLICY = serialize(CSP_DIRECTIVES);

/** The embed page's policy: the same, except that any site may frame it. */
export const EMBED_CONTENT_SECURITY_POLICY = serialize({ ...CSP_DIRECTIVES, 'frame-ancestors': '*' });

/** The one file other sites may put in an iframe. */
export const EMBED_PATH = '/embed.html';

/** Headers for any server of the built app (vite preview here; nginx, S3, ... in deployment). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export const EMBED_HEADERS: Readonly<Record<string, string>> = {
  ...SECURITY_HEADERS,
  'Content-Security-Policy': EMBED_CONTENT_SECURITY_POLICY,
};

/**
 * The headers for one path of the built app (relative to where it is deployed): the embed page
 * may be framed, everything else keeps `frame-ancestors 'none'`; the service worker script is
 * always revalidated, so a new deployment is seen at the next update check.
 */
export function headersForPath(pathname: string): Record<string, string> {
  const file = pathname.split('?')[0]!.replace(/^.*\//, '/');
  if (file === EMBED_PATH) return { ...EMBED_HEADERS };
  if (file === '/sw.js') return { ...SECURITY_HEADERS, 'Cache-Control': 'no-cache' };
  return { ...SECURITY_HEADERS };
}

const headerLines = (headers: Readonly<Record<string, string>>, indent: string) =>
  Object.entries(headers).map(([name, value]) => `${indent}${name}: ${value}`);

/**
 * A static host's `_headers` file (Cloudflare Pages syntax; the build writes it into dist/). A path
 * matched by two rules gets both rules' headers, so the embed rule first detaches (`!`) the site-wide
 * policy: two policies would both apply, and `frame-ancestors 'none'` would still forbid framing.
 */
export function headersFile(): string {
  return [
    '/*',
    ...headerLines(SECURITY_HEADERS, '  '),
    EMBED_PATH,
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${EMBED_CONTENT_SECURITY_POLICY}`,
    '/sw.js',
    '  Cache-Control: no-cache',
    '',
  ].join('\n');
}

/** The nginx lines (add_header in a location replaces the inherited ones, so each block repeats all). */
export function nginxConfig(): string {
  const adds = (headers: Readonly<Record<string, string>>) =>
    Object.entries(headers).map(([name, value]) => `    add_header ${name} "${value}" always;`);
  return [
    'location / {',
    ...adds(SECURITY_HEADERS),
    '}',
    `location = ${EMBED_PATH} {`,
    ...adds(EMBED_HEADERS),
    '}',
    'location = /sw.js {',
    ...adds({ ...SECURITY_HEADERS, 'Cache-Control': 'no-cache' }),
    '}',
  ].join('\n');
}
