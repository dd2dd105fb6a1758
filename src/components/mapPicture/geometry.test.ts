import { geoDistance, geoInterpolate } from 'd3-geo';
import fc from 'fast-check';
import {
  computeArcArrow,
  computeBounds,
  computeGreatCircleArc,
  computeLabelSide,
  computeRingsBounds,
  computeRouteLegs,
  computeScreenBearing,
  greatCircleInterpolate,
  groupVenuesByPosition,
  unionBounds,
  type LatLon,
} from './geometry';

const HONG_KONG: LatLon = [22.3193, 114.1694];
const ASTANA: LatLon = [51.1694, 71.4491];
const TASHKENT: LatLon = [41.2995, 69.2401];
const rad = (p: LatLon): [number, number] => [p[1], p[0]];

describe('computeGreatCircleArc', () => {
  const arc = computeGreatCircleArc(HONG_KONG, ASTANA, 40);

  it('starts and ends exactly at the two cities', () => {
    expect(arc).toHaveLength(41);
    expect(arc[0]).toEqual(HONG_KONG);
    expect(arc[arc.length - 1]).toEqual(ASTANA);
  });

  it('puts every point on the great circle: the two partial distances add up to the whole', () => {
    const whole = geoDistance(rad(HONG_KONG), rad(ASTANA));
    for (const p of arc) {
      expect(geoDistance(rad(HONG_KONG), rad(p)) + geoDistance(rad(p), rad(ASTANA))).toBeCloseTo(whole, 9);
    }
  });

  it('spaces the points evenly along the arc', () => {
    const step = geoDistance(rad(arc[0]!), rad(arc[1]!));
    for (let i = 1; i < arc.length; i++) expect(geoDistance(rad(arc[i - 1]!), rad(arc[i]!))).toBeCloseTo(step, 9);
  });

  it('bows towards the pole compared with a straight line in lat/lon (that is what makes it a curve)', () => {
    const middle = arc[20]!;
    expect(middle[0]).toBeGreaterThan((HONG_KONG[0] + ASTANA[0]) / 2 + 1);
  });

  it('refuses zero segments', () => {
    expect(() => computeGreatCircleArc(HONG_KONG, ASTANA, 0)).toThrow(RangeError);
  });
});

describe('computeBounds and unionBounds', () => {
  it('bound the route with padding', () => {
    expect(computeBounds([HONG_KONG, ASTANA, TASHKENT], 1)).toEqual({
      south: HONG_KONG[0] - 1,
      west: TASHKENT[1] - 1,
      north: ASTANA[0] + 1,
      east: HONG_KONG[1] + 1,
    });
  });

  it('contain every point of every leg', () => {
    const arcs = [computeGreatCircleArc(HONG_KONG, ASTANA), computeGreatCircleArc(TASHKENT, HONG_KONG)].flat();
    const b = computeBounds(arcs);
    for (const [lat, lon] of arcs) {
      expect(lat).toBeGreaterThanOrEqual(b.south);
      expect(lat).toBeLessThanOrEqual(b.north);
      expect(lon).toBeGreaterThanOrEqual(b.west);
      expect(lon).toBeLessThanOrEqual(b.east);
    }
    // Astana is the northernmost point of the route: the arcs bow north but not past it.
    expect(b.north).toBeCloseTo(ASTANA[0], 6);
  });

  it('join boxes, ignoring missing ones', () => {
    const joined = unionBounds([{ south: 0, west: 0, north: 1, east: 1 }, null, { south: -1, west: 2, north: 3, east: 4 }]);
    expect(joined).toEqual({ south: -1, west: 0, north: 3, east: 4 });
    expect(() => unionBounds([null])).toThrow(RangeError);
    expect(() => computeBounds([])).toThrow(RangeError);
  });

  it('bound GeoJSON rings given as [lon, lat]', () => {
    expect(computeRingsBounds([[[[10, 20], [12, 25], [11, 21], [10, 20]]]])).toEqual({ south: 20, west: 10, north: 25, east: 12 });
    expect(computeRingsBounds([])).toBeNull();
  });
});

describe('direction of the legs', () => {
  it('reads north as 0°, east as 90°, south as 180°, west as 270°', () => {
    expect(computeScreenBearing([0, 0], [1, 0])).toBeCloseTo(0, 6);
    expect(computeScreenBearing([0, 0], [0, 1])).toBeCloseTo(90, 6);
    expect(computeScreenBearing([1, 0], [0, 0])).toBeCloseTo(180, 6);
    expect(computeScreenBearing([0, 1], [0, 0])).toBeCloseTo(270, 6);
  });

  it('points the arrow from Hong Kong towards Astana (north-west) and back the other way', () => {
    const out = computeArcArrow(computeGreatCircleArc(HONG_KONG, ASTANA));
    const back = computeArcArrow(computeGreatCircleArc(ASTANA, HONG_KONG));
    expect(out.rotation).toBeGreaterThan(270);
    expect(out.rotation).toBeLessThan(360);
    expect(back.rotation).toBeGreaterThan(90);
    expect(back.rotation).toBeLessThan(180);
    expect(Math.abs(((out.rotation - back.rotation + 360) % 360) - 180)).toBeLessThan(1);
  });

  it('places the arrow on the arc, between its ends', () => {
    const arc = computeGreatCircleArc(ASTANA, TASHKENT);
    const { position, rotation } = computeArcArrow(arc, 0.5);
    expect(position[0]).toBeLessThan(ASTANA[0]);
    expect(position[0]).toBeGreaterThan(TASHKENT[0]);
    // Astana to Tashkent runs roughly south-south-west.
    expect(rotation).toBeGreaterThan(180);
    expect(rotation).toBeLessThan(200);
  });

  it('hangs labels on the side of the line away from the middle of the route', () => {
    const arc = computeGreatCircleArc(ASTANA, TASHKENT);
    expect(computeLabelSide(arc, 0.5, [40, 90]).side).toBe('left');
    expect(computeLabelSide(arc, 0.5, [40, 50]).side).toBe('right');
    const returnLeg = computeGreatCircleArc(TASHKENT, HONG_KONG);
    expect(computeLabelSide(returnLeg, 0.5, [45, 88]).side).toBe('bottom');
  });
});

describe('computeRouteLegs', () => {
  const days = [
    { date: '2026-06-01', place: 'astana' },
    { date: '2026-05-31', place: 'astana' },
    { date: '2026-06-03', place: 'tashkent' },
    { date: '2026-06-04', place: 'tashkent' },
  ];

  it('goes out from home, follows each change of city by date, and returns home without a date', () => {
    expect(computeRouteLegs(days, 'hong-kong')).toEqual([
      { id: 'hong-kong--astana', from: 'hong-kong', to: 'astana', date: '2026-05-31' },
      { id: 'astana--tashkent', from: 'astana', to: 'tashkent', date: '2026-06-03' },
      { id: 'tashkent--hong-kong', from: 'tashkent', to: 'hong-kong', date: null },
    ]);
  });

  it('does not mutate the days it is given', () => {
    const copy = structuredClone(days);
    computeRouteLegs(days, 'hong-kong');
    expect(days).toEqual(copy);
  });

  it('has no legs for a trip that never leaves home', () => {
    expect(computeRouteLegs([{ date: '2026-01-01', place: 'hong-kong' }], 'hong-kong')).toEqual([]);
  });
});

describe('groupVenuesByPosition', () => {
  it('merges venues that share coordinates into one marker', () => {
    const groups = groupVenuesByPosition([
      { id: 'aifc', lat: 51.0886, lon: 71.4156 },
      { id: 'aix', lat: 51.0886, lon: 71.4156 },
      { id: 'hub', lat: 51.0893, lon: 71.4108 },
    ]);
    expect(groups.map((g) => g.venueIds)).toEqual([['aifc', 'aix'], ['hub']]);
    expect(groups[0]!.key).toBe('aifc+aix');
  });
});

describe('greatCircleInterpolate', () => {
  it('gives the points d3-geo’s geoInterpolate gives, on any two places and fraction', () => {
    const lonLat = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }));
    fc.assert(
      fc.property(lonLat, lonLat, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, t) => {
        const ours = greatCircleInterpolate(a, b)(t);
        const d3 = geoInterpolate(a, b)(t);
        expect(ours[0]).toBeCloseTo(d3[0], 9);
        expect(ours[1]).toBeCloseTo(d3[1], 9);
      }),
      { seed: 16, numRuns: 500 },
    );
    // Hong Kong to Astana, half way: over western China.
    const [lon, lat] = greatCircleInterpolate([114.17, 22.32], [71.45, 51.17])(0.5);
    expect(lon).toBeCloseTo(geoInterpolate([114.17, 22.32], [71.45, 51.17])(0.5)[0], 12);
    expect(lat).toBeGreaterThan(22.32);
  });
});
