import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildHostScript } from '../src/components/embedCode';
import { CONTENT_SECURITY_POLICY, EMBED_CONTENT_SECURITY_POLICY, headersFile, headersForPath, nginxConfig } from './csp';

describe('per-path headers', () => {
  it('let any site frame embed.html, and nothing else', () => {
    expect(headersForPath('/embed.html')['Content-Security-Policy']).toBe(EMBED_CONTENT_SECURITY_POLICY);
    expect(headersForPath('/atlas/embed.html')['Content-Security-Policy']).toBe(EMBED_CONTENT_SECURITY_POLICY);
    for (const path of ['/', '/index.html', '/data/trip.json', '/assets/app.js', '/embed.html.bak', '/xembed.html']) {
      expect(headersForPath(path)['Content-Security-Policy'], path).toBe(CONTENT_SECURITY_POLICY);
    }
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(EMBED_CONTENT_SECURITY_POLICY).toContain('frame-ancestors *');
    // The two policies differ in that one directive only.
    expect(EMBED_CONTENT_SECURITY_POLICY.replace('frame-ancestors *', "frame-ancestors 'none'")).toBe(CONTENT_SECURITY_POLICY);
  });

  it('add only worker-src and manifest-src for the service worker and the manifest, both self', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("worker-src 'self'; manifest-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('keep sw.js revalidated', () => {
    expect(headersForPath('/sw.js')['Cache-Control']).toBe('no-cache');
    expect(headersForPath('/index.html')['Cache-Control']).toBeUndefined();
  });

  it('are what the README tells a deployment to send', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8');
    expect(readme).toContain(nginxConfig());
    expect(readme).toContain(headersFile().trimEnd());
    expect(readme).toContain(buildHostScript('https://atlas.example.org'));
  });
});
