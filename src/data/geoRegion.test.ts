import { computeCentreLongitude, computeMissionRegion, normaliseLongitude, unwrapLongitude } from './geoRegion';

const HONG_KONG = { lat: 22.32, lon: 114.17 };
const LIMA = { lat: -12.04, lon: -77.03 };
const SANTIAGO = { lat: -33.46, lon: -70.65 };
const VALPARAISO = { lat: -33.04, lon: -71.63 };

describe('unwrapLongitude', () => {
  it('moves a longitude by whole turns into the window around the centre', () => {
    expect(unwrapLongitude(114, -158)).toBe(-246);
    expect(unwrapLongitude(-77, -158)).toBe(-77);
    expect(unwrapLongitude(-170, 92)).toBe(190);
    expect(unwrapLongitude(10, 0)).toBe(10);
    // The window is half-open: its west edge is in, its east edge is the next turn's west edge.
    expect(unwrapLongitude(22, -158)).toBe(-338);
    expect(unwrapLongitude(-338, -158)).toBe(-338);
  });

  it('brings any longitude back to [-180, 180) when normalised', () => {
    expect(normaliseLongitude(190)).toBe(-170);
    expect(normaliseLongitude(-246)).toBe(114);
    expect(normaliseLongitude(180)).toBe(-180);
  });
});

describe('computeCentreLongitude', () => {
  it('centres a mission east of Greenwich between its extreme places', () => {
    // Hong Kong to Tashkent and Astana.
    expect(computeCentreLongitude([114.17, 69.24, 71.45])).toBe(92);
  });

  it('centres a mission west of Greenwich', () => {
    expect(computeCentreLongitude([-74.0, -122.4, -87.6])).toBe(-98);
  });

  it('centres Hong Kong to Lima, Santiago and Valparaíso over the Pacific, not over Africa', () => {
    const centre = computeCentreLongitude([HONG_KONG.lon, LIMA.lon, SANTIAGO.lon, VALPARAISO.lon]);
    expect(centre).toBe(-158);
    // Every place within 90° of it: the legs cross the antimeridian, not the far side of the Earth.
    for (const lon of [HONG_KONG.lon, LIMA.lon, SANTIAGO.lon]) expect(Math.abs(unwrapLongitude(lon, centre) - centre)).toBeLessThan(90);
  });

  it('centres places on both sides of the antimeridian between them', () => {
    // Auckland and Suva (east of 180) and Apia (west of it).
    expect(computeCentreLongitude([174.76, 178.44, -171.76])).toBe(-178);
  });

  it('rounds to a whole degree, so a small correction to a place leaves the base map as it is', () => {
    expect(computeCentreLongitude([4.35, 4.4, 3.72, 114.17])).toBe(59);
    expect(computeCentreLongitude([4.36, 4.41, 3.7, 114.16])).toBe(59);
    expect(Object.is(computeCentreLongitude([-0.2, 0.2]), 0)).toBe(true);
  });

  it('refuses an empty list', () => {
    expect(() => computeCentreLongitude([])).toThrow(RangeError);
  });
});

describe('computeMissionRegion', () => {
  it('boxes a Pacific mission in unwrapped degrees, east and west of the antimeridian, south of the equator', () => {
    const { centreLon, places, box } = computeMissionRegion([HONG_KONG, LIMA, SANTIAGO, VALPARAISO], { lon: 10, lat: 5 });
    expect(centreLon).toBe(-158);
    expect(places.west).toBeCloseTo(114.17 - 360, 6);
    expect(places.east).toBeCloseTo(-70.65, 6);
    expect(places.south).toBe(-33.46);
    expect(places.north).toBe(22.32);
    expect(box.west).toBeCloseTo(114.17 - 360 - 10, 6);
    expect(box.east).toBeCloseTo(-60.65, 6);
    expect(box.south).toBeCloseTo(-38.46, 6);
    expect(box.north).toBeCloseTo(27.32, 6);
    expect(box.west).toBeLessThan(-180);
  });

  it('goes past 180 east for a mission whose window is centred in Asia', () => {
    const { box } = computeMissionRegion([HONG_KONG, { lat: 64.7, lon: 177.5 }, { lat: 66, lon: -169.8 }], { lon: 5, lat: 5 });
    expect(box.east).toBeCloseTo(190.2 + 5, 6);
  });

  it('stops at the latitudes Web Mercator can draw', () => {
    const { box } = computeMissionRegion([{ lat: 78.2, lon: 15.6 }, { lat: -77.8, lon: 166.7 }], { lon: 10, lat: 25 });
    expect(box.north).toBe(85);
    expect(box.south).toBe(-85);
  });

  it('takes the mission’s centre when given, so extra points (a country’s corners) share the places’ window', () => {
    const region = computeMissionRegion([HONG_KONG, LIMA, { lat: -56, lon: -68 }], { lon: 0, lat: 0 }, -158);
    expect(region.centreLon).toBe(-158);
    expect(region.places.south).toBe(-56);
  });
});
