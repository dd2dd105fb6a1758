import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { clipRingToBox, isBasemap, unwrapRing, quantizeRing, ringArea2, simplifyLine, trimBasemap, trimCountry, type Box } from './basemapTrim';

const box: Box = { west: 0, south: 0, east: 10, north: 10 };
const square = (x0: number, y0: number, size: number) => [
  [x0, y0],
  [x0 + size, y0],
  [x0 + size, y0 + size],
  [x0, y0 + size],
  [x0, y0],
];

describe('clipRingToBox', () => {
  it('keeps a ring that lies inside', () => {
    expect(clipRingToBox(square(2, 2, 3), box)).toEqual(square(2, 2, 3));
  });

  it('drops a ring that lies outside', () => {
    expect(clipRingToBox(square(20, 20, 3), box)).toEqual([]);
  });

  it('cuts a ring that crosses the box to the part inside, closed', () => {
    const clipped = clipRingToBox(square(8, 8, 4), box);
    expect(clipped[0]).toEqual(clipped[clipped.length - 1]);
    expect(Math.abs(ringArea2(clipped)) / 2).toBeCloseTo(4, 9);
    for (const [x, y] of clipped) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(10);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(10);
    }
  });
});

describe('quantizeRing', () => {
  it('rounds to the grid and drops repeated points', () => {
    const ring = [
      [0.001, 0.002],
      [1.004, 0.001],
      [1.0049, 0.0],
      [1.0, 1.003],
      [0.0, 1.0],
      [0.001, 0.002],
    ];
    expect(quantizeRing(ring, 0.01)).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ]);
  });

  it('drops rings that collapse or are smaller than the minimum area', () => {
    expect(quantizeRing(square(0, 0, 0.001), 0.01)).toEqual([]);
    expect(quantizeRing(square(0, 0, 0.1), 0.01, 0.05)).toEqual([]);
    expect(quantizeRing(square(0, 0, 0.1), 0.01, 0.01)).toHaveLength(5);
  });
});

describe('simplifyLine', () => {
  it('keeps both ends and the corners, and drops points within the tolerance', () => {
    const line = [
      [0, 0],
      [1, 0.01],
      [2, -0.01],
      [3, 0],
      [3, 3],
    ];
    expect(simplifyLine(line, 0.05)).toEqual([
      [0, 0],
      [3, 0],
      [3, 3],
    ]);
    expect(simplifyLine(line, 0.001)).toEqual(line);
  });
});

describe('trimCountry and trimBasemap', () => {
  const options = { box, step: 0.01, minArea2: 0 };
  const country = (id: string, geometry: Polygon | MultiPolygon): Feature<Polygon | MultiPolygon, { name: string }> & { id: string } => ({
    type: 'Feature',
    id,
    properties: { name: `Country ${id}` },
    geometry,
  });

  it('turns every country into a MultiPolygon with its id and name, leaving out countries outside the box', () => {
    const map = trimBasemap(
      {
        type: 'FeatureCollection',
        features: [
          country('398', { type: 'Polygon', coordinates: [square(1, 1, 2)] }),
          country('999', { type: 'Polygon', coordinates: [square(50, 50, 2)] }),
        ],
      },
      options,
    );
    expect(map.features).toHaveLength(1);
    // The clipping box travels with the file: the map limits panning to it.
    expect(map.bbox).toEqual([box.west, box.south, box.east, box.north]);
    expect(map.features[0]).toMatchObject({ id: '398', properties: { name: 'Country 398' }, geometry: { type: 'MultiPolygon' } });
    expect(isBasemap(map)).toBe(true);
  });

  it('keeps holes that fall inside', () => {
    const trimmed = trimCountry(country('1', { type: 'Polygon', coordinates: [square(1, 1, 6), square(3, 3, 1)] }), options);
    expect(trimmed?.geometry.coordinates[0]).toHaveLength(2);
  });

  it('rejects files that are not a base map', () => {
    expect(isBasemap(null)).toBe(false);
    expect(isBasemap({ type: 'FeatureCollection', features: [{ id: 1, geometry: { type: 'Polygon' } }] })).toBe(false);
  });
});

describe('unwrapRing', () => {
  it('makes a ring that crosses the antimeridian continuous, so clipping leaves no band across the map', () => {
    const ring = [
      [170, 60],
      [180, 60],
      [-175, 62],
      [-175, 66],
      [180, 66],
      [170, 66],
      [170, 60],
    ];
    expect(unwrapRing(ring).map((p) => p[0])).toEqual([170, 180, 185, 185, 180, 170, 170]);
    const clipped = clipRingToBox(unwrapRing(ring), { west: 5, south: 0, east: 180, north: 80 });
    expect(Math.min(...clipped.map((p) => p[0]!))).toBe(170);
  });
});
