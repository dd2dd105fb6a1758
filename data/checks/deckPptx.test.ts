// @vitest-environment node
/**
 * The PowerPoint deck built in memory and read back as a zip: native charts with the real counts,
 * the reader's language and East Asian fonts, citations in the speaker notes.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CountryCode } from '../../src/data/schema';
import { describeDeck } from '../../src/features/briefing/deck/describeDeck';
import { renderPptxBytes } from '../../src/features/briefing/pptx/renderPptx';
import type { Lang } from '../../src/i18n/lang';
import { installZhHansTable, type ZhHansTable } from '../../src/i18n/zhHans';
import { buildDeckParts } from '../../src/app/deckParts';
import { loadMissionModel } from './mission';

// This trip's deck: its counts, its words and its reports (the deck's code is tested in src/ on the example mission).
const model = loadMissionModel();

beforeAll(() => {
  installZhHansTable(JSON.parse(readFileSync('src/i18n/zh-hans.generated.json', 'utf8')) as ZhHansTable);
});
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
  const found = charts.find((xml) => /Kazakhstan|哈薩克斯坦|哈萨克斯坦|Uzbekistan|烏茲別克斯坦|乌兹别克斯坦/.test(xml) && /Non-government|非政府層面|非政府层面/.test(xml));
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

  it('holds the agreements by country and level (8, 53, 7, 28) as a native chart in English', async () => {
    const { read } = await build('en', null);
    const charts = await read(/^ppt\/charts\/chart\d+\.xml$/);
    expect(charts).toHaveLength(4);
    const level = levelChartOf(charts);
    // Series: government, non-government; categories: Kazakhstan, Uzbekistan.
    expect(chartValues(level)).toEqual([
      [8, 7],
      [53, 28],
    ]);
    expect(level).toContain('<c:v>Government</c:v>');
    expect(level).toContain('<c:v>Non-government</c:v>');
    expect(level).toContain('<c:v>Kazakhstan</c:v>');
    // The data sits in the chart's own workbook too, so PowerPoint can edit it.
    expect(level).toMatch(/<c:externalData r:id="rId\d+">/);
    // Data labels and axis titles.
    expect(level).toContain('<c:showVal val="1"/>');
    expect(level).toContain('Agreements and MoUs');
    // The dashboard's colours: Kazakhstan's government bar dark blue, Uzbekistan's dark green.
    expect(level).toContain('004E6B');
    expect(level).toContain('1C5229');
  });

  it('with country=UZ holds only 7 and 28', async () => {
    const { read } = await build('en', 'UZ');
    const level = levelChartOf(await read(/^ppt\/charts\/chart\d+\.xml$/));
    expect(chartValues(level)).toEqual([[7], [28]]);
    expect(level).not.toContain('Kazakhstan');
  });

  it('draws the field chart from the named documents, the title giving the rest, so no bar is a sliver', async () => {
    const { read } = await build('en', null);
    const field = (await read(/^ppt\/charts\/chart\d+\.xml$/)).find((xml) => xml.includes('<c:v>Finance</c:v>'))!;
    expect(field).toBeDefined();
    expect(field).not.toContain('Not itemised');
    expect(field).toContain('(90 of 96 not itemised in the reports)');
    // Series: Kazakhstan, Uzbekistan; no value above the named documents' few.
    const values = chartValues(field).flat();
    expect(Math.max(...values)).toBeLessThanOrEqual(2);
    expect(values.reduce((a, b) => a + b, 0)).toBe(6);
    // A country with no document in a field gets no stray "0" label.
    expect(values).toContain(0);
    expect(field).toContain('formatCode="#,##0;-#,##0;"');
    const hant = (await (await build('zh-Hant', null)).read(/^ppt\/charts\/chart\d+\.xml$/)).find((xml) => xml.includes('<c:v>金融</c:v>'))!;
    expect(hant).toContain('（96份中90份報道未有細列）');
  });

  it('names what the reports itemise instead of a field chart of one bar (country=UZ)', async () => {
    const { deck, read } = await build('en', 'UZ');
    const charts = await read(/^ppt\/charts\/chart\d+\.xml$/);
    expect(charts.some((xml) => xml.includes('<c:v>Aviation</c:v>'))).toBe(false);
    const body = deck.slides[2]!.body;
    expect(body.kind === 'charts' && body.charts.map((c) => c.id)).toEqual(['agreements-by-level']);
    const [, , agreements] = await read(/^ppt\/slides\/slide\d+\.xml$/);
    expect(agreements).toContain('<a:t>What the reports name with Uzbekistan</a:t>');
    for (const agreement of model.dataset.agreements.filter((a) => a.country === 'UZ')) expect(agreements).toContain(`<a:t>${agreement.title.en} (`);
    expect(agreements).toContain('<a:t>Mutual 30-day visa-free stays (travel and visas, agreed)</a:t>');
    // All countries keep the field chart: it has bars enough to compare.
    const all = await build('en', null);
    const allBody = all.deck.slides[2]!.body;
    expect(allBody.kind === 'charts' && allBody.charts.map((c) => c.id)).toEqual(['agreements-by-level', 'agreements-by-field']);
    expect(allBody.kind === 'charts' && allBody.panel).toBeUndefined();
  });

  it('names the series in the chosen language', async () => {
    const hant = levelChartOf(await (await build('zh-Hant', null)).read(/^ppt\/charts\/chart\d+\.xml$/));
    expect(hant).toContain('<c:v>政府層面</c:v>');
    expect(hant).toContain('<c:v>非政府層面</c:v>');
    const hans = levelChartOf(await (await build('zh-Hans', null)).read(/^ppt\/charts\/chart\d+\.xml$/));
    expect(hans).toContain('<c:v>非政府层面</c:v>');
    expect(hans).toContain('<c:v>哈萨克斯坦</c:v>');
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
    // Slide 1: the headline figures rest on the 6 June report's roundup, and a note explains the two deal currencies.
    expect(notes[0]).toContain('Ta Kung Pao, 6 June 2026, page A1');
    expect(notes[0]).toContain('Deal value in two currencies');
    // The last slide's notes list both reports.
    expect(notes[5]).toContain('Ta Kung Pao, 1 June 2026');
    expect(notes[5]).toContain('Ta Kung Pao, 6 June 2026');
  });

  it('is 16:9, with the headline figures and the outcomes as real text', async () => {
    const { read } = await build('en', null);
    const [presentation] = await read(/^ppt\/presentation\.xml$/);
    expect(presentation).toContain('<p:sldSz cx="12192000" cy="6858000"/>');
    const [first, , , outcomes] = await read(/^ppt\/slides\/slide\d+\.xml$/);
    for (const text of ['96', 'agreements and MoUs', '75', 'delegation members']) expect(first).toContain(`<a:t>${text}</a:t>`);
    for (const title of model.dataset.outcomes.map((o) => o.title.en)) expect(outcomes).toContain(`<a:t>${title.replace(/&/g, '&amp;')}</a:t>`);
  });

  it('labels the growth bars with their qualifier and unit, and keys the dashed bars', async () => {
    for (const [lang, over, about, exact, keyText] of [
      ['en', '&quot;over &quot;0&quot;%&quot;', '&quot;about &quot;0&quot;%&quot;', '0.0&quot;%&quot;', 'Lower bound (“over”): the true value is higher'],
      ['zh-Hant', '&quot;超過&quot;0&quot;%&quot;', '&quot;約&quot;0&quot;%&quot;', '0.0&quot;%&quot;', '下限（「超過」）：實際數值更高'],
    ] as const) {
      const { read } = await build(lang, null);
      const growth = (await read(/^ppt\/charts\/chart\d+\.xml$/)).find((xml) => /<c:v>7\.7<\/c:v>/.test(xml))!;
      expect(growth, lang).toBeDefined();
      const formats = [...growth.matchAll(/<c:dLbl><c:idx val="(\d+)"\/><c:numFmt formatCode="([^"]*)"/g)].map((m) => m[2]);
      expect(formats, lang).toEqual(expect.arrayContaining([over, about, exact]));
      // The value axis says the unit too.
      expect(growth).toContain('formatCode="0&quot;%&quot;"');
      const [, , , , economy] = await read(/^ppt\/slides\/slide\d+\.xml$/);
      expect(economy, lang).toContain(`<a:t>${keyText}</a:t>`);
      expect(economy).toContain('<a:prstDash val="dash"/>');
    }
  });

  it('labels the trade bars with their unit', async () => {
    const { read } = await build('en', 'KZ');
    const trade = (await read(/^ppt\/charts\/chart\d+\.xml$/)).find((xml) => xml.includes('<c:v>Exports</c:v>'))!;
    expect(trade).toContain('formatCode="&quot;US$&quot;0.0&quot; billion&quot;"');
  });

  it('greys the outcomes outside the chosen country and says so', async () => {
    const { deck, read } = await build('en', 'UZ');
    const [, , , outcomes] = await read(/^ppt\/slides\/slide\d+\.xml$/);
    const body = deck.slides[3]!.body;
    const items = body.kind === 'list' ? body.items : [];
    const runOf = (text: string) => new RegExp(`<a:rPr[^>]*>(?:(?!</a:rPr>).)*</a:rPr><a:t>${text}</a:t>`).exec(outcomes!)?.[0] ?? '';
    for (const item of items) {
      const run = runOf(item.text.replace(/&/g, '&amp;'));
      if (item.outside) {
        expect(run, item.text).toContain('6B737E');
        expect(outcomes).toMatch(new RegExp(`<a:t>   [^<]*, not Uzbekistan</a:t>`));
      } else expect(run, item.text).not.toContain('6B737E');
    }
    expect(items.some((item) => item.outside)).toBe(true);
  });

  it('writes a source line on every slide', async () => {
    const { read } = await build('en', null);
    for (const slide of await read(/^ppt\/slides\/slide\d+\.xml$/)) expect(slide).toContain('Ta Kung Pao');
  });
});
