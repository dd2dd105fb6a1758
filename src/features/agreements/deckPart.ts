/**
 * The agreements feature's part of the briefing deck: the breakdown by country and level and the
 * one by field, as plain chart specs in the reader's language.
 */
import type { ChartSpec, TextPanelSpec } from '../../components/chartSpec';
import type { TripModel } from '../../data/buildTripModel';
import { figuresShown } from '../../data/figureRoles';
import type { CountryCode } from '../../data/schema';
import { formatInteger } from '../../i18n/format';
import { countryName, fieldName, levelName, statusName } from '../../i18n/labels';
import { fill, localeOf, pickMessages, pickText, type Lang } from '../../i18n/lang';
import { fieldChart, levelChart, type ChartModel } from './chartSeries';
import { computeCountryBreakdown, computeFieldBreakdown } from './computeAgreements';
import { agreementsMessages } from './messages';

const NEUTRAL = '#5f6b78';

/**
 * Bars of stacked segments as one series per kind of segment; where the dashboard colours a segment
 * by its bar's country, the series carries a colour per bar.
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
      const colors = segments.map((s) => s?.fill ?? NEUTRAL);
      return {
        name: segmentName(key),
        values: segments.map((s) => s?.value ?? 0),
        color: colors.find((_, i) => segments[i]) ?? NEUTRAL,
        ...(new Set(colors).size > 1 ? { points: colors.map((color) => ({ color })) } : {}),
      };
    }),
    categoryAxisTitle: axes.category,
    valueAxisTitle: axes.value,
    fractionDigits: 0,
    altText: chart.takeaway,
  };
}

/**
 * The agreements the reports name for the selection, each with its field and status, in the data's
 * order: what the slide says in words when too few are counted to make a field chart.
 */
function namedPanel(model: TripModel, lang: Lang, country: CountryCode | null): TextPanelSpec {
  const t = pickMessages(agreementsMessages, lang);
  const lower = (text: string) => text.toLocaleLowerCase(localeOf(lang));
  return {
    title: country ? fill(t.namedPanelTitle, { country: countryName(country, lang) }) : t.namedPanelTitleAll,
    items: model.dataset.agreements
      .filter((a) => !country || a.country === country)
      .map((a) => fill(t.namedPanelItem, { title: pickText(a.title, lang), field: lower(fieldName(a.field, lang)), status: lower(statusName(a.status, lang)) })),
  };
}

export function agreementsDeckPart(model: TripModel, lang: Lang, country: CountryCode | null): { charts: ChartSpec[]; about: string[]; panel?: TextPanelSpec } {
  const t = pickMessages(agreementsMessages, lang);
  const { agreements, agreementCounts } = model.dataset;
  const codes = model.dataset.trip.countries.map((c) => c.code);
  const byLevel = levelChart(computeCountryBreakdown(agreementCounts, country, codes), lang);
  const fields = computeFieldBreakdown(agreements, agreementCounts, country, codes);
  const fieldModel = fieldChart(fields, country, lang);
  // On a slide the documents the reports do not itemise (most of them) would shrink the named
  // fields' bars to slivers with unreadable labels: the chart shows the named ones, its title the rest.
  const named = fieldModel.series.filter((bar) => bar.key !== fields.notItemised.key);
  const levelSpec = stackedSpec('agreements-by-level', byLevel, (key) => levelName(key as Parameters<typeof levelName>[0], lang), { category: t.axisCountry, value: t.axisDocuments }, 'column');
  // The headline count of agreements is what the charts break down; a note about it belongs to these slides too.
  const headlineCounts = figuresShown(model.dataset.figures, 'headline').filter((f) => f.unit === 'count');
  const about = [...headlineCounts.map((f) => f.id), ...agreements.filter((a) => !country || a.country === country).map((a) => a.id)];
  // A field chart of one bar or none (one named document under a country filter) says less than a
  // list: the slide names what the reports itemise instead.
  if (named.length < 2) return { charts: [levelSpec], about, panel: namedPanel(model, lang, country) };
  const byField: ChartModel = {
    ...fieldModel,
    title: fill(t.fieldChartNamedOnly, { title: fieldModel.title, rest: formatInteger(fields.notItemised.total, lang), total: formatInteger(fields.total, lang) }),
    series: named,
  };
  const countryOf = (key: string) => codes.find((code) => code === key);
  const charts = [
    levelSpec,
    stackedSpec(
      'agreements-by-field',
      byField,
      (key) => {
        const code = countryOf(key);
        return code ? countryName(code, lang) : key;
      },
      { category: t.axisField, value: t.axisDocuments },
      'bar',
    ),
  ];
  return { charts, about };
}
