import { describe, expect, it } from 'vitest';
import { LANGS } from './lang';
import { punctuation, withAside } from './punctuation';

describe('punctuation per locale', () => {
  it('has the same marks for every language, and only Chinese sentences join without a space', () => {
    const keys = Object.keys(punctuation('en')).sort();
    for (const lang of LANGS) expect(Object.keys(punctuation(lang)).sort()).toEqual(keys);
    expect(punctuation('en').sentenceGap).toBe(' ');
    expect(punctuation('zh-Hant').sentenceGap).toBe('');
  });

  it('joins with half-width marks and spaces in English, full-width marks without spaces in Chinese', () => {
    expect(['a', 'b'].join(punctuation('en').semicolon)).toBe('a; b');
    expect(['甲', '乙'].join(punctuation('zh-Hant').semicolon)).toBe('甲；乙');
    expect(['甲', '乙'].join(punctuation('zh-Hans').enumeration)).toBe('甲、乙');
    expect(withAside('Astana', '2 events', 'en')).toBe('Astana (2 events)');
    expect(withAside('阿斯塔納', '2項活動', 'zh-Hant')).toBe('阿斯塔納（2項活動）');
  });
});
