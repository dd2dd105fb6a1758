import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findStaleOutputs, preprocess } from './preprocess';

// The fictional example mission: its counts are stated below; this trip's own are in data/checks/.
const exampleMission = resolve(__dirname, '../tests/fixtures/missions/example');
const realData = resolve(__dirname, '../data');
const realOut = resolve(__dirname, '../public/data');

let work: string;
let dataDir: string;
let outDir: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'atlas-data-'));
  dataDir = join(work, 'data');
  outDir = join(work, 'out');
  cpSync(exampleMission, dataDir, { recursive: true });
  // A good previous output, which a failed run must leave untouched.
  expect(preprocess({ dataDir, outDir }).ok).toBe(true);
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
function edit(file: string, change: (json: Json) => void) {
  const path = join(dataDir, file);
  const json = JSON.parse(readFileSync(path, 'utf8')) as Json;
  change(json);
  writeFileSync(path, JSON.stringify(json, null, 2));
}

function expectRejected(...expected: RegExp[]) {
  const before = readFileSync(join(outDir, 'trip.json'), 'utf8');
  const result = preprocess({ dataDir, outDir });
  expect(result.ok).toBe(false);
  for (const pattern of expected) expect(result.messages.join('\n')).toMatch(pattern);
  // Every message names a file in data/.
  for (const message of result.messages) expect(message).toMatch(/data\/[a-z]+\.json/);
  expect(readFileSync(join(outDir, 'trip.json'), 'utf8')).toBe(before);
}

describe('preprocess', () => {
  it('accepts a mission and writes the dataset, its schema and the base map, with the totals it derives', () => {
    const result = preprocess({ dataDir, outDir });
    expect(result.ok).toBe(true);
    const dataset = JSON.parse(readFileSync(join(outDir, 'trip.json'), 'utf8'));
    expect(dataset.derived.agreementTotals.total).toBe(14);
    expect(dataset.derived.agreementTotals.byCountry).toEqual([
      { country: 'MN', government: 2, nonGovernment: 5, total: 7 },
      { country: 'KG', government: 1, nonGovernment: 3, total: 4 },
      { country: 'TJ', government: 1, nonGovernment: 2, total: 3 },
    ]);
    const schema = JSON.parse(readFileSync(join(outDir, 'trip.schema.json'), 'utf8'));
    expect(schema.$schema).toMatch(/json-schema/);
    expect(schema.properties.agreements.type).toBe('array');
    const basemap = JSON.parse(readFileSync(join(outDir, 'basemap.json'), 'utf8'));
    expect(basemap.features.some((f: { id: string }) => f.id === dataset.trip.countries[0].isoNumeric)).toBe(true);
  });

  it('rejects a mission that lists ru with a Russian text missing, naming file and path', () => {
    // The example offers English and Chinese only; listing Russian asks for a Russian text everywhere.
    edit('trip.json', (json) => {
      json.trip.languages = ['en', 'zh-Hant', 'zh-Hans', 'ru'];
      json.trip.title.ru = 'Вымышленная миссия';
    });
    expectRejected(
      /data\/trip\.json: trip\.purpose\.ru: no Russian text, but trip\.json lists en, zh-Hant, zh-Hans, ru/,
      /data\/agreements\.json: agreements\[0\]\.title\.ru: no Russian text/,
      /data\/sources\.json: sources\[0\]\.sections\[0\]\.headingRu: no Russian translation/,
    );
    const messages = preprocess({ dataDir, outDir }).messages;
    expect(messages.some((m) => m.includes('trip.title.ru'))).toBe(false);
  });

  it('asks for no Russian text when the mission does not list ru', () => {
    edit('trip.json', (json) => (json.trip.languages = ['en', 'zh-Hant']));
    expect(preprocess({ dataDir, outDir }).ok).toBe(true);
  });

  it('rejects a language list without English, with a language twice, or Simplified without Traditional', () => {
    edit('trip.json', (json) => (json.trip.languages = ['zh-Hans', 'ru', 'ru']));
    expectRejected(
      /data\/trip\.json: trip\.languages: must include "en"/,
      /data\/trip\.json: trip\.languages\[2\]: "ru" is listed twice/,
      /data\/trip\.json: trip\.languages: "zh-Hans" is generated from the Traditional texts/,
    );
  });

  it('rejects a language the app cannot speak', () => {
    edit('trip.json', (json) => (json.trip.languages = ['en', 'kk']));
    expectRejected(/data\/trip\.json: trip\.languages\[1\]/);
  });

  it('rejects a missing field, naming file and path', () => {
    edit('places.json', (j) => delete j.places[1].lat);
    expectRejected(/data\/places\.json: places\[1\]\.lat:/);
  });

  it('rejects a wrong type', () => {
    edit('agreements.json', (j) => (j.counts[0].count = 'eight'));
    expectRejected(/data\/agreements\.json: counts\[0\]\.count: .*number/i);
  });

  it('rejects an unknown country, naming the countries trip.json lists', () => {
    edit('agreements.json', (j) => (j.agreements[3].country = 'TM'));
    expectRejected(/data\/agreements\.json: agreements\[3\]\.country: unknown country "TM" \(trip\.json lists MN, KG, TJ\)/);
  });

  it('rejects a place in a country the trip does not list', () => {
    edit('places.json', (j) => (j.places[1].country = 'FR'));
    expectRejected(/data\/places\.json: places\[1\]\.country: unknown country "FR" \(trip\.json lists MN, KG, TJ, and HK as home\)/);
  });

  it('rejects a home city and planned routes that do not resolve', () => {
    edit('trip.json', (j) => {
      j.trip.home.place = 'nowhere';
      j.trip.routes[0].to = 'atlantis';
      j.trip.routes[0].milestone = 'no-such-milestone';
    });
    expectRejected(
      /data\/trip\.json: trip\.home\.place: unknown city "nowhere"/,
      /data\/trip\.json: trip\.routes\[0\]\.to: unknown city "atlantis"/,
      /data\/trip\.json: trip\.routes\[0\]\.milestone: unknown milestone "no-such-milestone"/,
    );
  });

  it('rejects a country listed twice, and home among the countries visited', () => {
    edit('trip.json', (j) => {
      j.trip.countries[1].code = 'MN';
      j.trip.home.code = 'MN';
    });
    expectRejected(/trip\.countries\[1\]\.code: duplicate country "MN"/, /trip\.home\.code: "MN" is home/);
  });

  it('accepts 1 to 8 countries and rejects more', () => {
    edit('trip.json', (j) => {
      for (let i = 0; i < 6; i++) j.trip.countries.push({ ...j.trip.countries[0], code: `Q${i}`, isoNumeric: `90${i}` });
    });
    expectRejected(/data\/trip\.json: trip\.countries: .*8/);
  });

  it('rejects a trip longer than 21 days', () => {
    edit('trip.json', (j) => (j.trip.end = '2031-10-14'));
    expectRejected(/data\/trip\.json: trip\.end: the trip lasts 31 days; the dashboard shows 1 to 21/);
  });

  it('rejects outcomes not numbered 1 to their count', () => {
    edit('outcomes.json', (j) => (j.outcomes[4].number = 12));
    expectRejected(/data\/outcomes\.json: outcomes\[4\]\.number: is 12, but outcomes are numbered 1 to 5/);
  });

  it('rejects figure roles that do not fit the figure', () => {
    edit('economy.json', (j) => {
      const rank = j.figures.find((f: Json) => f.id === 'tj-population-rank');
      delete rank.rankAmong;
      j.figures.find((f: Json) => f.id === 'mn-exports').growth = 'year';
      j.figures[3].subject = 'MARS';
    });
    expectRejected(
      /data\/economy\.json: figures\[\d+\]\.rankAmong: a rank needs what it is counted among/,
      /data\/economy\.json: figures\[2\]\.growth: a growth figure is a percentage/,
      /data\/economy\.json: figures\[3\]\.subject: unknown subject "MARS" \(expected a country of trip\.json: MN, KG, TJ; a subject of economy\.json: HOME-REGION; or "trip"\)/,
    );
  });

  it('rejects a duplicate id', () => {
    edit('itinerary.json', (j) => (j.events[1].id = j.events[0].id));
    expectRejected(/data\/itinerary\.json: events\[1\]\.id: duplicate id/);
  });

  it('rejects a reference to a missing id', () => {
    edit('outcomes.json', (j) => j.outcomes[2].agreements.push('no-such-agreement'));
    expectRejected(/data\/outcomes\.json: outcomes\[2\]\.agreements\[\d+\]: unknown agreement "no-such-agreement"/);
  });

  it('rejects a citation of a section that does not exist', () => {
    edit('economy.json', (j) => (j.figures[0].cite[0].section = 'nowhere'));
    expectRejected(/data\/economy\.json: figures\[0\]\.cite\[0\]\.section: unknown section "nowhere"/);
  });

  it('rejects counts that do not add up to the stated totals', () => {
    edit('agreements.json', (j) => (j.counts[1].count += 1));
    expectRejected(/non-government counts add up to 11, but trip\.json states 10/);
  });

  it('rejects a trade total that is not exports plus imports', () => {
    edit('economy.json', (j) => (j.figures.find((f: Json) => f.id === 'mn-exports').value = 16_000_000_000));
    expectRejected(/data\/economy\.json: figures\[\d+\]\.value: .*add up to/);
  });

  it('rejects malformed JSON with the line where it breaks', () => {
    writeFileSync(join(dataDir, 'notes.json'), '{\n  "notes": [\n    { "id": "x", }\n  ]\n}\n');
    expectRejected(/data\/notes\.json: malformed JSON \(line 3/);
  });

  it('rejects a visited country whose id names no country shape, leaving the base map as it was', () => {
    const before = readFileSync(join(outDir, 'basemap.json'), 'utf8');
    edit('trip.json', (j) => (j.trip.countries[1].isoNumeric = '999'));
    expectRejected(/data\/trip\.json: trip\.countries\[1\]\.isoNumeric: no country shape in Natural Earth has the id "999"/);
    expect(readFileSync(join(outDir, 'basemap.json'), 'utf8')).toBe(before);
  });

  it('lists every problem, not only the first', () => {
    edit('places.json', (j) => delete j.places[0].lat);
    edit('agreements.json', (j) => (j.agreements[0].level = 'private'));
    expectRejected(/places\.json/, /agreements\.json/);
  });
});

describe('the fixture missions', () => {
  // Each is built and tested in the browser (npm test); a schema change they miss should fail here first.
  it.each(['example', 'pacific', 'compact'])('%s validates and gets its base map', (name) => {
    const result = preprocess({ dataDir: resolve(__dirname, '../tests/fixtures/missions', name), outDir });
    expect(result.messages.filter((m) => !result.ok || m.startsWith('base map'))).toEqual([expect.stringMatching(/^base map: \d+ detailed and \d+ coarse shapes/)]);
  });
});

describe('stale-output check', () => {
  it('says the committed public/data is fresh', () => {
    const result = findStaleOutputs({ dataDir: realData, outDir: realOut });
    expect(result).toEqual({ ok: true, stale: [] });
  });

  it('notices when data/ changed but public/data was not regenerated', () => {
    edit('trip.json', (j) => (j.trip.purpose.en += ' (edited)'));
    expect(findStaleOutputs({ dataDir, outDir })).toEqual({ ok: true, stale: ['trip.json'] });
  });

  it('notices a base map that no longer follows the places', () => {
    // A city moved across an ocean widens the region the base map details.
    edit('places.json', (j) => {
      const city = (j.places as Json[]).find((p) => p.kind === 'city' && p.id !== j.places[0].id)!;
      city.lon = -60;
    });
    expect(findStaleOutputs({ dataDir, outDir })).toEqual({ ok: true, stale: ['trip.json', 'basemap.json'] });
  });
});
