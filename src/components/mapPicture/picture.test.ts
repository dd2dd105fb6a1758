import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeMapFit, computeMissionCentre, computePanLimits, NARROW_MAP, unwrapPlace } from './frame';
import { computeGreatCircleArc, computeRouteLegs, type LatLon } from './geometry';
import { rectsOverlap, type Rect } from './labels';
import { buildMapPicture, type MapPictureInput, type PictureLegInput } from './picture';

/** A fixture mission's cities and legs, read from its files (tests/fixtures/missions). */
function fixtureMission(name: string, lang: 'en' | 'zhHant', narrow = false) {
  const read = (file: string) => JSON.parse(readFileSync(`tests/fixtures/missions/${name}/${file}.json`, 'utf8'));
  const { places } = read('places') as { places: { id: string; kind: string; lat: number; lon: number; name: Record<string, string> }[] };
  const { trip } = read('trip') as { trip: { home: { place: string }; routes?: { from: string; to: string }[] } };
  const { days } = read('itinerary') as { days: { date: string; place: string }[] };
  const cityPlaces = places.filter((p) => p.kind === 'city');
  const centreLon = computeMissionCentre(cityPlaces);
  const cities = cityPlaces.map((p) => unwrapPlace(p, centreLon));
  const byId = new Map(cities.map((c) => [c.id, c]));
  const home = trip.home.place;
  const stops = new Set(days.map((d) => d.place));
  const legs: PictureLegInput[] = computeRouteLegs(days, home).map((leg) => {
    const from = byId.get(leg.from)!;
    const to = byId.get(leg.to)!;
    const city = to.name[lang]!;
    // A phone-sized map writes only the date on a leg (RouteLegs.tsx), and nothing on the return.
    const date = leg.date && (lang === 'en' ? `${Number(leg.date.slice(8))} Sep` : `${Number(leg.date.slice(5, 7))}月${Number(leg.date.slice(8))}日`);
    const label = narrow
      ? date
      : leg.date
      ? lang === 'en'
        ? `To ${city}, ${Number(leg.date.slice(8))} Sep`
        : `往${city}，${Number(leg.date.slice(5, 7))}月${Number(leg.date.slice(8))}日`
      : lang === 'en'
        ? `Return to ${city}`
        : `返回${city}`;
    return { id: leg.id, from: [from.lat, from.lon], to: [to.lat, to.lon], variant: 'trip', label, labelAt: 0.45 };
  });
  // The planned flight, labelled on its line as the live map does (none on a phone-sized map).
  const route = trip.routes?.[0];
  if (route) {
    const from = byId.get(route.from)!;
    const to = byId.get(route.to)!;
    const label = narrow ? null : lang === 'en' ? 'Direct flights from Q2 2032' : '2032年第二季起直航';
    legs.unshift({ id: 'planned', from: [from.lat, from.lon], to: [to.lat, to.lon], variant: 'planned', label, labelAt: 0.5, onLine: true });
  }
  const input: MapPictureInput = {
    basemap: null,
    basemapShift: 0,
    fit: computeMapFit(
      cities.map((c): LatLon => [c.lat, c.lon]),
      legs,
      [],
    ),
    cities: cities.map((c) => ({ id: c.id, name: c.name[lang]!, position: [c.lat, c.lon], stop: stops.has(c.id), home: c.id === home, dimmed: false })),
    legs,
    countries: [],
  };
  return { centreLon, input, byId };
}

/** The map's box in a 1440 × 900 window (beside the chart) and a 390 × 844 phone. */
const SIZES = [
  { name: '1440×900', width: 820, height: 520 },
  { name: '390×844', width: 324, height: 362 },
];
const MISSIONS = ['example', 'pacific', 'compact'];

const inside = (x: number, y: number, width: number, height: number) => x >= 0 && y >= 0 && x <= width && y <= height;

describe('the picture model frames a mission anywhere', () => {
  it('centres a mission over the Pacific between its ends, and unwraps the far side', () => {
    const { centreLon, byId } = fixtureMission('pacific', 'en');
    // Hong Kong (114°E) and Lima (77°W) in one window: the Pacific between them, not Asia and Africa.
    const lima = byId.get('lima')!;
    const hongKong = byId.get('hong-kong')!;
    expect(lima.lon - hongKong.lon).toBeGreaterThan(0);
    expect(lima.lon - hongKong.lon).toBeLessThan(180);
    expect(centreLon).toBeGreaterThan(hongKong.lon);
    expect(centreLon).toBeLessThan(lima.lon);
  });

  for (const mission of MISSIONS) {
    for (const size of SIZES) {
      it(`puts every city of ${mission} inside its first view at ${size.name}`, () => {
        const { input } = fixtureMission(mission, 'en');
        const picture = buildMapPicture(input, size);
        for (const place of picture.places) expect(inside(place.x, place.y, size.width, size.height), place.city.id).toBe(true);
        for (const city of input.cities) {
          const [x, y] = picture.view.toScreen(city.position);
          expect(inside(x, y, size.width, size.height), city.id).toBe(true);
        }
      });
    }
  }

  it('draws cities south of the equator below those north of it', () => {
    const { input } = fixtureMission('pacific', 'en');
    const picture = buildMapPicture(input, SIZES[0]!);
    const y = (id: string) => picture.places.find((p) => p.city.id === id)!.y;
    expect(y('santiago')).toBeGreaterThan(y('lima'));
    expect(y('lima')).toBeGreaterThan(y('hong-kong'));
  });

  it('draws the leg from Hong Kong to Lima as one continuous path, with no jump across the map', () => {
    const { input } = fixtureMission('pacific', 'en');
    const leg = input.legs.find((l) => l.id === 'hong-kong--lima')!;
    const arc = computeGreatCircleArc(leg.from, leg.to);
    for (let i = 1; i < arc.length; i++) expect(Math.abs(arc[i]![1] - arc[i - 1]![1])).toBeLessThan(10);
    const picture = buildMapPicture(input, SIZES[0]!);
    const d = picture.legs.find((l) => l.id === 'hong-kong--lima')!.d;
    const points = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(points.length).toBeGreaterThan(10);
    for (let i = 1; i < points.length; i++) expect(Math.abs(points[i]![0] - points[i - 1]![0])).toBeLessThan(SIZES[0]!.width / 4);
  });

  it('keeps the arrow of each leg on its path, inside the view', () => {
    const { input } = fixtureMission('pacific', 'en');
    const picture = buildMapPicture(input, SIZES[0]!);
    for (const leg of picture.legs) expect(inside(leg.arrow.x, leg.arrow.y, SIZES[0]!.width, SIZES[0]!.height), leg.id).toBe(true);
  });
});

describe('the one label placer', () => {
  for (const mission of MISSIONS) {
    for (const size of SIZES) {
      for (const lang of ['en', 'zhHant'] as const) {
        it(`leaves no label over a caption or a dot for ${mission} at ${size.name} in ${lang}`, () => {
          const { input } = fixtureMission(mission, lang, size.width < NARROW_MAP);
          const picture = buildMapPicture(input, size);
          const captions = picture.places.flatMap((p) => (p.caption ? [{ id: p.city.id, rect: p.caption as Rect }] : []));
          const dots = picture.places.map((p) => ({ id: p.city.id, rect: { left: p.x - p.dotSize / 2, top: p.y - p.dotSize / 2, width: p.dotSize, height: p.dotSize } }));
          const labels = picture.legs.flatMap((l) => (l.label ? [{ id: l.id, rect: l.label as Rect }] : []));
          expect(captions.length).toBeGreaterThan(0);
          // The long legs keep their labels (the first leg, from home, at least).
          expect(labels.length).toBeGreaterThan(0);
          for (const label of labels) {
            for (const caption of captions) expect(rectsOverlap(label.rect, caption.rect), `${label.id} over ${caption.id}`).toBe(false);
            for (const dot of dots) expect(rectsOverlap(label.rect, dot.rect), `${label.id} over the dot of ${dot.id}`).toBe(false);
          }
          for (const a of captions) {
            for (const b of captions) if (a !== b) expect(rectsOverlap(a.rect, b.rect), `${a.id} over ${b.id}`).toBe(false);
          }
          for (const a of labels) {
            for (const b of labels) if (a !== b) expect(rectsOverlap(a.rect, b.rect), `${a.id} over ${b.id}`).toBe(false);
          }
        });
      }
    }
  }

  it('labels the planned flight centred on its line, halfway, clear of the other labels', () => {
    for (const mission of MISSIONS) {
      const { input } = fixtureMission(mission, 'en');
      const picture = buildMapPicture(input, SIZES[0]!);
      const planned = picture.legs.find((l) => l.id === 'planned');
      expect(planned?.label?.text, mission).toBe('Direct flights from Q2 2032');
      const leg = input.legs.find((l) => l.id === 'planned')!;
      const path = computeGreatCircleArc(leg.from, leg.to).map((p) => picture.view.toScreen(p));
      const label = planned!.label!;
      const cx = label.left + label.width / 2;
      const cy = label.top + label.height / 2;
      // Its middle on the drawn line (within a pixel), about halfway along it.
      const toSegment = (a: readonly number[], b: readonly number[]) => {
        const [dx, dy] = [b[0]! - a[0]!, b[1]! - a[1]!];
        const t = Math.max(0, Math.min(1, ((cx - a[0]!) * dx + (cy - a[1]!) * dy) / (dx * dx + dy * dy || 1)));
        return Math.hypot(a[0]! + t * dx - cx, a[1]! + t * dy - cy);
      };
      const distances = path.slice(1).map((b, k) => toSegment(path[k]!, b));
      expect(Math.min(...distances), mission).toBeLessThan(1);
      const nearest = distances.indexOf(Math.min(...distances));
      expect(nearest / distances.length, mission).toBeGreaterThan(0.35);
      expect(nearest / distances.length, mission).toBeLessThan(0.65);
    }
  });

  it('moves a caption off a map control drawn over the map (the attribution, the scale bar)', () => {
    const { input } = fixtureMission('example', 'en');
    const plain = buildMapPicture(input, SIZES[0]!);
    const home = plain.places.find((p) => p.city.home)!;
    const control = { ...home.caption!, left: home.caption!.left - 2, width: home.caption!.width + 4 };
    const picture = buildMapPicture(input, { ...SIZES[0]!, obstacles: [control] });
    const moved = picture.places.find((p) => p.city.home)!.caption!;
    expect(rectsOverlap(moved, control)).toBe(false);
    expect(moved.side).not.toBe('right');
  });
});

describe('computePanLimits', () => {
  it('pans over the whole window around the mission when the base map has a world layer, south no further than its land, north to the Arctic sea', () => {
    const ring = (south: number, north: number) => [[[[0, south], [10, south], [10, north], [0, north], [0, south]]]];
    const basemap = {
      type: 'FeatureCollection' as const,
      centreLon: 92,
      bbox: [16, 2, 144, 75] as [number, number, number, number],
      features: [
        { type: 'Feature' as const, id: '010', properties: { name: 'south', detail: 'world' as const }, geometry: { type: 'MultiPolygon' as const, coordinates: ring(-81, -60) } },
        { type: 'Feature' as const, id: '304', properties: { name: 'north', detail: 'world' as const }, geometry: { type: 'MultiPolygon' as const, coordinates: ring(60, 83) } },
      ],
    };
    expect(computePanLimits(basemap, 92)).toEqual({ west: -88, east: 272, south: -81, north: 85 });
  });
});
