import { computePanningBox, isBasemap, type Basemap, type BasemapFeature } from './basemap';

const square = (x0: number, y0: number, size: number) => [
  [x0, y0],
  [x0 + size, y0],
  [x0 + size, y0 + size],
  [x0, y0 + size],
  [x0, y0],
];
const shape = (id: string, detail: 'region' | 'world', x0: number): BasemapFeature => ({
  type: 'Feature',
  id,
  properties: { name: `Country ${id}`, detail },
  geometry: { type: 'MultiPolygon', coordinates: [[square(x0, 0, 2)]] },
});

describe('isBasemap', () => {
  it('accepts country shapes as the build writes them', () => {
    const map: Basemap = { type: 'FeatureCollection', bbox: [-276, -74, -37, 42], centreLon: -158, features: [shape('604', 'region', -77), shape('724', 'world', -364)] };
    expect(isBasemap(map)).toBe(true);
  });

  it('rejects files that are not a base map', () => {
    expect(isBasemap(null)).toBe(false);
    expect(isBasemap({ type: 'FeatureCollection', features: [{ id: 1, geometry: { type: 'Polygon' } }] })).toBe(false);
  });
});

describe('computePanningBox', () => {
  it('is the whole window around the mission when the file has a world layer', () => {
    const map: Basemap = { type: 'FeatureCollection', bbox: [-276, -74, -37, 42], centreLon: -158, features: [shape('604', 'region', -77), shape('724', 'world', -364)] };
    expect(computePanningBox(map)).toEqual([-338, -85, 22, 85]);
  });

  it('is the detailed box of an older file with no world layer', () => {
    const map: Basemap = { type: 'FeatureCollection', bbox: [5, -12, 180, 85], features: [shape('398', 'region', 70)] };
    expect(computePanningBox(map)).toEqual([5, -12, 180, 85]);
    expect(computePanningBox({ ...map, bbox: undefined })).toBeNull();
  });
});
