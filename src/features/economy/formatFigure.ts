/**
 * Formatting of the economic figures, on top of src/i18n/format.ts and src/i18n/figures.ts
 * (periods and rank scopes are the economy view's own).
 */
import type { EconomicFigure } from '../../data/schema';
import {
  withQualifier,
} from '../../i18n/format';
import { inScript, localeOf, type Lang } from '../../i18n/lang';

import { formatFigureNumber } from '../../i18n/figures';

export { formatFigureNumber, formatTonnes } from '../../i18n/figures';

/** A figure as the reports qualify it: "nearly 60%", "超過5%". */
export function formatFigureValue(
  figure: Pick<EconomicFigure, 'value' | 'unit' | 'qualifier'>,
  lang: Lang,
): string {
  return withQualifier(formatFigureNumber(figure, lang), figure.qualifier, lang);
}

const monthYear = new Map<Lang, Intl.DateTimeFormat>();
function formatMonthYear(isoMonth: string, lang: Lang): string {
  let format = monthYear.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' });
    monthYear.set(lang, format);
  }
  return format.format(new Date(`${isoMonth}-01T00:00:00Z`));
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
  return lang === 'en' ? periodWords(period, lang) : inScript(periodWords(period, lang), lang);
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
