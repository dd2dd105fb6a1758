// @vitest-environment node
/**
 * The PowerPoint deck built in memory and read back as a zip: native charts with the mission's counts,
 * the reader's language and East Asian fonts, citations in the speaker notes.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExampleZhHansTable } from '../tests/fixtures/missions';
import { loadTestModel } from '../tests/setup/dataset';
import type { CountryCode } from './data/schema';
import { describeDeck } from './features/briefing/deck/describeDeck';
import { renderPptxBytes } from './features/briefing/pptx/renderPptx';
import type { Lang } from './i18n/lang';
import { installZhHansTable } from './i18n/zhHans';
import { buildDeckParts } from './app/deckParts';

// The fictional example mission; this trip's deck is checked in data/checks/deckPptx.test.ts.
const model = loadTestModel();

beforeAll(async () => installZhHansTable(await buildExampleZhHansTable()));
afterAll(() => installZhHansTable(null));

async function build(lang: Lang, country: CountryCode | null) {
  const deck = describeDeck(model, lang, { country }, buildDeckParts(model, lang, country));
  const zip = await JSZip.loadAsync(await renderPptxBytes(deck));
  const read = (pattern: RegExp) =>
    Promise.all(
      Object.keys(zip.files)
        .filter((path) => pattern.test(path))
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
        .map((path) => zip.file(path)!.async('string')),
    );
  return { deck, zip, read };
}

/** The numbers in a chart's value caches, series by series. */
function chartValues(xml: string): number[][] {
  return [...xml.matchAll(/<c:val>([\s\S]*?)<\/c:val>/g)].map((m) => [...m[1]!.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1])));
}

/** The country-and-level chart: the one whose category axis is the countries. */
function levelChartOf(charts: string[]): string {
  const found = charts.find((xml) => /Mongolia|蒙古|Kyrgyzstan|吉爾吉斯斯坦|吉尔吉斯斯坦/.test(xml) && /Non-government|非政府層面|非政府层面/.test(xml));
  expect(found, 'a chart with countries as categories and levels as series').toBeDefined();
  return found!;
}

describe('the PowerPoint deck', () => {
  it('has one slide per deck slide, each with speaker notes', async () => {
    const { deck, read } = await build('en', null);
    expect(deck.slides).toHaveLength(6);
    expect(await read(/^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(6);
    expect(await read(/^ppt\/notesSlides\/notesSlide\d+\.xml$/)).toHaveLength(6);
  });

  it('holds the agreements by country and level (2, 5; 1, 3; 1, 2) as a native chart in English', async () => {
    const { read } = await build('en', null);
    const charts = await read(/^ppt\/charts\/chart\d+\.xml$/);
    expect(charts).toHaveLength(4);
    const level = levelChartOf(charts);
    // Series: government, non-government; categories: Mongolia, Kyrgyzstan, Tajikistan.
    expect(chartValues(level)).toEqual([
      [2, 1, 1],
      [5, 3, 2],
    ]);
    expect(level).toContain('<c:v>Government</c:v>');
    expect(level).toContain('<c:v>Non-government</c:v>');
    expect(level).toContain('<c:v>Mongolia</c:v>');
    // The data sits in the chart's own workbook too, so PowerPoint can edit it.
    expect(level).toMatch(/<c:externalData r:id="rId\d+">/);
    // Data labels and axis titles.
    expect(level).toContain('<c:showVal val="1"/>');
    expect(level).toContain('Agreements and MoUs');
    // The mission's colours: each country's government bar in its strong colour.
    for (const country of model.dataset.trip.countries) expect(level).toContain(country.colours.strong.slice(1).toUpperCase());
  });

  it('with country=KG holds only 1 and 3', async () => {
    const { read } = await build('en', 'KG');
    const level = levelChartOf(await read(/^ppt\/charts\/chart\d+\.xml$/));
    expect(chartValues(level)).toEqual([[1], [3]]);
    expect(level).not.toContain('Mongolia');
  });

  it('draws the field chart from the named documents, the title giving the rest, so no bar is a sliver', async () => {
    const { read } = await build('en', null);
    const field = (await read(/^ppt\/charts\/chart\d+\.xml$/)).find((xml) => xml.includes('<c:v>Aviation</c:v>'))!;
    expect(field).toBeDefined();
    expect(field).not.toContain('Not itemised');
    expect(field).toContain('(10 of 14 not itemised in the reports)');
    // Series: the countries; no value above the named documents' few.
    const values = chartValues(field).flat();
    expect(Math.max(...values)).toBe(1);
    expect(values.reduce((a, b) => a + b, 0)).toBe(4);
    // A country with no document in a field gets no stray "0" label.
    expect(values).toContain(0);
    expect(field).toContain('formatCode="#,##0;-#,##0;"');
    const hant = (await (await build('zh-Hant', null)).read(/^ppt\/charts\/chart\d+\.xml$/)).find((xml) => xml.includes('<c:v>航空</c:v>'))!;
    expect(hant).toContain('（14份中10份報道未有細列）');
  });

  it('names the series in the chosen language', async () => {
    const hant = levelChartOf(await (await build('zh-Hant', null)).read(/^ppt\/charts\/chart\d+\.xml$/));
    expect(hant).toContain('<c:v>政府層面</c:v>');
    expect(hant).toContain('<c:v>非政府層面</c:v>');
    const hans = levelChartOf(await (await build('zh-Hans', null)).read(/^ppt\/charts\/chart\d+\.xml$/));
    expect(hans).toContain('<c:v>非政府层面</c:v>');
    expect(hans).toContain('<c:v>吉尔吉斯斯坦</c:v>');
  });

  it('sets the Chinese title, East Asian typeface and language in zh-Hant and zh-Hans', async () => {
    const [hantFirst] = await (await build('zh-Hant', null)).read(/^ppt\/slides\/slide1\.xml$/);
    expect(hantFirst).toContain('<a:t>數字看行程</a:t>');
    expect(hantFirst).toMatch(/<a:ea typeface="Microsoft JhengHei"[^>]*charset="-120"\/>/);
    expect(hantFirst).toContain('lang="zh-HK"');
    expect(hantFirst).not.toContain('lang="en-US"');
    const hans = await build('zh-Hans', null);
    const [hansFirst] = await hans.read(/^ppt\/slides\/slide1\.xml$/);
    expect(hansFirst).toContain('<a:t>数字看行程</a:t>');
    expect(hansFirst).toMatch(/<a:ea typeface="Microsoft YaHei"[^>]*charset="-122"\/>/);
    expect(hansFirst).toContain('lang="zh-CN"');
    const [theme] = await hans.read(/^ppt\/theme\/theme1\.xml$/);
    expect(theme).toContain('<a:ea typeface="Microsoft YaHei"');
  });

  it('puts the full citations and the data notes in the speaker notes', async () => {
    const { read } = await build('en', null);
    const notes = await read(/^ppt\/notesSlides\/notesSlide\d+\.xml$/);
    for (const note of notes) expect(note).toContain('Example Gazette, 23 September 2031, page not stated');
    // The economy slide carries the data note about its figures.
    expect(notes[4]).toContain('An invented data note');
  });

  it('is 16:9, with the headline figures and the outcomes as real text', async () => {
    const { read } = await build('en', null);
    const [presentation] = await read(/^ppt\/presentation\.xml$/);
    expect(presentation).toContain('<p:sldSz cx="12192000" cy="6858000"/>');
    const [first, , , outcomes] = await read(/^ppt\/slides\/slide\d+\.xml$/);
    for (const text of ['14', 'agreements and MoUs', '40', 'delegation members']) expect(first).toContain(`<a:t>${text}</a:t>`);
    for (const title of model.dataset.outcomes.map((o) => o.title.en)) expect(outcomes).toContain(`<a:t>${title.replace(/&/g, '&amp;')}</a:t>`);
  });

  it('writes a source line on every slide', async () => {
    const { read } = await build('en', null);
    for (const slide of await read(/^ppt\/slides\/slide\d+\.xml$/)) expect(slide).toContain('Example Gazette');
  });
});
