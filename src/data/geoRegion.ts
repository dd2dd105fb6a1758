/**
 * Where on Earth a mission is, in plain numbers: the one definition the base-map build (scripts/)
 * and every map renderer share. A mission may straddle the antimeridian (from East Asia over the
 * Pacific to South America), so longitudes are not taken as they come: every place is moved by whole
 * turns (±360°) into one continuous window centred on the mission, and everything drawn uses that window.
 */

export interface GeoPoint {
  lat: number;
  lon: number;
}

/** A box in unwrapped degrees: `east` may pass 180 and `west` may pass -180 (east > west always). */
export interface GeoBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface MissionRegion {
  /** The middle of the smallest span of longitudes holding every place, in [-180, 180). */
  centreLon: number;
  /** The places' own box, unwrapped around centreLon. */
  places: GeoBox;
  /** The places' box with the margin: the detailed base map covers at least this. */
  box: GeoBox;
}

/** `lon` moved by whole turns into [centreLon - 180, centreLon + 180). */
export function unwrapLongitude(lon: number, centreLon: number): number {
  const shifted = (((lon - centreLon + 180) % 360) + 360) % 360;
  return centreLon - 180 + shifted;
}

/** `lon` back into [-180, 180), for data and display. */
export function normaliseLongitude(lon: number): number {
  return unwrapLongitude(lon, 0);
}

/**
 * The centre of the smallest arc of longitudes that holds them all: the opposite of the widest
 * empty gap between neighbouring longitudes around the circle. Rounded to a whole degree, so a
 * corrected coordinate or a new venue does not move every shape in the base map by a hair (and the
 * build and the app, each computing it from the same places, agree exactly).
 */
export function computeCentreLongitude(lons: readonly number[]): number {
  if (lons.length === 0) throw new RangeError('no places to centre on');
  const sorted = lons.map(normaliseLongitude).sort((a, b) => a - b);
  let widestGap = -1;
  let gapEnd = sorted[0]!;
  for (let i = 0; i < sorted.length; i++) {
    const from = sorted[i]!;
    const to = i + 1 < sorted.length ? sorted[i + 1]! : sorted[0]! + 360;
    if (to - from > widestGap) {
      widestGap = to - from;
      gapEnd = to;
    }
  }
  // The covered arc starts where the widest gap ends and spans 360 - gap.
  const start = gapEnd;
  // `+ 0` turns -0 into 0.
  return normaliseLongitude(Math.round(start + (360 - widestGap) / 2)) + 0;
}

/** Default margin in degrees around the places: wider than any view of the route shows at any size. */
export const REGION_MARGIN = { lon: 40, lat: 25 } as const;

/**
 * The region a mission's places call for, centred so that no leg is cut by the antimeridian.
 * `centreLon` defaults to the points' own centre; pass the mission's when the points also hold
 * other things (corners of the visited countries), so everything shares the places' window.
 */
export function computeMissionRegion(
  points: readonly GeoPoint[],
  margin: { lon: number; lat: number } = REGION_MARGIN,
  centreLon: number = computeCentreLongitude(points.map((p) => p.lon)),
): MissionRegion {
  const lons = points.map((p) => unwrapLongitude(p.lon, centreLon));
  const lats = points.map((p) => p.lat);
  const places: GeoBox = { west: Math.min(...lons), east: Math.max(...lons), south: Math.min(...lats), north: Math.max(...lats) };
  const box: GeoBox = {
    west: places.west - margin.lon,
    east: places.east + margin.lon,
    // Web Mercator stops at ±85.05°; nothing beyond it can be drawn.
    south: Math.max(-85, places.south - margin.lat),
    north: Math.min(85, places.north + margin.lat),
  };
  return { centreLon, places, box };
}
