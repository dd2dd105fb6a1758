/** This trip's briefing deck: its slides' wording, figures and map (src/features/briefing/deck/describeDeck.ts). */
import { describe, expect, it } from 'vitest';
import { loadMissionModel } from './mission';
import { describeDeck } from '../../src/features/briefing/deck/describeDeck';
import type { DeckParts } from '../../src/features/briefing/deck/types';

const model = loadMissionModel();

// The other features' parts, as the app would hand them in: enough to see them placed.
const parts: DeckParts = {
  appTitle: 'Mission Atlas',
  headline: { figures: [{ id: 'agreements', value: '96', label: 'agreements and MoUs' }], about: ['trip-deals-usd'] },
  agreements: { charts: [], about: ['trip-agreements-total'] },
  economy: { charts: [], about: [], cites: [] },
};

describe('describeDeck', () => {
  it('describes six slides, each with its source line and citations; the last lists sources and notes', () => {
    const deck = describeDeck(model, 'en', { country: null }, parts);
    expect(deck.slides.map((s) => s.id)).toEqual(['headline', 'map', 'agreements', 'timeline', 'economy', 'notes']);
    for (const slide of deck.slides.slice(0, 5)) {
      expect(slide.source, slide.id).toMatch(/^Sources?: Ta Kung Pao/);
      expect(slide.citations.length, slide.id).toBeGreaterThan(0);
    }
    const last = deck.slides[5]!;
    expect(last.source).toBe('');
    expect(last.body.kind).toBe('sources');
    if (last.body.kind === 'sources') {
      expect(last.body.sources).toHaveLength(model.dataset.sources.length);
      expect(last.body.notes).toHaveLength(model.dataset.notes.length);
    }
    expect(last.dataNotes).toHaveLength(model.dataset.notes.length);
    expect(deck.selectionKey).toBe('all');
    expect(deck.locale).toBe('en-GB');
  });

  it('says each economy figure once: a rank\'s label does not repeat what its value says', () => {
    const en = describeDeck(model, 'en', { country: null }, parts).slides.find((s) => s.id === 'economy')!.takeaway;
    expect(en).toContain('Kazakhstan: Trade partner of Hong Kong 1st in Central Asia');
    expect(en.match(/Central Asia/g)).toHaveLength(3);
    const hant = describeDeck(model, 'zh-Hant', { country: null }, parts).slides.find((s) => s.id === 'economy')!.takeaway;
    expect(hant).toContain('哈薩克斯坦：香港的貿易夥伴中亞第1');
  });

  it('follows the country on the economy slide: its figures and the shared ones, not the other country\'s', () => {
    const uz = describeDeck(model, 'en', { country: 'UZ' }, parts).slides.find((s) => s.id === 'economy')!.takeaway;
    expect(uz).toBe('Uzbekistan: Real GDP growth 7.7%; Hong Kong and Central Asia: HK–Central Asia goods trade growth 27%.');
    const kz = describeDeck(model, 'en', { country: 'KZ' }, parts).slides.find((s) => s.id === 'economy')!.takeaway;
    expect(kz).toContain('Kazakhstan: Trade partner of Hong Kong 1st in Central Asia');
    expect(kz).not.toContain('Uzbekistan');
  });

  it('places the parts from other features and the data notes about them', () => {
    const deck = describeDeck(model, 'en', { country: null }, parts);
    const headline = deck.slides[0]!;
    expect(headline.body).toEqual({ kind: 'figures', figures: parts.headline.figures });
    expect(headline.dataNotes.join('\n')).toContain('Deal value in two currencies');
    expect(deck.slides[2]!.dataNotes.join('\n')).toContain('Agreements per country: two sets of numbers');
  });

  it('lists the outcomes by number, each with the days of the events it covers and no place of its own', () => {
    const timeline = describeDeck(model, 'en', { country: null }, parts).slides[3]!;
    expect(timeline.body.kind).toBe('list');
    if (timeline.body.kind !== 'list') return;
    const items = timeline.body.items;
    expect(items.map((item) => item.number)).toEqual(model.dataset.outcomes.map((o) => o.number).sort((a, b) => a - b));
    // Outcome 1 covers the talks in Astana (1 June) and Tashkent (4 June); outcome 3 names no dated event.
    expect(items[0]).toEqual({ number: 1, text: model.outcomeByNumber.get(1)!.title.en, note: 'events on 1 Jun and 4 Jun' });
    expect(items[2]).toEqual({ number: 3, text: model.outcomeByNumber.get(3)!.title.en });
    for (const item of items) expect(item.note ?? '', `outcome ${item.number}`).not.toMatch(/Astana|Tashkent/);
    expect(timeline.takeaway).toMatch(/^8 outcomes, announced 4 June 2026, from /);
  });

  it('marks the outcomes outside the chosen country, as the timeline greys them', () => {
    const items = (country: 'UZ' | null, lang: 'en' | 'zh-Hant' = 'en') => {
      const body = describeDeck(model, lang, { country }, parts).slides[3]!.body;
      return body.kind === 'list' ? body.items : [];
    };
    expect(items(null).filter((item) => item.outside)).toEqual([]);
    const uz = items('UZ');
    const outside = uz.filter((item) => item.outside).map((item) => item.number);
    // Outcome 7 (education, in Astana, with a Kazakh university) is not Uzbekistan's; 6 (travel) counts the visa-free stays.
    expect(outside).toContain(7);
    expect(outside).not.toContain(6);
    expect(outside.length).toBeGreaterThan(0);
    expect(outside.length).toBeLessThan(uz.length);
    expect(uz.find((item) => item.number === 7)!.outside).toBe('not Uzbekistan');
    expect(items('UZ', 'zh-Hant').find((item) => item.number === 7)!.outside).toBe('不屬烏茲別克斯坦');
  });

  it('shades the selected country on the route map and names the selection', () => {
    const all = describeDeck(model, 'en', { country: null }, parts).slides[1]!;
    const uz = describeDeck(model, 'zh-Hant', { country: 'UZ' }, parts);
    expect(all.body.kind === 'map' && all.body.map.picture.countries.map((c) => c.featureId).sort()).toEqual(['398', '860']);
    const map = uz.slides[1]!.body;
    // Filtered, every trip country keeps its shade; the chosen one is outlined, the others dashed.
    expect(map.kind === 'map' && map.map.picture.countries.filter((c) => c.selected).map((c) => c.featureId)).toEqual(['860']);
    expect(map.kind === 'map' && map.map.picture.countries.filter((c) => c.dimmed).map((c) => c.featureId)).toEqual(['398']);
    expect(map.kind === 'map' && map.map.route.map((p) => p.name)).toEqual(['香港', '阿斯塔納', '塔什干', '香港']);
    expect(map.kind === 'map' && map.map.altText).toBe('行程路線圖：途經香港、阿斯塔納及塔什干，烏茲別克斯坦以顏色標示。');
    expect(uz.selectionKey).toBe('uz');
    expect(uz.slides[0]!.title).toBe('數字看行程');
  });
});
