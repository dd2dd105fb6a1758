import { describe, expect, it } from 'vitest';
import { DEFAULT_SELECTION, parseSelection, serializeSelection, type Selection } from './urlState';
import { initialSelectionFrom } from './urlSync';

describe('parseSelection', () => {
  it('reads every key the dashboard shares', () => {
    expect(parseSelection('?lang=zh-Hant&country=UZ&day=2026-06-04&outcome=3&level=government&field=aviation&status=signed&q=HKEX&slide=2&chart=amounts')).toEqual({
      lang: 'zh-Hant',
      country: 'UZ',
      day: '2026-06-04',
      outcome: 3,
      level: 'government',
      field: 'aviation',
      status: 'signed',
      q: 'HKEX',
      slide: 2,
      chart: 'amounts',
    });
  });

  it('drops unknown keys and malformed values', () => {
    expect(parseSelection('?country=<script>&day=99&outcome=21&lang=xx&level=&evil=1')).toEqual({});
    expect(parseSelection('?day=2026-02-30')).toEqual({});
    expect(parseSelection('?outcome=0')).toEqual({});
    expect(parseSelection('?outcome=1.5')).toEqual({});
    expect(parseSelection('?country=kz')).toEqual({});
    expect(parseSelection('?chart=amount')).toEqual({});
    expect(parseSelection('?chart=Field')).toEqual({});
  });

  it('caps a long search text', () => {
    expect(parseSelection(`?q=${'a'.repeat(500)}`).q).toHaveLength(100);
  });
});

describe('serializeSelection', () => {
  const base: Selection = { lang: 'en', ...DEFAULT_SELECTION };

  it('keeps links short: defaults are left out', () => {
    expect(serializeSelection(base)).toBe('lang=en');
  });

  it('leaves the default chart mode out and keeps the others', () => {
    expect(serializeSelection({ ...base, chart: 'level' })).toBe('lang=en');
    expect(serializeSelection({ ...base, chart: 'field' })).toBe('lang=en&chart=field');
    expect(serializeSelection({ ...base, chart: 'amounts' })).toBe('lang=en&chart=amounts');
  });

  it('round-trips through parseSelection', () => {
    const selection: Selection = { ...base, lang: 'zh-Hant', country: 'KZ', outcome: 8, q: '港交所 MoU' };
    expect({ ...base, ...parseSelection(serializeSelection(selection)) }).toEqual(selection);
  });
});

describe('initialSelectionFrom', () => {
  it('lets the browser languages choose when the URL has no lang', () => {
    expect(initialSelectionFrom('', ['zh-HK', 'en']).lang).toBe('zh-Hant');
    expect(initialSelectionFrom('', ['zh-TW']).lang).toBe('zh-Hant');
    expect(initialSelectionFrom('', ['fr-FR', 'en-US']).lang).toBe('en');
    expect(initialSelectionFrom('', ['de-DE']).lang).toBe('en');
  });

  it('gives 简体中文 to browsers that prefer Simplified Chinese, 繁體中文 to other Chinese', () => {
    for (const tag of ['zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-CN', 'zh-cn']) {
      expect(initialSelectionFrom('', [tag, 'en']).lang).toBe('zh-Hans');
    }
    for (const tag of ['zh', 'zh-HK', 'zh-MO', 'zh-TW', 'zh-Hant', 'zh-Hant-HK']) {
      expect(initialSelectionFrom('', [tag]).lang).toBe('zh-Hant');
    }
  });

  it('reads lang=zh-Hans from the URL', () => {
    expect(parseSelection('?lang=zh-Hans&slide=3')).toEqual({ lang: 'zh-Hans', slide: 3 });
  });

  it('prefers the URL over the browser', () => {
    expect(initialSelectionFrom('?lang=en', ['zh-HK']).lang).toBe('en');
  });
});
