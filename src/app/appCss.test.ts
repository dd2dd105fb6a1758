/**
 * The app composes views and never styles their insides: each view keeps the styles of its variants
 * (page, slide, print) in its own folder. This fails when a selector in app.css names a class that a
 * feature folder defines (in its CSS or in a className it renders) and the app's own code does not use.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..');

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, ext);
    return ext.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Class names in CSS selectors (outside declarations and comments). */
export function cssClasses(css: string): Set<string> {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const selectors = withoutComments.replace(/\{[^{}]*\}/g, '{}');
  return new Set([...selectors.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!));
}

/** Class names in className="…" and className={`…`} literals. */
function renderedClasses(source: string): Set<string> {
  const out = new Set<string>();
  for (const m of source.matchAll(/className=(?:"([^"]*)"|\{`([^`]*)`\})/g)) {
    for (const word of (m[1] ?? m[2] ?? '').replace(/\$\{[^}]*\}/g, ' ').split(/\s+/)) if (/^[a-z][\w-]*$/.test(word)) out.add(word);
  }
  return out;
}

function classesOf(dir: string): Set<string> {
  const out = new Set<string>();
  for (const file of filesUnder(dir, /\.css$/)) for (const c of cssClasses(readFileSync(file, 'utf8'))) out.add(c);
  for (const file of filesUnder(dir, /\.tsx$/)) for (const c of renderedClasses(readFileSync(file, 'utf8'))) out.add(c);
  return out;
}

describe('app.css', () => {
  it('reads class names from selectors only', () => {
    expect([...cssClasses('/* .no */ .a .b-c:hover, .d > .e { color: red; margin: 0.5rem }')]).toEqual(['a', 'b-c', 'd', 'e']);
  });

  it('styles no class a feature defines', () => {
    const app = cssClasses(readFileSync(join(SRC, 'app/app.css'), 'utf8'));
    const shared = new Set([...classesOf(join(SRC, 'app')), ...classesOf(join(SRC, 'components'))]);
    // The app's own classes, as its code renders them (app.css itself does not count as use).
    const appRendered = new Set(
      [...filesUnder(join(SRC, 'app'), /\.tsx$/), ...filesUnder(join(SRC, 'components'), /\.tsx$/)].flatMap((f) => [...renderedClasses(readFileSync(f, 'utf8'))]),
    );
    const features = readdirSync(join(SRC, 'features'));
    const offending: string[] = [];
    for (const feature of features) {
      for (const c of classesOf(join(SRC, 'features', feature))) {
        if (app.has(c) && !appRendered.has(c) && !(shared.has(c) && appRendered.has(c))) offending.push(`${feature}: .${c}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
