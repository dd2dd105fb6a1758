import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../components/textMetrics';
import { computeBreakdownLayout, computeLegendLayout, interpolateBreakdownLayout, type BarSeries } from './computeBreakdownLayout';

const segment = (key: string, value: number) => ({
  key,
  value,
  valueLabel: String(value),
  fill: '#000',
  description: key,
  tooltip: key,
});
const series: BarSeries[] = [
  { key: 'KZ', label: 'Kazakhstan', totalLabel: '61', segments: [segment('government', 8), segment('non-government', 53)] },
  { key: 'UZ', label: 'Uzbekistan', totalLabel: '35', segments: [segment('government', 7), segment('non-government', 28)] },
];

describe('computeBreakdownLayout', () => {
  const layout = computeBreakdownLayout(series, { width: 600 });

  it('stacks segments end to end, proportional to their values', () => {
    const [kz, uz] = layout.bars;
    expect(kz!.segments[0]!.x).toBe(layout.plotLeft);
    expect(kz!.segments[1]!.x).toBeCloseTo(kz!.segments[0]!.x + kz!.segments[0]!.width);
    expect(kz!.end).toBeCloseTo(layout.plotRight);
    const unit = (layout.plotRight - layout.plotLeft) / 61;
    expect(uz!.end - layout.plotLeft).toBeCloseTo(35 * unit);
    expect(kz!.segments[1]!.width).toBeCloseTo(53 * unit);
  });

  it('keeps room for the totals inside the width and stacks bars downwards', () => {
    for (const bar of layout.bars) expect(bar.totalX + 20).toBeLessThanOrEqual(layout.width);
    expect(layout.bars[1]!.y).toBeGreaterThan(layout.bars[0]!.y + layout.bars[0]!.height);
    expect(layout.height).toBeGreaterThan(layout.bars[1]!.y + layout.bars[1]!.height);
  });

  it('labels a segment only where its number fits', () => {
    expect(layout.bars.flatMap((b) => b.segments).every((s) => s.showLabel)).toBe(true);
    const narrow = computeBreakdownLayout([{ key: 'x', label: 'x', totalLabel: '91', segments: [segment('a', 1), segment('b', 90)] }], { width: 300 });
    expect(narrow.bars[0]!.segments.map((s) => s.showLabel)).toEqual([false, true]);
  });

  it('can put the row labels beside the bars: the plot starts after the widest label and the rows take less height', () => {
    const beside = computeBreakdownLayout(series, { width: 600, labels: 'beside' });
    expect(beside.labels).toBe('beside');
    expect(beside.plotLeft).toBeGreaterThan(60);
    expect(beside.plotLeft).toBeLessThanOrEqual(300);
    for (const bar of beside.bars) {
      expect(bar.labelX).toBe(0);
      expect(bar.segments[0]!.x).toBe(beside.plotLeft);
      // The label's middle is the bar's middle.
      expect(bar.labelY).toBeCloseTo(bar.y + bar.height / 2);
    }
    expect(beside.height).toBeLessThan(layout.height);
    expect(layout.bars.every((bar) => bar.labelY < bar.y && bar.labelX === layout.plotLeft)).toBe(true);
  });

  it('gives ticks from zero within the plot', () => {
    expect(layout.ticks[0]).toEqual({ value: 0, x: layout.plotLeft });
    expect(layout.ticks.every((t) => t.x <= layout.plotRight + 0.001)).toBe(true);
  });
});

describe('interpolateBreakdownLayout', () => {
  it('starts where the old layout was and ends at the new one; new marks grow from zero', () => {
    const all = computeBreakdownLayout(series, { width: 600 });
    const uzOnly = computeBreakdownLayout(series.slice(1), { width: 600 });
    const tween = interpolateBreakdownLayout(all, uzOnly);
    expect(tween(0).bars[0]!.segments[1]!.width).toBeCloseTo(all.bars[1]!.segments[1]!.width);
    expect(tween(1).bars[0]!.segments[1]!.width).toBeCloseTo(uzOnly.bars[0]!.segments[1]!.width);
    expect(tween(1).bars[0]!.y).toBeCloseTo(uzOnly.bars[0]!.y);
    const grow = interpolateBreakdownLayout(uzOnly, all);
    expect(grow(0).bars[0]!.segments[0]!.width).toBe(0);
  });
});

describe('computeLegendLayout', () => {
  it('wraps items to a new row when the width runs out', () => {
    const items = [1, 2, 3].map((i) => ({ key: String(i), label: 'A rather long legend label', swatches: ['#000'] }));
    const wide = computeLegendLayout(items, 1000);
    const narrow = computeLegendLayout(items, 250);
    expect(new Set(wide.items.map((i) => i.y)).size).toBe(1);
    expect(new Set(narrow.items.map((i) => i.y)).size).toBe(3);
    expect(narrow.height).toBeGreaterThan(wide.height);
  });

  it('wraps a label wider than the chart onto lines that fit, and makes room for them', () => {
    const label = 'Government: 15 (8 with one country and 7 with the other)';
    const items = [
      { key: 'a', label, swatches: ['#000', '#111'] },
      { key: 'b', label: 'Short', swatches: ['#000'] },
    ];
    const phone = computeLegendLayout(items, 200);
    const [first, second] = phone.items;
    expect(first!.lines.length).toBeGreaterThan(1);
    expect(first!.lines.join(' ').replace(/\s+/g, ' ')).toBe(label);
    const textRoom = 200 - (2 * 14 + 4 + 2) - 13;
    for (const line of first!.lines) expect(estimateTextWidth(line, 13)).toBeLessThanOrEqual(textRoom);
    // The next item starts below the wrapped lines, and the legend is tall enough for both.
    expect(second!.y).toBeGreaterThanOrEqual(first!.y + 22 + (first!.lines.length - 1) * first!.lineStep);
    expect(phone.height).toBeGreaterThanOrEqual(second!.y + 22);
    expect(computeLegendLayout(items, 1000).items[0]!.lines).toEqual([label]);
  });
});
