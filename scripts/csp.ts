/**
 * The Content-Security-Policy of the production build, in one place: vite.config.ts sends it from
 * `vite preview`, the CSP test and the benchmark read it from here, and the README shows it for
 * deployment. Not used by the dev server: Vite's dev client and React Refresh inject inline scripts.
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
  'object-src': "'none'",
  'base-uri': "'none'",
  'frame-ancestors': "'none'",
  'form-action': "'none'",
};

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

/** Headers for any server of the built app (vite preview here; nginx, S3, ... in deployment). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
