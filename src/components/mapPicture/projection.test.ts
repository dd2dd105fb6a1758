import { describe, expect, it } from 'vitest';
import { fitLeafletView, linePath, multiPolygonPath, worldPixel } from './projection';

const LIMITS = { min: 2, max: 14, snap: 0.25 };
const NO_PADDING = { paddingTopLeft: [0, 0] as const, paddingBottomRight: [0, 0] as const };

describe('worldPixel', () => {
  it('puts the equator and the prime meridian in the middle of the 256 px world at zoom 0', () => {
    expect(worldPixel([0, 0], 0)).toEqual([128, 128]);
    expect(worldPixel([0, 180], 0)[0]).toBe(256);
    expect(worldPixel([0, -180], 1)[0]).toBe(0);
  });
  it('doubles with each zoom level and stops at the Mercator limit', () => {
    const [x3, y3] = worldPixel([40, 70], 3);
    const [x4, y4] = worldPixel([40, 70], 4);
    expect(x4).toBeCloseTo(2 * x3, 9);
    expect(y4).toBeCloseTo(2 * y3, 9);
    expect(worldPixel([89, 0], 0)[1]).toBeCloseTo(0, 6);
  });
});

describe('fitLeafletView', () => {
  const bounds = { south: 20, west: 55, north: 56, east: 116 };

  it('fits the bounds inside the padded box at a snapped zoom', () => {
    const padding = { paddingTopLeft: [12, 12] as const, paddingBottomRight: [84, 12] as const };
    const view = fitLeafletView(bounds, 500, 460, padding, LIMITS);
    expect(view.zoom % 0.25).toBe(0);
    const [left, top] = view.toScreen([bounds.north, bounds.west]);
    const [right, bottom] = view.toScreen([bounds.south, bounds.east]);
    expect(left).toBeGreaterThanOrEqual(12 - 0.5);
    expect(top).toBeGreaterThanOrEqual(12 - 0.5);
    expect(right).toBeLessThanOrEqual(500 - 84 + 0.5);
    expect(bottom).toBeLessThanOrEqual(460 - 12 + 0.5);
    // The next snap level would not fit: this is the largest zoom that does.
    const tighter = fitLeafletView(bounds, 500, 460, padding, { ...LIMITS, min: view.zoom + 0.25 });
    const [l2] = tighter.toScreen([bounds.north, bounds.west]);
    const [r2] = tighter.toScreen([bounds.south, bounds.east]);
    const [, t2] = tighter.toScreen([bounds.north, bounds.west]);
    const [, b2] = tighter.toScreen([bounds.south, bounds.east]);
    expect(r2 - l2 > 500 - 96 || b2 - t2 > 460 - 24).toBe(true);
  });

  it('centres the bounds in the box less the padding', () => {
    const view = fitLeafletView(bounds, 600, 400, NO_PADDING, LIMITS);
    const [left, top] = view.toScreen([bounds.north, bounds.west]);
    const [right, bottom] = view.toScreen([bounds.south, bounds.east]);
    expect((left + right) / 2).toBeCloseTo(300, 0);
    expect((top + bottom) / 2).toBeCloseTo(200, 0);
    const shifted = fitLeafletView(bounds, 600, 400, { paddingTopLeft: [0, 0], paddingBottomRight: [100, 0] }, LIMITS);
    const [l, ] = shifted.toScreen([bounds.north, bounds.west]);
    const [r, ] = shifted.toScreen([bounds.south, bounds.east]);
    expect((l + r) / 2).toBeCloseTo(250, 0);
  });

  it('keeps to the zoom limits', () => {
    expect(fitLeafletView({ south: -80, west: -179, north: 80, east: 179 }, 300, 200, NO_PADDING, LIMITS).zoom).toBe(2);
    expect(fitLeafletView({ south: 22.3, west: 114.1, north: 22.30001, east: 114.10001 }, 300, 200, NO_PADDING, LIMITS).zoom).toBe(14);
  });
});

describe('SVG paths', () => {
  const toScreen = ([lat, lon]: readonly [number, number]): [number, number] => [lon, -lat];
  it('draws a line through the points, to a tenth of a pixel', () => {
    expect(linePath([[1, 2], [3.04, 4.26]], toScreen)).toBe('M2.0,-1.0L4.3,-3.0');
  });
  it('closes every ring of every polygon', () => {
    const d = multiPolygonPath([[[[0, 0], [1, 0], [1, 1]]], [[[5, 5], [6, 5], [6, 6]]]], toScreen);
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d.match(/Z/g)).toHaveLength(2);
    expect(d.startsWith('M0.0,0.0L1.0,0.0L1.0,-1.0Z')).toBe(true);
  });
});
