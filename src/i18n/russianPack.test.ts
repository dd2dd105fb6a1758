/**
 * The Russian pack holds one table for every message bundle, with exactly the bundle's keys: the
 * compiler checks each `*.ru.ts` against its bundle, this checks that no bundle lacks its file (the
 * pack finds the files by name) and that no placeholder went missing in Russian.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { russianTables } from './packs/ru';

const SRC = resolve(import.meta.dirname, '..');

interface BundleLike {
  id: string;
  en: Record<string, string>;
}

const isBundle = (value: unknown): value is BundleLike =>
  typeof value === 'object' && value !== null && typeof (value as BundleLike).id === 'string' && 'en' in value && 'zhHant' in value;

async function allBundles(): Promise<BundleLike[]> {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter(
    (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && readFileSync(join(SRC, file), 'utf8').includes('= defineMessages('),
  );
  const modules = await Promise.all(files.map((file) => import(/* @vite-ignore */ join(SRC, file)) as Promise<Record<string, unknown>>));
  return modules.flatMap((module) => Object.values(module).filter(isBundle));
}

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)[},]/g)].map((m) => m[1]))].sort();

describe('the Russian pack', () => {
  it('has a table for every bundle, with the bundle’s keys and the English placeholders', async () => {
    const bundles = await allBundles();
    expect(bundles.length).toBeGreaterThanOrEqual(13);
    const tables = new Map(russianTables.map((table) => [table.id, table.texts]));
    expect(tables.size, 'one table per id').toBe(russianTables.length);
    expect([...tables.keys()].sort()).toEqual(bundles.map((b) => b.id).sort());
    for (const bundle of bundles) {
      const russian = tables.get(bundle.id)!;
      expect(Object.keys(russian).sort(), bundle.id).toEqual(Object.keys(bundle.en).sort());
      for (const [key, english] of Object.entries(bundle.en)) {
        expect(placeholders(russian[key]!), `${bundle.id}.${key}`).toEqual(placeholders(english));
      }
    }
  });
});
