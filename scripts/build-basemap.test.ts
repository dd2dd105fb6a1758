import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Position } from 'geojson';
import { isBasemap, type Basemap, type BasemapFeature } from '../src/data/basemap';
import { unwrapLongitude, type GeoPoint } from '../src/data/geoRegion';
import { buildBasemap, renderBasemap } from './build-basemap';
import { ringBox, unionBoxes, type Box } from './basemapGeometry';

const root = resolve(__dirname, '..');

function missionInput(dir: string) {
  const { trip } = JSON.parse(readFileSync(resolve(root, dir, 'trip.json'), 'utf8')) as { trip: { countries: { code: string; isoNumeric: string }[]; home: { isoNumeric: string } } };
  const { places } = JSON.parse(readFileSync(resolve(root, dir, 'places.json'), 'utf8')) as { places: (GeoPoint & { id: string; kind: string })[] };
  return { trip, places, input: { places, countryIds: trip.countries.map((c) => c.isoNumeric) } };
}

const rings = (f: BasemapFeature): Position[][] => f.geometry.coordinates.flatMap((polygon) => polygon);
const featureBox = (f: BasemapFeature): Box => unionBoxes(rings(f).map(ringBox));
const region = (map: Basemap, id: string) => map.features.find((f) => f.id === id && f.properties.detail === 'region');
const bboxOf = (map: Basemap): Box => {
  const [west, south, east, north] = map.bbox!;
  return { west, south, east, north };
};
const inside = (inner: Box, outer: Box) => inner.west >= outer.west && inner.east <= outer.east && inner.south >= outer.south && inner.north <= outer.north;

/** Ray casting on the outer rings: is the point on land in this base map? */
function onLand(map: Basemap, lon: number, lat: number): BasemapFeature | undefined {
  return map.features.find((f) =>
    f.geometry.coordinates.some(([outer]) => {
      let crossings = 0;
      for (let i = 0, j = outer!.length - 1; i < outer!.length; j = i++) {
        const [xi, yi] = outer![i]!;
        const [xj, yj] = outer![j]!;
        if (yi! > lat !== yj! > lat && lon < ((xj! - xi!) * (lat - yi!)) / (yj! - yi!) + xi!) crossings++;
      }
      return crossings % 2 === 1;
    }),
  );
}

describe('the base map of a mission across the Pacific (Hong Kong to Lima, Santiago, Valparaíso)', () => {
  const { places, input } = missionInput('tests/fixtures/missions/pacific');
  const { basemap, missing } = buildBasemap(input);

  it('is centred over the Pacific, with home and the visited countries on one continuous side', () => {
    expect(missing).toEqual([]);
    expect(isBasemap(basemap)).toBe(true);
    expect(basemap.centreLon).toBe(-158);
    // Hong Kong lies west of the route's start, Peru and Chile east: no shape crosses the middle of the Pacific.
    const hongKong = featureBox(region(basemap, '344')!);
    const peru = featureBox(region(basemap, '604')!);
    const chile = featureBox(region(basemap, '152')!);
    expect(hongKong.west).toBeGreaterThan(-250);
    expect(hongKong.east).toBeLessThan(-245);
    expect(peru.west).toBeGreaterThan(-82);
    expect(peru.east).toBeLessThan(-68);
    // Chile's mainland, the whole length of it, and its islands near the coast.
    expect(chile.south).toBeLessThan(-55);
    expect(chile.north).toBeGreaterThan(-18);
  });

  it('holds every place and the visited countries whole inside the detailed region, south of the equator too', () => {
    const bbox = bboxOf(basemap);
    for (const p of places) {
      const lon = unwrapLongitude(p.lon, basemap.centreLon!);
      expect(lon, p.id).toBeGreaterThan(bbox.west);
      expect(lon, p.id).toBeLessThan(bbox.east);
      expect(p.lat, p.id).toBeGreaterThan(bbox.south);
      expect(p.lat, p.id).toBeLessThan(bbox.north);
    }
    for (const id of ['604', '152']) {
      const mainland = ringBox(region(basemap, id)!.geometry.coordinates.reduce((a, b) => (b[0]!.length > a[0]!.length ? b : a))[0]!);
      expect(inside(mainland, bbox), id).toBe(true);
    }
    // Lima lies on Peru's land, Hong Kong on its own.
    expect(onLand(basemap, unwrapLongitude(-77.03, -158), -12.05)?.id).toBe('604');
    expect(onLand(basemap, unwrapLongitude(-70.65, -158), -33.46)?.id).toBe('152');
  });

  it('has land wherever there is land in the whole window, coarse beyond the region', () => {
    // Madrid, Nairobi and Moscow are outside the detailed region: the world layer draws them.
    for (const [name, lon, lat] of [
      ['Madrid', -3.7, 40.4],
      ['Nairobi', 36.8, -1.3],
      ['Moscow', 37.6, 55.8],
      ['Denver', -105, 39.7],
      ['Sydney', 151.2, -33.9],
      ['the South Pole plateau', 0, -80],
    ] as const) {
      const feature = onLand(basemap, unwrapLongitude(lon, basemap.centreLon!), lat);
      expect(feature, name).toBeDefined();
    }
    expect(onLand(basemap, unwrapLongitude(-3.7, -158), 40.4)?.properties.detail).toBe('world');
    // Mid-ocean stays sea.
    expect(onLand(basemap, unwrapLongitude(-140, -158), -30)).toBeUndefined();
  });

  it('keeps each shape in one layer: nothing coarse inside the detailed region', () => {
    const bbox = bboxOf(basemap);
    for (const feature of basemap.features.filter((f) => f.properties.detail === 'world')) {
      for (const [outer] of feature.geometry.coordinates) {
        const box = ringBox(outer!);
        const overlaps = box.west <= bbox.east && bbox.west <= box.east && box.south <= bbox.north && bbox.south <= box.north;
        expect(overlaps, `${feature.properties.name} at ${JSON.stringify(box)}`).toBe(false);
      }
    }
    // The detailed shapes come first, so a look-up by id meets the visited country's own.
    const firstWorld = basemap.features.findIndex((f) => f.properties.detail === 'world');
    expect(basemap.features.slice(firstWorld).every((f) => f.properties.detail === 'world')).toBe(true);
  });
});

describe('the base map of a compact mission (Brussels, Antwerp, Ghent)', () => {
  const { input } = missionInput('tests/fixtures/missions/compact');
  const { basemap } = buildBasemap(input);

  it('draws Belgium in detail, west of 5°E, with the route to Hong Kong in the region', () => {
    const belgium = region(basemap, '056');
    expect(belgium).toBeDefined();
    const box = featureBox(belgium!);
    expect(box.west).toBeCloseTo(2.5, 0);
    expect(box.east).toBeCloseTo(6.4, 0);
    const bbox = bboxOf(basemap);
    expect(bbox.west).toBeLessThan(2.5 - 20);
    expect(bbox.east).toBeGreaterThan(114.2 + 20);
    expect(onLand(basemap, 3.72, 51.05)?.id).toBe('056');
  });
});

describe('the base map of this mission', () => {
  const { input } = missionInput('data');

  it('frames Kazakhstan and Uzbekistan whole and keeps Hong Kong’s own shape, in a file of the same order as before', () => {
    const text = renderBasemap(buildBasemap(input).basemap);
    const basemap = JSON.parse(text) as Basemap;
    const bbox = bboxOf(basemap);
    for (const id of ['398', '860', '344']) expect(inside(featureBox(region(basemap, id)!), bbox), id).toBe(true);
    expect(Buffer.byteLength(text)).toBeLessThan(170_000);
    expect(gzipSync(text, { level: 9 }).length).toBeLessThan(50_000);
  });
});

describe('a country the shapes do not know', () => {
  it('is reported, not drawn', () => {
    const { input } = missionInput('tests/fixtures/missions/compact');
    expect(buildBasemap({ ...input, countryIds: ['056', '999'] }).missing).toEqual(['999']);
  });
});
