import { describe, expect, it } from 'vitest';
import { computeGrowthLayout, computeTradeLayout, valueLabelWidth, type GrowthSeriesRow } from './chartLayouts';

describe('computeTradeLayout', () => {
  const series = {
    country: 'KZ',
    exports: { label: 'Exports', valueLabel: 'US$79.1 billion', value: 79.1e9 },
    imports: { label: 'Imports', valueLabel: 'US$64.8 billion', value: 64.8e9 },
    balance: { value: 14.3e9, label: 'Surplus US$14.3 billion' },
  };

  it('draws bars in proportion to the values, the longer one filling the room left of its value label', () => {
    const layout = computeTradeLayout(series, 500);
    const [exports, imports] = layout.bars;
    // Room is left after the longer bar for its label: the bar and label together fill the width.
    expect(exports!.valueX + valueLabelWidth('US$79.1 billion')).toBeLessThanOrEqual(500);
    expect(exports!.valueX + valueLabelWidth('US$79.1 billion')).toBeGreaterThan(490);
    expect(imports!.width / exports!.width).toBeCloseTo(64.8 / 79.1);
    expect(exports!.y).toBeLessThan(imports!.y);
  });

  it('brackets the gap between the two bar ends as the balance', () => {
    const layout = computeTradeLayout(series, 500);
    const [exports, imports] = layout.bars;
    expect(layout.bracket.x1).toBeCloseTo(imports!.width);
    expect(layout.bracket.x2).toBeCloseTo(exports!.width);
    expect(layout.bracket.label).toBe('Surplus US$14.3 billion');
    expect(layout.height).toBeGreaterThan(layout.bracket.labelY);
  });
});

describe('computeGrowthLayout', () => {
  const rows: GrowthSeriesRow[] = [
    { key: 'a', country: 'KZ', group: 'Kazakhstan', label: '2025', valueLabel: '6.5%', value: 6.5, certainty: 'exact' },
    { key: 'b', country: 'KZ', group: 'Kazakhstan', label: 'avg', valueLabel: 'about 6%', value: 6, certainty: 'about' },
    { key: 'c', country: 'UZ', group: 'Uzbekistan', label: '2025', valueLabel: '7.7%', value: 7.7, certainty: 'exact' },
    { key: 'd', country: 'UZ', group: 'Uzbekistan', label: 'avg', valueLabel: 'over 5%', value: 5, certainty: 'over' },
  ];

  it('groups rows under one heading per country', () => {
    const layout = computeGrowthLayout(rows, 400, (v) => `${v}%`);
    expect(layout.groups.map((g) => g.label)).toEqual(['Kazakhstan', 'Uzbekistan']);
    expect(layout.groups[1]!.y).toBeGreaterThan(layout.bars[1]!.y);
  });

  it('shares one scale from zero, with ticks', () => {
    const layout = computeGrowthLayout(rows, 400, (v) => `${v}%`);
    const byKey = new Map(layout.bars.map((b) => [b.key, b]));
    expect(byKey.get('c')!.width / byKey.get('a')!.width).toBeCloseTo(7.7 / 6.5);
    expect(layout.ticks[0]).toEqual({ x: 0, label: '0%' });
    expect(layout.ticks.at(-1)!.x).toBeLessThanOrEqual(layout.axis.x2);
  });

  it('gives an open-ended arrow only to an "over" value, and puts its label after the arrow', () => {
    const layout = computeGrowthLayout(rows, 400, (v) => `${v}%`);
    const over = layout.bars.find((b) => b.key === 'd')!;
    expect(layout.bars.filter((b) => b.arrow).map((b) => b.key)).toEqual(['d']);
    expect(over.arrow!.x1).toBeCloseTo(over.width);
    expect(over.valueX).toBeGreaterThan(over.arrow!.x2);
  });

  it('keeps every bar and arrow inside the width', () => {
    for (const width of [300, 640]) {
      const layout = computeGrowthLayout(rows, width, String);
      for (const bar of layout.bars) expect(bar.valueX + valueLabelWidth(bar.valueLabel)).toBeLessThanOrEqual(width);
    }
  });
});
