import { DEFAULT_SELECTION, type Selection } from './urlState';
import { buildDashboardUrl, buildEmbedUrl, parseEmbedParams } from './embedUrl';

const selection = (partial: Partial<Selection>): Selection => ({ ...DEFAULT_SELECTION, lang: 'en', ...partial });

describe('embed URLs', () => {
  it('sit beside the page, name the view and carry the selection without defaults or slides', () => {
    const url = buildEmbedUrl('https://atlas.example.org/trip/?lang=zh-Hant&country=UZ#view-map', 'agreements', selection({ lang: 'zh-Hant', country: 'UZ', slide: 3 }));
    expect(url).toBe('https://atlas.example.org/trip/embed.html?view=agreements&lang=zh-Hant&country=UZ');
    expect(buildEmbedUrl('https://atlas.example.org/index.html', 'timeline', selection({ day: '2026-06-02' }))).toBe(
      'https://atlas.example.org/embed.html?view=timeline&lang=en&day=2026-06-02',
    );
    expect(buildEmbedUrl('https://a.example/', 'economy', selection({}), { controls: true })).toBe('https://a.example/embed.html?view=economy&lang=en&controls=1');
    // What people said is a view of its own, embeddable like the others.
    expect(parseEmbedParams('?view=voices&country=UZ')).toEqual({ view: 'voices', controls: false, selection: { country: 'UZ' } });
  });

  it('read back what they wrote', () => {
    const chosen = selection({ lang: 'zh-Hans', country: 'KZ', chart: 'field', outcome: 4, q: 'air' });
    const url = new URL(buildEmbedUrl('https://a.example/', 'agreements', chosen));
    const parsed = parseEmbedParams(url.search);
    expect(parsed.view).toBe('agreements');
    expect(parsed.controls).toBe(false);
    expect({ ...DEFAULT_SELECTION, ...parsed.selection }).toEqual(chosen);
  });

  it('ignore an unknown view, a slide and malformed keys', () => {
    expect(parseEmbedParams('?view=notes&slide=2&country=kz1&controls=yes')).toEqual({ view: null, controls: false, selection: {} });
    expect(parseEmbedParams('?view=map&controls=1&lang=zh-Hant').selection).toEqual({ lang: 'zh-Hant' });
  });

  it('link back to the full dashboard with the same selection', () => {
    expect(buildDashboardUrl('https://atlas.example.org/trip/embed.html?view=map&lang=en', selection({ country: 'UZ' }))).toBe(
      'https://atlas.example.org/trip/?lang=en&country=UZ',
    );
  });
});
