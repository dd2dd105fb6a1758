/** Formatting of a dataset figure in its unit, shared by the economy view and the briefing text. */
import type { EconomicFigure } from '../data/schema';
import { missionHome } from '../data/mission';
import { formatInCurrency, formatInteger, formatNumber, formatScaled, formatPercent, formatRank, formatUsd, withQualifier } from './format';
import { dateTimeFormat } from './intlCache';
import { defineMessages, fill, inScript, localeOf, pickMessages, pickText, type Lang } from './lang';

/** A mass in tonnes: "14 billion tonnes" / "14 млрд т" / "140億噸". */
export function formatTonnes(value: number, lang: Lang): string {
  const abs = Math.abs(value);
  if (lang === 'ru') return `${formatScaled(value, lang)}\u00a0т`;
  if (lang === 'en') {
    if (abs >= 1e9) return `${formatNumber(value / 1e9, lang, 2)} billion tonnes`;
    if (abs >= 1e6) return `${formatNumber(value / 1e6, lang, 1)} million tonnes`;
    return `${formatInteger(value, lang)} tonnes`;
  }
  // Written in 繁體; inScript gives 简体 its own characters.
  if (abs >= 1e8) return `${formatNumber(value / 1e8, lang, 2)}${inScript('億噸', lang)}`;
  if (abs >= 1e4) return `${formatNumber(value / 1e4, lang, 1)}${inScript('萬噸', lang)}`;
  return `${formatInteger(value, lang)}${inScript('噸', lang)}`;
}

/** The bare number of a figure in its unit, without qualifier. */
export function formatFigureNumber(figure: Pick<EconomicFigure, 'value' | 'unit'>, lang: Lang): string {
  switch (figure.unit) {
    case 'usd':
      return formatUsd(figure.value, lang);
    case 'homeCurrency': {
      const currency = missionHome()?.currency;
      return currency ? formatInCurrency(figure.value, currency, lang) : formatInteger(figure.value, lang);
    }
    case 'percent':
      return formatPercent(figure.value, lang);
    case 'rank':
      return formatRank(figure.value, lang);
    case 'count':
      return formatInteger(figure.value, lang);
    case 'tonnes':
      return formatTonnes(figure.value, lang);
  }
}

export const rankMessages = defineMessages('rank', {
  en: { rankAmong: '{rank} in {among}' },
  zhHant: { rankAmong: '{among}{rank}' },
});

/**
 * A figure as a reader sees it: qualifier, number in its unit, and for a rank what it is counted
 * among ("4th in Asia" / "亞洲第4"), from the figure's `rankAmong` in economy.json.
 */
export function describeFigure(figure: Pick<EconomicFigure, 'value' | 'unit' | 'qualifier' | 'rankAmong'>, lang: Lang): string {
  const value = withQualifier(formatFigureNumber(figure, lang), figure.qualifier, lang);
  if (figure.unit !== 'rank' || !figure.rankAmong) return value;
  return fill(pickMessages(rankMessages, lang).rankAmong, { rank: value, among: pickText(figure.rankAmong, lang) });
}

function formatMonthYear(isoMonth: string, lang: Lang): string {
  return dateTimeFormat(localeOf(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoMonth}-01T00:00:00Z`));
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The period of a figure in words. The dataset writes periods in English ("2025", "2022–2025",
 * "2025 vs 2020", "as of January 2026", "latest", "recent years"); each known shape is rendered per
 * language, anything else is shown as written.
 */
export function formatPeriod(period: string, lang: Lang): string {
  if (lang === 'ru') return periodWordsRu(period, lang);
  return lang === 'en' ? periodWords(period, lang) : inScript(periodWords(period, lang), lang);
}

function periodWordsRu(period: string, lang: Lang): string {
  let m = /^(\d{4})$/.exec(period);
  if (m) return `${m[1]}\u00a0г.`;
  m = /^(\d{4})\s*[–-]\s*(\d{4})$/.exec(period);
  if (m) return `${m[1]}–${m[2]}\u00a0гг.`;
  m = /^(\d{4}) vs (\d{4})$/.exec(period);
  if (m) return `${m[1]}\u00a0г. по сравнению с ${m[2]}\u00a0г.`;
  m = /^as of (\w+) (\d{4})$/.exec(period);
  if (m && MONTHS.includes(m[1]!)) {
    const month = String(MONTHS.indexOf(m[1]!) + 1).padStart(2, '0');
    // Intl gives the month in the nominative ("январь 2026 г."), as «на» wants it.
    return `по состоянию на ${formatMonthYear(`${m[2]}-${month}`, lang)}`;
  }
  if (period === 'latest') return 'последние опубликованные данные';
  if (period === 'recent years') return 'последние годы';
  return period;
}

function periodWords(period: string, lang: Lang): string {
  const zh = lang !== 'en';
  let m = /^(\d{4})$/.exec(period);
  if (m) return zh ? `${m[1]}年` : period;
  m = /^(\d{4})\s*[–-]\s*(\d{4})$/.exec(period);
  if (m) return zh ? `${m[1]}至${m[2]}年` : `${m[1]}–${m[2]}`;
  m = /^(\d{4}) vs (\d{4})$/.exec(period);
  if (m) return zh ? `${m[1]}年與${m[2]}年比較` : `${m[1]} compared with ${m[2]}`;
  m = /^as of (\w+) (\d{4})$/.exec(period);
  if (m && MONTHS.includes(m[1]!)) {
    const month = String(MONTHS.indexOf(m[1]!) + 1).padStart(2, '0');
    const when = formatMonthYear(`${m[2]}-${month}`, lang);
    return zh ? `截至${when}` : `as of ${when}`;
  }
  if (period === 'latest') return zh ? '最新公布數字' : 'latest reported';
  if (period === 'recent years') return zh ? '近年' : 'recent years';
  return period;
}
