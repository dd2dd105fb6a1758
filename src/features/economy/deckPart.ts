/**
 * The economy feature's part of the briefing deck: the trade chart and the growth chart, as plain
 * chart specs in the reader's language, with the figures they show and their citations.
 */
import type { ChartSpec } from '../../components/chartSpec';
import type { TripModel } from '../../data/buildTripModel';
import { countryColours } from '../../data/mission';
import type { Citation, CountryCode } from '../../data/schema';
import { moneyAxis } from '../../i18n/format';
import { countryName } from '../../i18n/labels';
import { pickMessages, type Lang } from '../../i18n/lang';
import { buildGrowthContent, buildTradeContent, growthLegendItems } from './economyContent';
import { selectGrowthRows, selectTradeFigures } from './economyFigures';
import { economyMessages } from './messages';

// The growth key's neutral look, as the page's legend (--ink-muted and its pale tint).
const KEY_INK = '#47505e';
const KEY_TINT = '#e3e7ed';

export function economyDeckPart(model: TripModel, lang: Lang, country: CountryCode | null): { charts: ChartSpec[]; about: string[]; cites: Citation[] } {
  const t = pickMessages(economyMessages, lang);
  const figures = model.dataset.figures;
  const charts: ChartSpec[] = [];
  const about: string[] = [];
  const cites: Citation[] = [];
  const trade = selectTradeFigures(figures, country);
  if (trade) {
    const content = buildTradeContent(trade, countryName(trade.country, lang), lang, t);
    // In English billions of US dollars; in Chinese 億 (hundred millions), as the reports count.
    const { divisor, fractionDigits } = moneyAxis(lang);
    charts.push({
      id: 'trade',
      title: content.title,
      direction: 'bar',
      stacked: false,
      categories: [content.series.exports.label, content.series.imports.label],
      series: [
        {
          name: t.axisUsd,
          values: [trade.exports.value / divisor, trade.imports.value / divisor],
          color: countryColours(trade.country).main,
          labels: [content.series.exports.valueLabel, content.series.imports.valueLabel],
        },
      ],
      categoryAxisTitle: t.axisMeasure,
      valueAxisTitle: t.axisUsd,
      fractionDigits,
      altText: content.takeaway,
    });
    about.push(trade.exports.id, trade.imports.id, ...(trade.total ? [trade.total.id] : []));
    cites.push(...content.cites);
  }
  const rows = selectGrowthRows(figures, country);
  if (rows.length > 0) {
    const content = buildGrowthContent(rows, lang, t, (code) => countryName(code, lang));
    charts.push({
      id: 'growth',
      title: content.title,
      direction: 'bar',
      stacked: false,
      categories: content.series.map((row) => `${row.group} · ${row.label}`),
      series: [
        {
          name: t.axisGrowth,
          values: content.series.map((row) => row.value),
          color: countryColours(rows[0]!.country).main,
          // Exact figures in the country's colour, the reports' round averages in its tint with a dashed edge (as on the page).
          points: content.series.map((row) => {
            const colours = countryColours(row.country);
            return row.certainty === 'exact' ? { color: colours.main } : { color: colours.soft, outline: colours.main };
          }),
          // "over 5%", "about 6%": the qualifier and the unit, as the page labels the bars.
          labels: content.series.map((row) => row.valueLabel),
        },
      ],
      categoryAxisTitle: t.axisMeasure,
      valueAxisTitle: t.axisGrowth,
      fractionDigits: null,
      valueSuffix: '%',
      altText: content.takeaway,
      // The dashed bars' meaning, in the page legend's words and its neutral colours.
      key: growthLegendItems(content.series, t).map((item) =>
        item.key === 'exact' ? { label: item.label, color: KEY_INK } : { label: item.label, color: KEY_TINT, outline: KEY_INK, openEnd: item.key === 'over' },
      ),
    });
    about.push(...rows.map((r) => r.figure.id));
    cites.push(...content.cites);
  }
  return { charts, about, cites };
}
