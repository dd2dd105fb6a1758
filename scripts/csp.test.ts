import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildHostScript } from '../src/components/embedCode';
import {
  contentSecurityPolicy,
  DOCUMENTED_HASHES,
  embedContentSecurityPolicy,
  headersFile,
  headersForPath,
  inlineHashes,
  mergeHashes,
  nginxConfig,
  type InlineHashes,
} from './csp';

const inline: InlineHashes = { scripts: ["'sha256-boot'"], styles: ["'sha256-app'", "'sha256-main'"] };
const policy = contentSecurityPolicy(inline);
const embedPolicy = embedContentSecurityPolicy(inline);

describe('per-path headers', () => {
  it('let any site frame embed.html, and nothing else', () => {
    expect(headersForPath('/embed.html', inline)['Content-Security-Policy']).toBe(embedPolicy);
    expect(headersForPath('/atlas/embed.html', inline)['Content-Security-Policy']).toBe(embedPolicy);
    for (const path of ['/', '/index.html', '/data/trip.json', '/assets/app.js', '/embed.html.bak', '/xembed.html']) {
      expect(headersForPath(path, inline)['Content-Security-Policy'], path).toBe(policy);
    }
    expect(policy).toContain("frame-ancestors 'none'");
    expect(embedPolicy).toContain('frame-ancestors *');
    // The two policies differ in that one directive only.
    expect(embedPolicy.replace('frame-ancestors *', "frame-ancestors 'none'")).toBe(policy);
  });

  it('allow the inline boot script and stylesheets by hash only, and add only worker-src and manifest-src, both self', () => {
    expect(policy).toContain("script-src 'self' 'sha256-boot'; style-src 'self' 'sha256-app' 'sha256-main';");
    expect(policy).toContain("worker-src 'self'; manifest-src 'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(contentSecurityPolicy({ scripts: [], styles: [] })).toContain("script-src 'self'; style-src 'self';");
  });

  it('keep sw.js revalidated', () => {
    expect(headersForPath('/sw.js', inline)['Cache-Control']).toBe('no-cache');
    expect(headersForPath('/index.html', inline)['Cache-Control']).toBeUndefined();
  });

  it('are what the docs tell a deployment and a host page to use', () => {
    const deployment = readFileSync(resolve(import.meta.dirname, '../docs/deployment.md'), 'utf8');
    expect(deployment).toContain(nginxConfig(DOCUMENTED_HASHES).trimEnd());
    expect(deployment).toContain(headersFile(DOCUMENTED_HASHES).trimEnd());
    const embedding = readFileSync(resolve(import.meta.dirname, '../docs/embedding.md'), 'utf8');
    expect(embedding).toContain(buildHostScript('https://atlas.example.org'));
  });
});

describe('inline hashes', () => {
  const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

  it('hash each inline script and <style> element as the browser does, and no script with src', () => {
    const html = '<head><script>var a = 1;</script><script src="./x.js"></script><script type="module" src="y.js"></script><style>body{margin:0}</style><style media="print">p{}</style></head>';
    expect(inlineHashes(html)).toEqual({ scripts: [sha('var a = 1;')], styles: [sha('body{margin:0}'), sha('p{}')] });
    // A known vector: the CSP specification's example hash of `alert('Hello, world.');`.
    expect(inlineHashes("<script>alert('Hello, world.');</script>").scripts).toEqual(["'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"]);
  });

  it('merge the pages without repeating a shared element', () => {
    expect(mergeHashes([inline, { scripts: ["'sha256-boot'"], styles: ["'sha256-app'", "'sha256-embed'"] }])).toEqual({
      scripts: ["'sha256-boot'"],
      styles: ["'sha256-app'", "'sha256-main'", "'sha256-embed'"],
    });
  });
});
