/**
 * Layout of a horizontal stacked-bar chart, one bar per row:
 * BarSeries (what to draw, in data terms) -> BreakdownLayout (placed marks in px) -> SVG in BreakdownChart.
 * The row label sits above its bar, so long labels (and Chinese ones) never squeeze the bars on a phone;
 * a slide with many bars puts it beside the bar instead, so the rows take less height.
 */
import { ticks as niceTicks } from 'd3-array';
import { estimateTextWidth, wrapText } from '../../components/textMetrics';

export interface SeriesSegment {
  key: string;
  value: number;
  /** Text drawn inside the segment when it fits, e.g. "53". */
  valueLabel: string;
  fill: string;
  /** Full words for screen readers and the tooltip. */
  description: string;
  tooltip: string;
}

export interface BarSeries {
  key: string;
  label: string;
  segments: SeriesSegment[];
  /** Drawn after the bar, e.g. "61" or "over US$1.65 billion". */
  totalLabel: string;
  /** A bar whose total is not known exactly gets a dashed outline (amount "over"). */
  dashed?: boolean;
}

export interface BreakdownSize {
  width: number;
  /** Bar thickness; a phone asks for 44 so each segment is a finger-sized target. */
  barHeight?: number;
  /** Row labels above their bars (the default) or in a column to their left. */
  labels?: 'above' | 'beside';
}

export const LAYOUT = {
  marginTop: 8,
  marginRight: 12,
  marginLeft: 0,
  rowLabelHeight: 22,
  barHeight: 30,
  rowGap: 16,
  /** Between the bars when the labels stand beside them. */
  besideRowGap: 8,
  rowLabelFontSize: 14,
  axisHeight: 26,
  valueFontSize: 14,
  totalFontSize: 14,
  labelPadding: 6,
  /** Room kept after the longest bar for its total. */
  totalGap: 8,
} as const;

export interface PlacedSegment extends SeriesSegment {
  /** Unique within the chart: bar key + segment key. */
  id: string;
  barKey: string;
  x: number;
  y: number;
  width: number;
  height: number;
  labelX: number;
  labelY: number;
  showLabel: boolean;
}

export interface PlacedBar {
  key: string;
  label: string;
  /** Where the row label starts, and its baseline (above the bar) or middle (beside it). */
  labelX: number;
  labelY: number;
  y: number;
  height: number;
  total: number;
  totalLabel: string;
  totalX: number;
  totalY: number;
  /** Right end of the bar. */
  end: number;
  dashed: boolean;
  segments: PlacedSegment[];
}

export interface PlacedTick {
  value: number;
  x: number;
}

export interface BreakdownLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  labels: 'above' | 'beside';
  axisY: number;
  bars: PlacedBar[];
  ticks: PlacedTick[];
}

export function computeBreakdownLayout(series: readonly BarSeries[], size: BreakdownSize, tickCount = 5): BreakdownLayout {
  const width = Math.max(200, Math.round(size.width));
  const labels = size.labels ?? 'above';
  const totals = series.map((bar) => bar.segments.reduce((sum, s) => sum + s.value, 0));
  const maxTotal = Math.max(1, ...totals);
  const widestTotal = Math.max(0, ...series.map((bar) => estimateTextWidth(bar.totalLabel, LAYOUT.totalFontSize, true)));
  const widestLabel = Math.max(0, ...series.map((bar) => estimateTextWidth(bar.label, LAYOUT.rowLabelFontSize, true)));
  // Beside: the labels' column, but never more than half the width.
  const plotLeft = labels === 'beside' ? LAYOUT.marginLeft + Math.min(width / 2, Math.ceil(widestLabel) + 12) : LAYOUT.marginLeft;
  const plotRight = Math.max(plotLeft + 60, width - LAYOUT.marginRight - widestTotal - LAYOUT.totalGap);
  // A linear map from 0..maxTotal to the plot, computed as d3-scale's scaleLinear does; the chart
  // shares the first screen with the map, and d3-scale would bring d3-format and d3-time along.
  const x = (value: number) => numberBetween(plotLeft, plotRight)(value / maxTotal);
  const barHeight = size.barHeight ?? LAYOUT.barHeight;
  const labelHeight = labels === 'beside' ? 0 : LAYOUT.rowLabelHeight;
  const rowGap = labels === 'beside' ? LAYOUT.besideRowGap : LAYOUT.rowGap;
  const rowStep = labelHeight + barHeight + rowGap;

  const bars = series.map((bar, i): PlacedBar => {
    const top = LAYOUT.marginTop + i * rowStep;
    const y = top + labelHeight;
    let cursor = 0;
    const segments = bar.segments.map((segment): PlacedSegment => {
      const x0 = x(cursor);
      cursor += segment.value;
      const x1 = x(cursor);
      const segWidth = Math.max(0, x1 - x0);
      const textWidth = estimateTextWidth(segment.valueLabel, LAYOUT.valueFontSize, true);
      return {
        ...segment,
        id: `${bar.key}/${segment.key}`,
        barKey: bar.key,
        x: x0,
        y,
        width: segWidth,
        height: barHeight,
        labelX: x0 + segWidth / 2,
        labelY: y + barHeight / 2,
        showLabel: segment.valueLabel !== '' && textWidth + LAYOUT.labelPadding * 2 <= segWidth,
      };
    });
    const end = x(totals[i]!);
    return {
      key: bar.key,
      label: bar.label,
      labelX: LAYOUT.marginLeft,
      labelY: labels === 'beside' ? y + barHeight / 2 : top + LAYOUT.rowLabelHeight - 7,
      y,
      height: barHeight,
      total: totals[i]!,
      totalLabel: bar.totalLabel,
      totalX: end + LAYOUT.totalGap,
      totalY: y + barHeight / 2,
      end,
      dashed: bar.dashed ?? false,
      segments,
    };
  });

  const axisY = LAYOUT.marginTop + series.length * rowStep - rowGap + 6;
  const ticks = niceTicks(0, maxTotal, tickCount).map((value) => ({ value, x: x(value) }));
  return { width, height: axisY + LAYOUT.axisHeight, plotLeft, plotRight, labels, axisY, bars, ticks };
}

/** The number a fraction t of the way from a to b (d3-interpolate's interpolateNumber). */
function numberBetween(a: number, b: number): (t: number) => number {
  return (t) => a * (1 - t) + b * t;
}

/**
 * Tween between two layouts for the filter animation: marks are matched by key; a new mark grows
 * from zero width where it will stand; a mark that leaves is dropped at once. Texts come from `to`.
 */
export function interpolateBreakdownLayout(from: BreakdownLayout, to: BreakdownLayout): (t: number) => BreakdownLayout {
  const fromBars = new Map(from.bars.map((bar) => [bar.key, bar]));
  const num = numberBetween;
  const bars = to.bars.map((bar) => {
    const old = fromBars.get(bar.key);
    const oldSegments = new Map((old?.segments ?? []).map((s) => [s.id, s]));
    const y = num(old?.y ?? bar.y, bar.y);
    const end = num(old?.end ?? bar.segments[0]?.x ?? bar.end, bar.end);
    const segments = bar.segments.map((s) => {
      const prev = oldSegments.get(s.id);
      return { s, x: num(prev?.x ?? s.x, s.x), width: num(prev?.width ?? 0, s.width) };
    });
    return { bar, y, end, segments };
  });
  const height = num(from.height, to.height);
  const axisY = num(from.axisY, to.axisY);
  return (t) => ({
    ...to,
    height: height(t),
    axisY: axisY(t),
    bars: bars.map(({ bar, y, end, segments }) => {
      const dy = y(t) - bar.y;
      const e = end(t);
      return {
        ...bar,
        y: bar.y + dy,
        labelY: bar.labelY + dy,
        totalY: bar.totalY + dy,
        end: e,
        totalX: e + LAYOUT.totalGap,
        segments: segments.map(({ s, x, width }) => {
          const sx = x(t);
          const sw = width(t);
          return { ...s, x: sx, width: sw, y: s.y + dy, labelX: sx + sw / 2, labelY: s.labelY + dy, showLabel: s.showLabel && t > 0.6 };
        }),
      };
    }),
  });
}

// --- Legend ---------------------------------------------------------------------------------------

export interface LegendItem {
  key: string;
  label: string;
  /** One or more fills: a level is shown by its shade in each country shown. */
  swatches: string[];
}

export interface PlacedLegendItem extends LegendItem {
  x: number;
  y: number;
  /** The label's lines: one, unless the label is wider than the chart (a phone), then wrapped. */
  lines: string[];
  /** Distance between the baselines of wrapped lines. */
  lineStep: number;
}

export const LEGEND = { swatch: 14, gap: 4, itemGap: 18, rowHeight: 22, fontSize: 13 } as const;

/**
 * Legend items left to right, wrapping to a new row when the width runs out; a label wider than
 * the whole width wraps onto lines of its own instead of running off the chart.
 */
export function computeLegendLayout(items: readonly LegendItem[], width: number, fontSize: number = LEGEND.fontSize): { items: PlacedLegendItem[]; height: number } {
  const lineStep = Math.round(fontSize * 1.3);
  let x = 0;
  let y = 0;
  let rowHeight: number = LEGEND.rowHeight;
  const placed = items.map((item) => {
    const swatchWidth = item.swatches.length * LEGEND.swatch + LEGEND.gap + 2;
    // An em to spare: the width is estimated without a canvas, and a wrapped line must not reach the edge.
    const room = Math.max(1, width - swatchWidth - fontSize);
    const textWidth = estimateTextWidth(item.label, fontSize);
    const lines = textWidth > room ? wrapText(item.label, room, fontSize) : [item.label];
    const itemWidth = swatchWidth + (lines.length > 1 ? room : textWidth);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += rowHeight;
      rowHeight = LEGEND.rowHeight;
    }
    const out = { ...item, x, y, lines, lineStep };
    rowHeight = Math.max(rowHeight, LEGEND.rowHeight + (lines.length - 1) * lineStep);
    x += itemWidth + LEGEND.itemGap;
    return out;
  });
  return { items: placed, height: items.length ? y + rowHeight + 4 : 0 };
}
