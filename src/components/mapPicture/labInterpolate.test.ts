import { interpolateLab as d3InterpolateLab } from 'd3-interpolate';
import { describe, expect, it } from 'vitest';
import { interpolateLab } from './labInterpolate';
import { SHADE_DARK, SHADE_LIGHT } from './shading';

describe('interpolateLab', () => {
  const pairs: [string, string][] = [
    [SHADE_LIGHT, SHADE_DARK],
    ['#ffffff', '#000000'],
    ['#ff0000', '#00ff88'],
    ['#777777', '#777777'],
  ];
  it.each(pairs)('gives d3-interpolate’s colours from %s to %s', (from, to) => {
    const ours = interpolateLab(from, to);
    const d3 = d3InterpolateLab(from, to);
    for (let i = 0; i <= 100; i++) expect(ours(i / 100), `t = ${i / 100}`).toBe(d3(i / 100));
  });

  it('names a colour it cannot read', () => {
    expect(() => interpolateLab('blue', '#000000')).toThrow(/#rrggbb, got blue/);
  });
});
