import { describe, expect, it } from 'vitest';
import { formatFigureNumber, formatFigureValue, formatPeriod, formatTonnes } from './formatFigure';

describe('formatFigureValue', () => {
  it('writes billions of US dollars in short scales in English and in 億 in Chinese', () => {
    const gdp = { value: 305_900_000_000, unit: 'usd', qualifier: 'exact' } as const;
    expect(formatFigureValue(gdp, 'en')).toBe('US$305.9 billion');
    expect(formatFigureValue(gdp, 'zh-Hant')).toBe('3,059億美元');
  });

  it('writes thousands of US dollars in full in English and in 萬 in Chinese', () => {
    const perHead = { value: 15_000, unit: 'usd', qualifier: 'exact' } as const;
    expect(formatFigureValue(perHead, 'en')).toBe('US$15,000');
    expect(formatFigureValue(perHead, 'zh-Hant')).toBe('1.5萬美元');
  });

  it('writes percentages with one decimal at most', () => {
    expect(formatFigureValue({ value: 6.5, unit: 'percent', qualifier: 'exact' }, 'en')).toBe('6.5%');
    expect(formatFigureValue({ value: 6.5, unit: 'percent', qualifier: 'exact' }, 'zh-Hant')).toBe('6.5%');
    expect(formatFigureValue({ value: 27, unit: 'percent', qualifier: 'exact' }, 'en')).toBe('27%');
  });

  it('writes ranks as ordinals in English and with 第 in Chinese', () => {
    expect(formatFigureNumber({ value: 1, unit: 'rank' }, 'en')).toBe('1st');
    expect(formatFigureNumber({ value: 4, unit: 'rank' }, 'en')).toBe('4th');
    expect(formatFigureNumber({ value: 10, unit: 'rank' }, 'en')).toBe('10th');
    expect(formatFigureNumber({ value: 4, unit: 'rank' }, 'zh-Hant')).toBe('第4');
  });

  it('puts the reports’ qualifiers in front of the number', () => {
    const over = { value: 5, unit: 'percent', qualifier: 'over' } as const;
    const about = { value: 6, unit: 'percent', qualifier: 'about' } as const;
    const nearly = { value: 60, unit: 'percent', qualifier: 'nearly' } as const;
    expect(formatFigureValue(over, 'en')).toBe('over 5%');
    expect(formatFigureValue(over, 'zh-Hant')).toBe('超過5%');
    expect(formatFigureValue(about, 'en')).toBe('about 6%');
    expect(formatFigureValue(about, 'zh-Hant')).toBe('約6%');
    expect(formatFigureValue(nearly, 'en')).toBe('nearly 60%');
    expect(formatFigureValue(nearly, 'zh-Hant')).toBe('近60%');
    expect(formatFigureValue({ value: 90, unit: 'count', qualifier: 'over' }, 'en')).toBe('over 90');
  });
});

describe('formatTonnes', () => {
  it('writes billions of tonnes per language', () => {
    expect(formatTonnes(14_000_000_000, 'en')).toBe('14 billion tonnes');
    expect(formatTonnes(14_000_000_000, 'zh-Hant')).toBe('140億噸');
  });

  it('writes smaller masses in millions or 萬', () => {
    expect(formatTonnes(2_500_000, 'en')).toBe('2.5 million tonnes');
    expect(formatTonnes(2_500_000, 'zh-Hant')).toBe('250萬噸');
    expect(formatTonnes(800, 'en')).toBe('800 tonnes');
    expect(formatTonnes(800, 'zh-Hant')).toBe('800噸');
  });

  it('is used for figures in tonnes, with their qualifier', () => {
    const oil = { value: 14_000_000_000, unit: 'tonnes', qualifier: 'nearly' } as const;
    expect(formatFigureValue(oil, 'en')).toBe('nearly 14 billion tonnes');
    expect(formatFigureValue(oil, 'zh-Hant')).toBe('近140億噸');
  });
});

describe('formatPeriod', () => {
  it('renders each period shape of the dataset in both languages', () => {
    expect(formatPeriod('2025', 'en')).toBe('2025');
    expect(formatPeriod('2025', 'zh-Hant')).toBe('2025年');
    expect(formatPeriod('2022–2025', 'en')).toBe('2022–2025');
    expect(formatPeriod('2022–2025', 'zh-Hant')).toBe('2022至2025年');
    expect(formatPeriod('2025 vs 2020', 'en')).toBe('2025 compared with 2020');
    expect(formatPeriod('2025 vs 2020', 'zh-Hant')).toBe('2025年與2020年比較');
    expect(formatPeriod('as of January 2026', 'en')).toBe('as of January 2026');
    expect(formatPeriod('as of January 2026', 'zh-Hant')).toBe('截至2026年1月');
    expect(formatPeriod('recent years', 'zh-Hant')).toBe('近年');
    expect(formatPeriod('latest', 'zh-Hant')).toBe('最新公布數字');
  });

  it('shows an unknown shape as written rather than guessing', () => {
    expect(formatPeriod('FY2025/26', 'zh-Hant')).toBe('FY2025/26');
  });
});
