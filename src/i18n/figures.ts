/** Formatting of a dataset figure in its unit, shared by the economy view and the briefing text. */
import type { EconomicFigure } from '../data/schema';
import { formatHkd, formatInteger, formatNumber, formatPercent, formatRank, formatUsd, withQualifier } from './format';
import { defineMessages, fill, inScript, pickMessages, pickText, type Lang } from './lang';

/** A mass in tonnes: "14 billion tonnes" / "140億噸". */
export function formatTonnes(value: number, lang: Lang): string {
  const abs = Math.abs(value);
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
    case 'hkd':
      return formatHkd(figure.value, lang);
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

const rankMessages = defineMessages({
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
