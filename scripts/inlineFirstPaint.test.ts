import { resolve } from 'node:path';
import { inlineBootScript, inlineIntoPage } from './inlineFirstPaint';

describe('inlining the first paint', () => {
  const page = [
    '<head>',
    '<script src="./boot.js"></script>',
    '<link rel="stylesheet" crossorigin href="./assets/app-1.css">',
    '<link rel="stylesheet" crossorigin href="./assets/main-2.css">',
    '<link rel="manifest" href="./manifest.webmanifest">',
    '<link rel="preload" href="./data/trip.json" as="fetch" type="application/json" crossorigin="anonymous" />',
    '</head>',
  ].join('\n');

  it('puts the boot script and each stylesheet into the page, keeping an address the browser does not fetch', () => {
    const css: Record<string, string> = { './assets/app-1.css': '.app{color:red}', './assets/main-2.css': '.main{margin:0}' };
    const html = inlineIntoPage(page, 'boot()', (href) => css[href]!);
    expect(html).toContain('<script>boot()</script>');
    expect(html).not.toContain('src="./boot.js"');
    expect(html).toContain('<style>.app{color:red}</style><link rel="stylesheet" href="./assets/app-1.css" disabled>');
    expect(html).toContain('<style>.main{margin:0}</style><link rel="stylesheet" href="./assets/main-2.css" disabled>');
    // The manifest is named for the boot script to add after the first paint (its icons would load before).
    expect(html).toContain('<meta name="mission-atlas-manifest" content="./manifest.webmanifest">');
    expect(html).not.toContain('rel="manifest"');
    expect(html).toContain('<meta name="mission-atlas-dataset" content="./data/trip.json">');
    expect(html.match(/<link rel="stylesheet"(?! href="[^"]+" disabled>)/g)).toBeNull();
  });

  it('refuses a page without the boot script', () => {
    expect(() => inlineIntoPage('<head></head>', 'boot()', () => '')).toThrow(/boot\.js/);
  });

  it('minifies public/boot.js into one script that does not close its element', async () => {
    const code = await inlineBootScript(resolve(import.meta.dirname, '../public'));
    expect(code.length).toBeGreaterThan(200);
    expect(code).not.toMatch(/<\/script/i);
    expect(code).not.toContain('//');
    expect(code).toContain('mission-atlas-entry');
  });
});
