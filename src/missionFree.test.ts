/**
 * The dashboard knows no mission by heart: everything specific to a trip comes from its dataset.
 * This test fails when src/ (outside tests, fixtures and generated files) names a country code, a
 * country or city of any mission we build (data/ and the fictional fixture missions), or a count word of
 * this trip ("eight", 八大, "six days" ...). Names are read from the missions' own data files, so a
 * new mission's names are checked as soon as it is added to MISSIONS.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
const MISSIONS = ['data', 'tests/fixtures/missions/example', 'tests/fixtures/missions/pacific', 'tests/fixtures/missions/compact'].map((dir) => join(root, dir)).filter((dir) => existsSync(join(dir, 'trip.json')));

interface Text {
  en: string;
  zhHant: string;
}

function missionWords(dir: string): { codes: string[]; names: string[] } {
  const { trip } = JSON.parse(readFileSync(join(dir, 'trip.json'), 'utf8')) as {
    trip: { countries: { code: string; name: Text }[]; region?: Text; home: { code: string; name: Text } };
  };
  const { places } = JSON.parse(readFileSync(join(dir, 'places.json'), 'utf8')) as { places: { kind: string; name: Text }[] };
  const texts = [...trip.countries.map((c) => c.name), trip.home.name, ...(trip.region ? [trip.region] : []), ...places.filter((p) => p.kind === 'city').map((p) => p.name)];
  return {
    codes: [...trip.countries.map((c) => c.code), trip.home.code],
    names: texts.flatMap((t) => [t.en, t.zhHant]),
  };
}

/** Count words of this trip that a message or comment must not carry; counts come from the data. */
const COUNT_WORDS = [/\beight\b/i, /八大/, /\bsix days\b/i, /\btwo capitals\b/i, /\bboth countries\b/i, /六天/, /兩國/];

/**
 * Tokens that contain a code but name no mission: the BCP 47 tags of Traditional Chinese as written
 * in Hong Kong (a locale, chosen per language; PowerPoint wants the short zh-HK) and the macOS font
 * named after that locale. (Home's currency is data: trip.json's home.currency.)
 */
const ALLOWED = [/zh-Hant-HK/g, /zh-HK/g, /PingFang HK/g];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__fixtures__' ? [] : sourceFiles(path);
    if (!/\.(ts|tsx|css)$/.test(name) || /\.test\.tsx?$/.test(name) || name.includes('.generated.')) return [];
    return [path];
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function findMissionWords(text: string, codes: readonly string[], names: readonly string[]): string[] {
  let cleaned = text;
  for (const allowed of ALLOWED) cleaned = cleaned.replace(allowed, '');
  const patterns = [
    ...codes.map((code) => new RegExp(`\\b${code}\\b`)),
    ...names.map((name) => new RegExp(/^[\x20-\x7e]+$/.test(name) ? `\\b${escape(name)}` : escape(name))),
    ...COUNT_WORDS,
  ];
  return patterns.filter((p) => p.test(cleaned)).map((p) => p.source);
}

describe('src/ names no mission', () => {
  const words = MISSIONS.map(missionWords);
  const codes = [...new Set(words.flatMap((w) => w.codes))];
  const names = [...new Set(words.flatMap((w) => w.names))];

  it('reads the names to look for from the missions themselves', () => {
    expect(MISSIONS.length).toBeGreaterThanOrEqual(1);
    expect(codes.length).toBeGreaterThanOrEqual(2);
    expect(names.length).toBeGreaterThanOrEqual(4);
  });

  it('catches a code, a name or a count word when one is there', () => {
    expect(findMissionWords(`const codes = ['${codes[0]}'];`, codes, names)).not.toEqual([]);
    expect(findMissionWords(`// the route to ${names[2]}`, codes, names)).not.toEqual([]);
    expect(findMissionWords('title: "The eight outcomes"', codes, names)).not.toEqual([]);
    expect(findMissionWords("locale: 'zh-Hant-HK'", ['HK'], [])).toEqual([]);
  });

  it('finds none in the application code', () => {
    const found = sourceFiles(join(root, 'src'))
      .map((file) => ({ file: relative(root, file), words: findMissionWords(readFileSync(file, 'utf8'), codes, names) }))
      .filter((hit) => hit.words.length > 0);
    expect(found).toEqual([]);
  });
});
