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

  it('lists the outcomes in day order, each with its own number, date and city', () => {
    const timeline = describeDeck(model, 'en', { country: null }, parts).slides[3]!;
    expect(timeline.body.kind).toBe('list');
    if (timeline.body.kind !== 'list') return;
    const items = timeline.body.items;
    expect(items).toHaveLength(model.dataset.outcomes.length);
    const dates = items.map((item) => model.dataset.outcomes.find((o) => o.number === item.number)!.date);
    expect(dates).toEqual([...dates].sort());
    expect(items[0]).toEqual({ number: 5, text: 'Hong Kong as a launch pad for going global', note: '31 May, Astana' });
  });

  it('shades the selected country on the route map and names the selection', () => {
    const all = describeDeck(model, 'en', { country: null }, parts).slides[1]!;
    const uz = describeDeck(model, 'zh-Hant', { country: 'UZ' }, parts);
    expect(all.body.kind === 'map' && Object.keys(all.body.map.shade).sort()).toEqual(['398', '860']);
    const map = uz.slides[1]!.body;
    expect(map.kind === 'map' && Object.keys(map.map.shade)).toEqual(['860']);
    expect(map.kind === 'map' && map.map.route.map((p) => p.name)).toEqual(['香港', '阿斯塔納', '塔什干', '香港']);
    expect(map.kind === 'map' && map.map.altText).toBe('行程路線圖：途經香港、阿斯塔納及塔什干，烏茲別克斯坦以顏色標示。');
    expect(uz.selectionKey).toBe('uz');
    expect(uz.slides[0]!.title).toBe('數字看行程');
  });
});
