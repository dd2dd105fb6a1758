/**
 * Locale-aware formatting with the standard Intl API. English uses short scales ("US$305.9 billion");
 * Russian the same scales in its words, with a decimal comma ("305,9 млрд долларов США");
 * Chinese counts in 萬 and 億 ("3,059億美元"), as Traditional Chinese readers expect; 简体中文 writes the same
 * words in its script (万, 亿: converted by inScript from the generated table, never typed by hand).
 */
import type { Currency } from '../data/schema';
import { dateTimeFormat, listFormat, numberFormat as sharedNumberFormat, pluralRules } from './intlCache';
import { fill, inScript, isChinese, localeOf, type Lang, type MessageOf, type Template } from './lang';

const numberFormat = (lang: Lang, options: Intl.NumberFormatOptions) => sharedNumberFormat(localeOf(lang), options);

/**
 * How each language numbers a quarter and counts money on a chart axis. English: "Q3", billions;
 * Chinese: 第三季 (the numeral from Intl's han decimal digits) and 億 (hundred millions), as the reports count.
 */
const QUARTERS: Record<Lang, { numerals: string; template: string }> = {
  en: { numerals: 'latn', template: 'Q{q} {year}' },
  'zh-Hant': { numerals: 'hanidec', template: '{year}年第{q}季' },
  'zh-Hans': { numerals: 'hanidec', template: '{year}年第{q}季' },
  ru: { numerals: 'latn', template: '{q}-й квартал {year} г.' },
};
const MONEY_AXIS: Record<Lang, { divisor: number; fractionDigits: number }> = {
  en: { divisor: 1e9, fractionDigits: 1 },
  'zh-Hant': { divisor: 1e8, fractionDigits: 0 },
  'zh-Hans': { divisor: 1e8, fractionDigits: 0 },
  ru: { divisor: 1e9, fractionDigits: 1 },
};

/** The quarter's number as the language writes it in a date: "3" / "三". */
export function quarterNumeral(quarter: number, lang: Lang): string {
  return sharedNumberFormat(`${localeOf(lang)}-u-nu-${QUARTERS[lang].numerals}`).format(quarter);
}

/** "Q3 2027" / "2027年第三季". */
export function formatQuarter(year: number, quarter: number, lang: Lang): string {
  return QUARTERS[lang].template.replace('{year}', String(year)).replace('{q}', quarterNumeral(quarter, lang));
}

/** The unit a money axis counts in (billions or 億) and its decimals. */
export const moneyAxis = (lang: Lang) => MONEY_AXIS[lang];

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 1): string {
  return numberFormat(lang, { maximumFractionDigits }).format(value);
}

export function formatInteger(value: number, lang: Lang): string {
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(value);
}

/** Short-scale words for billions and millions, in the languages that count that way. */
const SHORT_SCALE: Partial<Record<Lang, { billion: string; million: string }>> = {
  en: { billion: ' billion', million: ' million' },
  ru: { billion: '\u00a0млрд', million: '\u00a0млн' },
};

/** A large amount in words of its scale, without the currency: "305.9 billion" / "305,9 млрд" / "3,059億". */
export function formatScaled(value: number, lang: Lang): string {
  const abs = Math.abs(value);
  const scale = SHORT_SCALE[lang];
  if (scale) {
    if (abs >= 1e9) return `${formatNumber(value / 1e9, lang, 2)}${scale.billion}`;
    if (abs >= 1e6) return `${formatNumber(value / 1e6, lang, 1)}${scale.million}`;
    return formatInteger(value, lang);
  }
  if (abs >= 1e8) return `${formatNumber(value / 1e8, lang, 2)}${inScript('億', lang)}`;
  if (abs >= 1e4) return `${formatNumber(value / 1e4, lang, 1)}${inScript('萬', lang)}`;
  return formatInteger(value, lang);
}

/**
 * Money in each language's words. Russian declines the currency by the number: after млрд / млн it is
 * always the genitive plural ("1,65 млрд долларов США"), a bare amount follows the plural rules.
 */
interface CurrencyWords {
  en: string;
  zhHant: string;
  ru: Record<'one' | 'few' | 'many' | 'other', string>;
}
const USD: CurrencyWords = {
  en: 'US$',
  zhHant: '美元',
  ru: { one: 'доллар США', few: 'доллара США', many: 'долларов США', other: 'доллара США' },
};

function formatMoney(value: number, words: CurrencyWords, lang: Lang): string {
  const amount = formatScaled(value, lang);
  if (lang === 'en') return `${words.en}${amount}`;
  if (isChinese(lang)) return `${amount}${inScript(words.zhHant, lang)}`;
  const scaled = Math.abs(value) >= 1e6;
  const category = scaled ? 'many' : (pluralRulesOf(lang).select(value) as keyof CurrencyWords['ru']);
  // No-break space inside the number and its scale (1,65 млрд), a plain one before the currency, so a
  // narrow card can wrap the words.
  return `${amount} ${words.ru[category] ?? words.ru.other}`;
}

export function formatUsd(value: number, lang: Lang): string {
  return formatMoney(value, USD, lang);
}

/**
 * An amount in home's currency, from the data: "MOP$13 billion" / "130億澳門元" (symbol before, or name after) /
 * "13 млрд патак Макао" (the Russian name is written in the genitive plural, the form after млрд and млн).
 */
export function formatInCurrency(value: number, currency: Pick<Currency, 'symbol' | 'name'>, lang: Lang): string {
  if (lang === 'en') return `${currency.symbol}${formatScaled(value, lang)}`;
  if (isChinese(lang)) return `${formatScaled(value, lang)}${inScript(currency.name.zhHant, lang)}`;
  return `${formatScaled(value, lang)} ${currency.name.ru ?? currency.name.en}`;
}

export function formatPercent(value: number, lang: Lang): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

export function formatRank(rank: number, lang: Lang): string {
  // Russian: the ordinal agrees with «место» (neuter): "4-е".
  if (lang === 'ru') return `${formatInteger(rank, lang)}-е`;
  if (lang !== 'en') return `第${formatInteger(rank, lang)}`;
  const rule = pluralRules('en', { type: 'ordinal' }).select(rank);
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' }[rule];
  return `${rank}${suffix}`;
}

/** The word for a qualifier the reports put on a number: "over" / "超過"; empty when exact. */
export function qualifierWord(qualifier: 'exact' | 'about' | 'over' | 'nearly', lang: Lang): string {
  if (qualifier === 'exact') return '';
  const words = {
    en: { about: 'about ', over: 'over ', nearly: 'nearly ' },
    zhHant: { about: '約', over: '超過', nearly: '近' },
    ru: { about: 'около\u00a0', over: 'более\u00a0', nearly: 'почти\u00a0' },
  } as const;
  if (lang === 'en') return words.en[qualifier];
  if (lang === 'ru') return words.ru[qualifier];
  return inScript(words.zhHant[qualifier], lang);
}

/** Qualifiers the reports put on numbers: "over 20" / "超過20". */
export function withQualifier(formatted: string, qualifier: 'exact' | 'about' | 'over' | 'nearly', lang: Lang): string {
  return `${qualifierWord(qualifier, lang)}${formatted}`;
}

const dateFormat = (lang: Lang, options: Intl.DateTimeFormatOptions) => dateTimeFormat(localeOf(lang), { timeZone: 'UTC', ...options });

/** Dates are calendar days (local to the place), so they are formatted in UTC to avoid shifts. */
export function formatDate(isoDate: string, lang: Lang, style: 'long' | 'short' = 'long'): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return sameSpaces(dateFormat(lang, style === 'long' ? { day: 'numeric', month: 'long', year: 'numeric' } : { day: 'numeric', month: 'short' }).format(date));
}

/**
 * ICU versions differ on the spaces in a date (Node vs Chromium): a thin space around a range's dash
 * becomes a plain one, a narrow no-break space ("2026 г.") an ordinary no-break one, so the prerendered
 * text is exactly what the browser renders.
 */
function sameSpaces(text: string): string {
  return text.replace(/\u2009/g, ' ').replace(/\u202f/g, '\u00a0');
}

export function formatWeekday(isoDate: string, lang: Lang): string {
  return dateFormat(lang, { weekday: 'short' }).format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatDateRange(start: string, end: string, lang: Lang): string {
  if (!isChinese(lang)) {
    const format = dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' });
    // "31 May – 5 June 2026", "31 мая – 5 июня 2026 г."
    return sameSpaces(format.formatRange(new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`)));
  }
  // Intl gives "31/5/2026 至 5/6/2026" for zh-Hant-HK; readers expect 年月日 with the year once.
  const endFormat = start.slice(0, 4) === end.slice(0, 4) ? { day: 'numeric', month: 'long' } : { day: 'numeric', month: 'long', year: 'numeric' };
  return `${formatDate(start, lang)}至${dateFormat(lang, endFormat as Intl.DateTimeFormatOptions).format(new Date(`${end}T00:00:00Z`))}`;
}

/** "A, B and C" / "A、B和C": a list in the language's own words (Intl.ListFormat). */
export function formatList(items: readonly string[], lang: Lang, type: Intl.ListFormatType = 'conjunction'): string {
  return listFormat(localeOf(lang), { style: 'long', type }).format(items);
}

const pluralRulesOf = (lang: Lang) => pluralRules(localeOf(lang));

type PluralForms<M> = Partial<Record<Intl.LDMLPluralRule, M>> & { other: M };
/**
 * Picks the message for a count by the language's plural rules: `forms` holds one message per
 * category the language uses (English "one" / "other"; Russian "one" / "few" / "many" / "other": 1, 21
 * соглашение; 2, 22 соглашения; 5, 11, 96 соглашений; 1,5 соглашения; Chinese only "other"), each with `{count}`.
 * It fills `{count}` (and a Russian plural block on it); a message with other placeholders comes back still needing them.
 */
export function formatPlural(count: number, forms: PluralForms<string | Template<'count'>>, lang: Lang): string;
export function formatPlural<Name extends string>(count: number, forms: PluralForms<string | Template<Name>>, lang: Lang): MessageOf<Exclude<Name, 'count'>>;
export function formatPlural(count: number, forms: PluralForms<string | Template<string>>, lang: Lang): string | Template<string> {
  const template: string = (forms[pluralRulesOf(lang).select(count)] ?? forms.other) as string;
  return fill(template, { count: formatInteger(count, lang) });
}
