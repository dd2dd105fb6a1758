/**
 * What the briefing deck shows of other features, in their own words: the app is the one layer that
 * may import every feature, so it turns their pure chart models into the deck's plain chart specs.
 * The slides, the slide PNGs and the PowerPoint file all read these through describeDeck.
 */
import type { TripModel } from '../data/buildTripModel';
import type { CountryCode } from '../data/schema';
import { computeCountryBreakdown, computeFieldBreakdown } from '../features/agreements/computeAgreements';
import { fieldChart, levelChart, type ChartModel } from '../features/agreements/chartSeries';
import { deckCountry } from '../features/briefing/deck/countries';
import type { ChartSpec, DeckParts } from '../features/briefing/deck/types';
import { briefingMessages } from '../features/briefing/messages';
import { buildGrowthContent, buildTradeContent, growthLegendItems } from '../features/economy/economyContent';
import { selectGrowthRows, selectTradeFigures } from '../features/economy/economyFigures';
import { economyMessages } from '../features/economy/messages';
import { levelName } from '../i18n/labels';
import { fill, pickMessages, type Lang } from '../i18n/lang';
import { formatInteger } from '../i18n/format';
import { HEADLINE_ITEMS, computeHeadlineFigures } from './Header';
import { appMessages } from './messages';
import { moneyAxis } from '../i18n/format';

const INTEGER = '#,##0';
// The growth key's neutral look, as the page's legend (--ink-muted and its pale tint).
const KEY_INK = '#47505e';
const KEY_TINT = '#e3e7ed';

/**
 * Bars of stacked segments (the agreement charts) as one series per kind of segment; where the
 * dashboard colours a segment by its bar's country, the series carries a colour per bar.
 */
function stackedSpec(
  id: string,
  chart: ChartModel,
  segmentName: (key: string) => string,
  axes: { category: string; value: string },
  direction: ChartSpec['direction'],
): ChartSpec {
  const keys = [...new Set(chart.series.flatMap((bar) => bar.segments.map((s) => s.key)))];
  return {
    id,
    title: chart.title,
    direction,
    stacked: true,
    categories: chart.series.map((bar) => bar.label),
    series: keys.map((key) => {
      const segments = chart.series.map((bar) => bar.segments.find((s) => s.key === key));
      const colors = segments.map((s) => s?.fill ?? '#5f6b78');
      return {
        name: segmentName(key),
        values: segments.map((s) => s?.value ?? 0),
        color: colors.find((_, i) => segments[i]) ?? '#5f6b78',
        ...(new Set(colors).size > 1 ? { points: colors.map((color) => ({ color })) } : {}),
      };
    }),
    categoryAxisTitle: axes.category,
    valueAxisTitle: axes.value,
    numberFormat: INTEGER,
    altText: chart.takeaway,
  };
}

function agreementCharts(model: TripModel, lang: Lang, country: CountryCode | null): ChartSpec[] {
  const t = pickMessages(briefingMessages, lang);
  const { agreements, agreementCounts } = model.dataset;
  const codes = model.dataset.trip.countries.map((c) => c.code);
  const byLevel = levelChart(computeCountryBreakdown(agreementCounts, country, codes), lang);
  const fields = computeFieldBreakdown(agreements, agreementCounts, country, codes);
  const fieldModel = fieldChart(fields, country, lang);
  // On a slide the documents the reports do not itemise (most of them) would shrink the named
  // fields' bars to slivers with unreadable labels: the chart shows the named ones, its title the rest.
  const named = fieldModel.series.filter((bar) => bar.key !== fields.notItemised.key);
  const byField: ChartModel = named.length === 0 ? fieldModel : {
    ...fieldModel,
    title: fill(t.fieldChartNamedOnly, { title: fieldModel.title, rest: formatInteger(fields.notItemised.total, lang), total: formatInteger(fields.total, lang) }),
    series: named,
  };
  const countryOf = (key: string) => codes.find((code) => code === key);
  return [
    stackedSpec('agreements-by-level', byLevel, (key) => levelName(key as Parameters<typeof levelName>[0], lang), { category: t.axisCountry, value: t.axisDocuments }, 'column'),
    stackedSpec(
      'agreements-by-field',
      byField,
      (key) => {
        const code = countryOf(key);
        return code ? deckCountry(code, lang).name : key;
      },
      { category: t.axisField, value: t.axisDocuments },
      'bar',
    ),
  ];
}

function economyCharts(model: TripModel, lang: Lang, country: CountryCode | null): DeckParts['economy'] {
  const t = pickMessages(briefingMessages, lang);
  const te = pickMessages(economyMessages, lang);
  const figures = model.dataset.figures;
  const charts: ChartSpec[] = [];
  const about: string[] = [];
  const cites: DeckParts['economy']['cites'] = [];
  const trade = selectTradeFigures(figures, country);
  if (trade) {
    const content = buildTradeContent(trade, deckCountry(trade.country, lang).name, lang, te);
    // In English billions of US dollars; in Chinese 億 (hundred millions), as the reports count.
    const { divisor, fractionDigits } = moneyAxis(lang);
    const tone = deckCountry(trade.country, lang).fill;
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
          color: tone,
          labels: [content.series.exports.valueLabel, content.series.imports.valueLabel],
        },
      ],
      categoryAxisTitle: t.axisMeasure,
      valueAxisTitle: t.axisUsd,
      numberFormat: fractionDigits > 0 ? `${INTEGER}.${'0'.repeat(fractionDigits)}` : INTEGER,
      altText: content.takeaway,
    });
    about.push(trade.exports.id, trade.imports.id, ...(trade.total ? [trade.total.id] : []));
    cites.push(...content.cites);
  }
  const rows = selectGrowthRows(figures, country);
  if (rows.length > 0) {
    const content = buildGrowthContent(rows, lang, te, (code) => deckCountry(code, lang).name);
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
          color: deckCountry(rows[0]!.country, lang).fill,
          // Exact figures in the country's colour, the reports' round averages in its tint with a dashed edge (as on the page).
          points: content.series.map((row) => {
            const look = deckCountry(row.country, lang);
            return row.certainty === 'exact' ? { color: look.fill } : { color: look.mapFill, outline: look.fill };
          }),
          // "over 5%", "about 6%": the qualifier and the unit, as the page labels the bars.
          labels: content.series.map((row) => row.valueLabel),
        },
      ],
      categoryAxisTitle: t.axisMeasure,
      valueAxisTitle: t.axisGrowth,
      numberFormat: '0"%"',
      altText: content.takeaway,
      // The dashed bars' meaning, in the page legend's words and its neutral colours.
      key: growthLegendItems(content.series, te).map((item) =>
        item.key === 'exact' ? { label: item.label, color: KEY_INK } : { label: item.label, color: KEY_TINT, outline: KEY_INK, openEnd: item.key === 'over' },
      ),
    });
    about.push(...rows.map((r) => r.figure.id));
    cites.push(...content.cites);
  }
  return { charts, about, cites };
}

/** Everything the deck takes from the headline, agreements and economy features. */
export function buildDeckParts(model: TripModel, lang: Lang, country: CountryCode | null): DeckParts {
  const figures = computeHeadlineFigures(model, lang, country);
  return {
    appTitle: pickMessages(appMessages, lang).appTitle,
    headline: {
      figures: figures.map((f) => ({ id: f.id, value: f.value, label: f.label, ...(f.qualifier ? { qualifier: f.qualifier } : {}), ...(f.scope ? { scope: f.scope } : {}) })),
      about: HEADLINE_ITEMS,
    },
    agreements: {
      charts: agreementCharts(model, lang, country),
      about: ['trip-agreements-total', ...model.dataset.agreements.filter((a) => !country || a.country === country).map((a) => a.id)],
    },
    economy: economyCharts(model, lang, country),
  };
}
