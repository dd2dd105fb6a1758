/**
 * D3 does the math: each chart goes series -> placed marks. Labels arrive
 * already formatted, so the layouts know nothing of languages and tests can use plain objects.
 */
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { estimateTextWidth } from '../../components/textMetrics';
import type { CountryCode, EconomicFigure } from '../../data/schema';

export type Tone = CountryCode;
export type Certainty = EconomicFigure['qualifier'];

/** A bar with its label above it and its value after its end. */
export interface PlacedBar {
  key: string;
  label: string;
  valueLabel: string;
  tone: Tone;
  certainty: Certainty;
  x: number;
  y: number;
  width: number;
  height: number;
  labelY: number;
  /** Where the value label starts (after the bar, and after the open-end arrow of an "over" value). */
  valueX: number;
  valueY: number;
  /** For an "over" value: the arrow past the bar's end, from x1 to x2 at y. */
  arrow: { x1: number; x2: number; y: number } | null;
}

export interface PlacedTick {
  x: number;
  label: string;
}

const BAR_HEIGHT = 22;
const LABEL_GAP = 18;
const ROW_GAP = 12;
const ARROW_LENGTH = 18;
const MIN_BAR_ROOM = 80;
/** Value labels are 13px bold (economy.css). */
const VALUE_FONT_SIZE = 13;

/** Width of a value label, estimated (no DOM in a pure layout). */
export function valueLabelWidth(label: string): number {
  return estimateTextWidth(label, VALUE_FONT_SIZE, true);
}

/** Room for the bars: the width less the widest value label after a bar's end. */
function barRoom(width: number, valueLabels: readonly string[]): number {
  const widest = Math.max(0, ...valueLabels.map(valueLabelWidth));
  return Math.max(MIN_BAR_ROOM, width - widest - 10);
}

// --- Exports against imports -------------------------------------------------------------------

export interface TradeSeries {
  /** The country the figures are about: the bars take its colour. */
  country: CountryCode;
  exports: { label: string; valueLabel: string; value: number };
  imports: { label: string; valueLabel: string; value: number };
  /** Exports minus imports, and its words ("Surplus: US$14.3 billion"). */
  balance: { value: number; label: string };
}

export interface TradeLayout {
  width: number;
  height: number;
  bars: PlacedBar[];
  /** The gap between the two bars' ends: the trade balance. */
  bracket: { x1: number; x2: number; y: number; labelX: number; labelY: number; label: string };
  /** Where a guide line marks the shorter bar's end across the longer bar. */
  guide: { x: number; y1: number; y2: number };
}

export function computeTradeLayout(series: TradeSeries, width: number): TradeLayout {
  const room = barRoom(width, [series.exports.valueLabel, series.imports.valueLabel]);
  const x = scaleLinear()
    .domain([0, Math.max(series.exports.value, series.imports.value, 1)])
    .range([0, room]);
  const rows = [
    { key: 'exports', ...series.exports },
    { key: 'imports', ...series.imports },
  ];
  const bars: PlacedBar[] = rows.map((row, i) => {
    const top = i * (LABEL_GAP + BAR_HEIGHT + ROW_GAP);
    const barWidth = x(row.value);
    return {
      key: row.key,
      label: row.label,
      valueLabel: row.valueLabel,
      tone: series.country,
      certainty: 'exact',
      x: 0,
      y: top + LABEL_GAP,
      width: barWidth,
      height: BAR_HEIGHT,
      labelY: top + LABEL_GAP - 5,
      valueX: barWidth + 6,
      valueY: top + LABEL_GAP + BAR_HEIGHT / 2,
      arrow: null,
    };
  });
  const [first, second] = bars as [PlacedBar, PlacedBar];
  const x1 = Math.min(first.width, second.width);
  const x2 = Math.max(first.width, second.width);
  const bracketY = second.y + BAR_HEIGHT + 12;
  return {
    width,
    height: bracketY + 26,
    bars,
    bracket: {
      x1,
      x2,
      y: bracketY,
      // The label ends at the bracket's right end, so it stays inside the chart on a phone.
      labelX: x2,
      labelY: bracketY + 18,
      label: series.balance.label,
    },
    guide: { x: x1, y1: first.y, y2: bracketY },
  };
}

// --- Growth side by side ------------------------------------------------------------------------

export interface GrowthSeriesRow {
  key: string;
  country: CountryCode;
  /** The group heading (the country's name); rows of one country come together. */
  group: string;
  label: string;
  valueLabel: string;
  value: number;
  certainty: Certainty;
}

export interface GrowthLayout {
  width: number;
  height: number;
  groups: { key: string; label: string; tone: Tone; y: number }[];
  bars: PlacedBar[];
  ticks: PlacedTick[];
  axis: { y: number; x2: number };
}

const GROUP_HEIGHT = 26;

export function computeGrowthLayout(
  rows: readonly GrowthSeriesRow[],
  width: number,
  formatTick: (value: number) => string,
): GrowthLayout {
  const room = barRoom(width, rows.map((r) => r.valueLabel)) - ARROW_LENGTH;
  const top = max(rows, (r) => r.value) ?? 1;
  const x = scaleLinear().domain([0, top]).range([0, room]).nice(4);
  const groups: GrowthLayout['groups'] = [];
  const bars: PlacedBar[] = [];
  let y = 0;
  let currentGroup: string | null = null;
  for (const row of rows) {
    if (row.country !== currentGroup) {
      currentGroup = row.country;
      y += groups.length > 0 ? 6 : 0;
      groups.push({ key: row.country, label: row.group, tone: row.country, y: y + 17 });
      y += GROUP_HEIGHT;
    }
    const barWidth = x(row.value);
    const arrow = row.certainty === 'over' ? { x1: barWidth, x2: barWidth + ARROW_LENGTH, y: y + LABEL_GAP + BAR_HEIGHT / 2 } : null;
    bars.push({
      key: row.key,
      label: row.label,
      valueLabel: row.valueLabel,
      tone: row.country,
      certainty: row.certainty,
      x: 0,
      y: y + LABEL_GAP,
      width: barWidth,
      height: BAR_HEIGHT,
      labelY: y + LABEL_GAP - 5,
      valueX: (arrow ? arrow.x2 : barWidth) + 6,
      valueY: y + LABEL_GAP + BAR_HEIGHT / 2,
      arrow,
    });
    y += LABEL_GAP + BAR_HEIGHT + ROW_GAP;
  }
  const axisY = y;
  const ticks = x.ticks(4).map((value) => ({ x: x(value), label: formatTick(value) }));
  return { width, height: axisY + 22, groups, bars, ticks, axis: { y: axisY, x2: x.range()[1] ?? room } };
}
