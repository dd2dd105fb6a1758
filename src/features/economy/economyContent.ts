/**
 * From figures to what the view shows: card texts, chart series, table rows, titles and takeaways,
 * in the current language. Pure, so tests can check the words without rendering.
 */
import type { TableData } from '../../components/DataTable';
import { formatCitations } from '../../components/citations';
import type { TripModel } from '../../data/buildTripModel';
import type { Citation, EconomicFigure } from '../../data/schema';
import { formatPercent, formatUsd } from '../../i18n/format';
import { describeFigure } from '../../i18n/figures';
import { fill, pickText, type Lang } from '../../i18n/lang';
import type { Certainty, GrowthSeriesRow, TradeSeries } from './chartLayouts';
import type { GrowthRow, TradeFigures } from './economyFigures';
import type { FigureCardData } from './FigureCard';
import { formatFigureValue, formatPeriod } from './formatFigure';
import type { EconomyMessages } from './messages';

/** A figure's value as a card shows it: a rank says what it is counted among ("4th in Asia"). */
export const describeFigureValue = (figure: EconomicFigure, lang: Lang): string => describeFigure(figure, lang);

export function describeCitations(model: TripModel, cites: readonly Citation[], lang: Lang): string {
  return formatCitations(model, cites, lang);
}

export function buildFigureCard(model: TripModel, figure: EconomicFigure, lang: Lang, _t?: EconomyMessages): FigureCardData {
  const note = model.notesByItem.get(figure.id)?.[0];
  return {
    id: figure.id,
    onSlide: figure.show?.includes('slide') ?? false,
    label: pickText(figure.label, lang),
    value: describeFigureValue(figure, lang),
    period: formatPeriod(figure.period, lang),
    measure: pickText(figure.measure, lang),
    source: describeCitations(model, figure.cite, lang),
    note: note ? { id: note.id, title: pickText(note.title, lang) } : null,
  };
}

export interface ChartContent<S> {
  title: string;
  takeaway: string;
  series: S;
  table: TableData;
  cites: Citation[];
}

// --- Trade ------------------------------------------------------------------------------------

export function buildTradeContent(trade: TradeFigures, country: string, lang: Lang, t: EconomyMessages): ChartContent<TradeSeries> {
  const { exports, imports, total, balance } = trade;
  const balanceAmount = formatUsd(Math.abs(balance.balance), lang);
  const balanceLabel =
    balance.kind === 'surplus'
      ? fill(t.tradeSurplus, { balance: balanceAmount })
      : balance.kind === 'deficit'
        ? fill(t.tradeDeficit, { balance: balanceAmount })
        : t.tradeBalanced;
  const takeaway =
    balance.kind === 'surplus'
      ? fill(t.tradeTakeawaySurplus, { country, balance: balanceAmount })
      : balance.kind === 'deficit'
        ? fill(t.tradeTakeawayDeficit, { country, balance: balanceAmount })
        : fill(t.tradeTakeawayBalanced, { country });
  const period = formatPeriod(exports.period, lang);
  const row = (figure: EconomicFigure) => ({
    key: figure.id,
    cells: [pickText(figure.label, lang), formatFigureValue(figure, lang), formatPeriod(figure.period, lang)],
  });
  return {
    title: fill(t.tradeTitle, { country, period }),
    takeaway,
    series: {
      country: exports.subject,
      exports: { label: pickText(exports.label, lang), valueLabel: formatFigureValue(exports, lang), value: exports.value },
      imports: { label: pickText(imports.label, lang), valueLabel: formatFigureValue(imports, lang), value: imports.value },
      balance: { value: balance.balance, label: balanceLabel },
    },
    table: {
      columns: [{ label: t.colMeasure }, { label: t.colValue, numeric: true }, { label: t.colPeriod }],
      rows: [
        row(exports),
        row(imports),
        ...(total ? [{ ...row(total), cells: [t.tradeTotalRow, formatFigureValue(total, lang), formatPeriod(total.period, lang)] }] : []),
        { key: 'trade-balance', cells: [t.tradeBalanceRow, formatUsd(balance.balance, lang), period] },
      ],
    },
    cites: [...exports.cite, ...imports.cite, ...(total?.cite ?? [])],
  };
}

// --- Growth -----------------------------------------------------------------------------------

export function buildGrowthContent(
  rows: readonly GrowthRow[],
  lang: Lang,
  t: EconomyMessages,
  countryName: (country: GrowthRow['country']) => string,
): ChartContent<GrowthSeriesRow[]> {
  const series: GrowthSeriesRow[] = rows.map(({ figure, country, kind }) => ({
    key: figure.id,
    country,
    group: countryName(country),
    label: fill(kind === 'year' ? t.growthYear : t.growthAverage, { period: formatPeriod(figure.period, lang) }),
    valueLabel: formatFigureValue(figure, lang),
    value: figure.value,
    certainty: figure.qualifier,
  }));
  const years = rows.filter((r) => r.kind === 'year');
  const countries = [...new Set(rows.map((r) => r.country))];
  const period = years[0] ? formatPeriod(years[0].figure.period, lang) : '';
  let title = fill(t.growthTitle, { period });
  let takeaway = '';
  if (countries.length === 1 && countries[0]) {
    const name = countryName(countries[0]);
    const year = years[0];
    const average = rows.find((r) => r.kind === 'average');
    title = fill(t.growthTitleOne, { country: name, period });
    if (year && average) {
      takeaway = fill(t.growthTakeawayOne, {
        country: name,
        period,
        value: formatFigureValue(year.figure, lang),
        average: formatFigureValue(average.figure, lang),
      });
    }
  } else if (years.length >= 2) {
    const sorted = [...years].sort((a, b) => b.figure.value - a.figure.value);
    const fast = sorted[0] as GrowthRow;
    const slow = sorted[sorted.length - 1] as GrowthRow;
    takeaway = fill(years.length === 2 ? t.growthTakeawayBoth : t.growthTakeawayMany, {
      period,
      faster: countryName(fast.country),
      fastValue: formatFigureValue(fast.figure, lang),
      slowValue: formatFigureValue(slow.figure, lang),
    });
  }
  return {
    title,
    takeaway,
    series,
    table: {
      columns: [{ label: t.colCountry }, { label: t.colMeasure }, { label: t.colValue, numeric: true }],
      rows: series.map((s) => ({ key: s.key, cells: [s.group, s.label, s.valueLabel] })),
    },
    cites: rows.flatMap((r) => r.figure.cite),
  };
}

/**
 * What the growth bars' looks mean, for the styles the chart uses: exact (solid), approximate
 * ("about", and "nearly" drawn the same way), lower bound ("over"). The page's legend and the slide's.
 */
export function growthLegendItems(series: readonly Pick<GrowthSeriesRow, 'certainty'>[], t: EconomyMessages): { key: Exclude<Certainty, 'nearly'>; label: string }[] {
  const used = new Set(series.map((s) => (s.certainty === 'nearly' ? 'about' : s.certainty)));
  const items: { key: Exclude<Certainty, 'nearly'>; label: string }[] = [
    { key: 'exact', label: t.legendExact },
    { key: 'about', label: t.legendAbout },
    { key: 'over', label: t.legendOver },
  ];
  return items.filter((item) => used.has(item.key));
}

/** Tick labels of the growth axis: whole percentages. */
export function formatGrowthTick(value: number, lang: Lang): string {
  return formatPercent(value, lang);
}
