import { describe, expect, it } from 'vitest';
import { loadTestModel } from '../../../../tests/setup/dataset';
import { describeDeck } from './describeDeck';
import type { DeckParts } from './types';

// The fictional example mission; this trip's deck is checked in data/checks/describeDeck.test.ts.
const model = loadTestModel();

// The other features' parts, as the app would hand them in: enough to see them placed.
const parts: DeckParts = {
  appTitle: 'Mission Atlas',
  headline: { figures: [{ id: 'agreements', value: '14', label: 'agreements and MoUs' }], about: ['trip-deals-usd'] },
  agreements: { charts: [], about: ['trip-agreements-total'] },
  economy: { charts: [], about: [], cites: [] },
};

describe('describeDeck', () => {
  it('describes six slides, each with its source line and citations; the last lists sources and notes', () => {
    const deck = describeDeck(model, 'en', { country: null }, parts);
    expect(deck.slides.map((s) => s.id)).toEqual(['headline', 'map', 'agreements', 'timeline', 'economy', 'notes']);
    for (const slide of deck.slides.slice(0, 5)) {
      expect(slide.source, slide.id).toMatch(/^Sources?: Example Gazette/);
      expect(slide.citations.length, slide.id).toBeGreaterThan(0);
    }
    const last = deck.slides[5]!;
    expect(last.source).toBe('');
    expect(last.body.kind).toBe('sources');
    if (last.body.kind === 'sources') {
      expect(last.body.sources).toHaveLength(model.dataset.sources.length);
      expect(last.body.notes).toHaveLength(model.dataset.notes.length);
    }
    expect(last.dataNotes).toEqual(['An invented data note: The first value. It is invented.']);
    expect(deck.selectionKey).toBe('all');
    expect(deck.locale).toBe('en-GB');
  });

  it('sums up the mission from its data: counts, days, route and agreements by country', () => {
    const deck = describeDeck(model, 'en', { country: null }, parts);
    expect(deck.slides[0]!.takeaway).toBe('14 agreements and MoUs in 9 days, worth US$300 million where a value was stated.');
    expect(deck.slides[1]!.takeaway).toBe('From Hong Kong to Ulaanbaatar, Bishkek and Dushanbe: 9 days.');
    expect(deck.slides[2]!.takeaway).toBe('Mongolia 7, Kyrgyzstan 4 and Tajikistan 3: most were reached outside government (10 of 14).');
    expect(deck.slides[3]!.title).toBe('Day by day and the 5 outcomes');
  });

  it('follows the country on the economy slide: its figures, not the other countries’', () => {
    const all = describeDeck(model, 'zh-Hant', { country: null }, parts).slides.find((s) => s.id === 'economy')!.takeaway;
    expect(all).toContain('蒙古：經濟增長5.1%；吉爾吉斯斯坦：經濟增長6.2%');
    const kg = describeDeck(model, 'en', { country: 'KG' }, parts).slides.find((s) => s.id === 'economy')!.takeaway;
    expect(kg).toMatch(/^Kyrgyzstan: GDP growth 6\.2%/);
    expect(kg).not.toContain('Mongolia');
  });

  it('places the parts from other features', () => {
    const headline = describeDeck(model, 'en', { country: null }, parts).slides[0]!;
    expect(headline.body).toEqual({ kind: 'figures', figures: parts.headline.figures });
  });

  it('lists the outcomes by number, each with the days of the events it covers and no place of its own', () => {
    const timeline = describeDeck(model, 'en', { country: null }, parts).slides[3]!;
    expect(timeline.body.kind).toBe('list');
    if (timeline.body.kind !== 'list') return;
    // Outcome 2 stands on agreements alone: no event, so no day.
    expect(timeline.body.items.map((item) => [item.number, item.note])).toEqual([
      [1, 'events on 15 Sept'],
      [2, undefined],
      [3, 'events on 18 Sept'],
      [4, 'events on 18 Sept'],
      [5, 'events on 21 Sept'],
    ]);
    expect(timeline.body.items[0]!.text).toBe('Links between governments');
  });

  it('shades the selected country on the route map and names the selection', () => {
    const all = describeDeck(model, 'en', { country: null }, parts).slides[1]!;
    const kg = describeDeck(model, 'zh-Hant', { country: 'KG' }, parts);
    expect(all.body.kind === 'map' && all.body.map.picture.countries.map((c) => c.featureId).sort()).toEqual(['417', '496', '762']);
    const map = kg.slides[1]!.body;
    // Filtered, every trip country keeps its shade; the chosen one is outlined, the others dashed.
    expect(map.kind === 'map' && map.map.picture.countries.filter((c) => c.selected).map((c) => c.featureId)).toEqual(['417']);
    expect(map.kind === 'map' && map.map.picture.countries.filter((c) => c.dimmed).map((c) => c.featureId).sort()).toEqual(['496', '762']);
    expect(map.kind === 'map' && map.map.route.map((p) => p.name)).toEqual(['香港', '烏蘭巴托', '比什凱克', '杜尚別', '香港']);
    expect(map.kind === 'map' && map.map.altText).toBe('行程路線圖：途經香港、烏蘭巴托、比什凱克及杜尚別，吉爾吉斯斯坦以顏色標示。');
    expect(kg.selectionKey).toBe('kg');
    expect(kg.slides[0]!.title).toBe('數字看行程');
  });
});
