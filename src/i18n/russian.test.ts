import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatInCurrency, formatInteger, formatList, formatNumber, formatPercent, formatPlural, formatQuarter, formatUsd, withQualifier } from './format';
import { describeFigure, formatPeriod, formatTonnes } from './figures';
import { defineMessages, fill, localeOf, pickMessages, pickText, preferredLang, quoted, russianMessages } from './lang';
import { installRussian } from './russian';

// Intl writes a non-breaking space between thousands and before units; spelt out here so a failure shows it.
const NBSP = '\u00a0';

describe('Russian through Intl (ru-RU)', () => {
  it('uses all four plural categories: 1 and 21 one, 2 few, 5 and 96 many, a fraction other', () => {
    const agreements = { one: '{count} соглашение', few: '{count} соглашения', many: '{count} соглашений', other: '{count} соглашения' };
    expect(formatPlural(1, agreements, 'ru')).toBe('1 соглашение');
    expect(formatPlural(2, agreements, 'ru')).toBe('2 соглашения');
    expect(formatPlural(5, agreements, 'ru')).toBe('5 соглашений');
    expect(formatPlural(21, agreements, 'ru')).toBe('21 соглашение');
    expect(formatPlural(96, agreements, 'ru')).toBe('96 соглашений');
    expect(formatPlural(11, agreements, 'ru')).toBe('11 соглашений');
  });

  it('picks the form of a plural block in a message by the Russian rules, with # as the count', () => {
    const bundle = defineMessages('russianPluralTest', {
      en: { agreements: '{count} agreements with {country}' },
      zhHant: { agreements: '{count}份協議（{country}）' },
    });
    installRussian([
      russianMessages<typeof bundle>('russianPluralTest', {
        agreements: '{count, plural, one {# соглашение} few {# соглашения} many {# соглашений} other {# соглашения}} с {country}',
      }),
    ]);
    const t = pickMessages(bundle, 'ru');
    const forms = [1, 2, 5, 21, 96].map((count) => fill(t.agreements, { count: formatInteger(count, 'ru'), country: 'Казахстаном' }));
    expect(forms).toEqual([
      '1 соглашение с Казахстаном',
      '2 соглашения с Казахстаном',
      '5 соглашений с Казахстаном',
      '21 соглашение с Казахстаном',
      '96 соглашений с Казахстаном',
    ]);
    // A count already formatted with a group separator still selects its form.
    expect(fill(t.agreements, { count: formatInteger(1021, 'ru'), country: 'Узбекистаном' })).toBe(`1${NBSP}021 соглашение с Узбекистаном`);
    // The other languages' messages are untouched.
    expect(fill(pickMessages(bundle, 'en').agreements, { count: 96, country: 'Kazakhstan' })).toBe('96 agreements with Kazakhstan');
  });

  it('writes numbers with a decimal comma and a non-breaking space for thousands', () => {
    expect(localeOf('ru')).toBe('ru-RU');
    expect(formatNumber(1234567.89, 'ru', 2)).toBe(`1${NBSP}234${NBSP}567,89`);
    expect(formatPercent(6.5, 'ru')).toBe(`6,5${NBSP}%`);
  });

  it('writes money in short-scale words with the currency declined', () => {
    expect(formatUsd(1_650_000_000, 'ru')).toBe(`1,65${NBSP}млрд долларов США`);
    expect(withQualifier(formatUsd(1_650_000_000, 'ru'), 'over', 'ru')).toBe(`более${NBSP}1,65${NBSP}млрд долларов США`);
    expect(formatUsd(100_000_000, 'ru')).toBe(`100${NBSP}млн долларов США`);
    const hkd = { symbol: 'HK$', name: { en: 'Hong Kong dollars', zhHant: '港元', ru: 'гонконгских долларов' } };
    expect(formatInCurrency(12_900_000_000, hkd, 'ru')).toBe(`12,9${NBSP}млрд гонконгских долларов`);
    expect(formatUsd(21, 'ru')).toBe('21 доллар США');
    expect(formatUsd(2, 'ru')).toBe('2 доллара США');
    expect(formatTonnes(14_000_000_000, 'ru')).toBe(`14${NBSP}млрд${NBSP}т`);
  });

  it('writes dates, ranges, quarters and periods the Russian way', () => {
    expect(formatDate('2026-05-31', 'ru')).toMatch(/^31 мая 2026[ \u00a0]г\.$/);
    expect(formatDateRange('2026-05-31', '2026-06-05', 'ru')).toMatch(/^31 мая – 5 июня 2026[ \u00a0]г\.$/);
    expect(formatQuarter(2027, 1, 'ru')).toBe('1-й квартал 2027 г.');
    expect(formatPeriod('2025', 'ru')).toBe(`2025${NBSP}г.`);
    expect(formatPeriod('2022–2025', 'ru')).toBe(`2022–2025${NBSP}гг.`);
    expect(formatPeriod('as of January 2026', 'ru')).toBe('по состоянию на январь 2026 г.');
  });

  it('ranks a figure with the ordinal agreeing with «место»', () => {
    const figure = { value: 4, unit: 'rank' as const, qualifier: 'exact' as const, rankAmong: { en: 'Asia', zhHant: '亞洲', ru: 'в Азии' } };
    expect(describeFigure(figure, 'ru')).toBe('4-е место в Азии');
  });

  it('joins lists with «и» and quotes with «ёлочки»', () => {
    expect(formatList(['Астана', 'Ташкент'], 'ru')).toBe('Астана и Ташкент');
    expect(formatList(['Казахстан', 'Узбекистан', 'Гонконг'], 'ru')).toBe('Казахстан, Узбекистан и Гонконг');
    expect(quoted('Сотрудничество «хаб — хабу»', 'ru')).toBe('«Сотрудничество „хаб — хабу“»');
  });

  it('takes a data text’s Russian, and chooses Russian for a browser that prefers it', () => {
    expect(pickText({ en: 'Astana', zhHant: '阿斯塔納', ru: 'Астана' }, 'ru')).toBe('Астана');
    expect(preferredLang(['ru-RU', 'en'], ['en', 'zh-Hant', 'zh-Hans', 'ru'])).toBe('ru');
    expect(preferredLang(['kk-KZ', 'ru'], ['en', 'zh-Hant', 'zh-Hans', 'ru'])).toBe('ru');
    // A mission that does not offer Russian passes over it to the reader's next language.
    expect(preferredLang(['ru-RU', 'zh-TW'], ['en', 'zh-Hant', 'zh-Hans'])).toBe('zh-Hant');
    expect(preferredLang(['ru-RU'], ['en', 'zh-Hant'])).toBe('en');
  });
});
