import { beforeAll, describe, expect, it } from 'vitest';
import { formatList, formatPlural } from './format';
import { loadLanguage } from './languagePacks';

beforeAll(() => loadLanguage('zh-Hans'));

describe('plural and list formatting through Intl, in the three languages', () => {
  const days = { one: 'one day', other: '{count} days' };
  const zhDays = { other: '{count}天' };

  it('picks the English plural form by the count', () => {
    expect(formatPlural(1, days, 'en')).toBe('one day');
    expect(formatPlural(9, days, 'en')).toBe('9 days');
    expect(formatPlural(1200, days, 'en')).toBe('1,200 days');
  });

  it('has one form in Chinese, with the count in the locale’s digits', () => {
    expect(formatPlural(1, zhDays, 'zh-Hant')).toBe('1天');
    expect(formatPlural(21, zhDays, 'zh-Hans')).toBe('21天');
  });

  it('joins lists in each language’s own words', () => {
    expect(formatList(['Mongolia'], 'en')).toBe('Mongolia');
    expect(formatList(['Mongolia', 'Kyrgyzstan'], 'en')).toBe('Mongolia and Kyrgyzstan');
    expect(formatList(['Mongolia', 'Kyrgyzstan', 'Tajikistan'], 'en')).toBe('Mongolia, Kyrgyzstan and Tajikistan');
    expect(formatList(['蒙古', '吉爾吉斯斯坦', '塔吉克斯坦'], 'zh-Hant')).toBe('蒙古、吉爾吉斯斯坦及塔吉克斯坦');
    expect(formatList(['蒙古', '吉尔吉斯斯坦'], 'zh-Hans')).toBe('蒙古和吉尔吉斯斯坦');
  });
});
