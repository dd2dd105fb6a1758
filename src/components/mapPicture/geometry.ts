/**
 * The map's math as pure functions, plain numbers out, shared by every map renderer. Great circles are a few
 * lines of spherical interpolation (d3-geo's geoInterpolate, without loading d3-geo with the map).
 * Positions are [lat, lon] tuples, the order Leaflet takes, so the output goes straight to <Polyline>.
 */
import { unwrapLongitude } from '../../data/geoRegion';
import type { Place } from '../../data/schema';

export type LatLon = readonly [lat: number, lon: number];

export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

const RADIANS = Math.PI / 180;
const DEGREES = 180 / Math.PI;

/**
 * The point a fraction `t` along the great circle from `a` to `b` ([lon, lat] in degrees), as
 * d3-geo's geoInterpolate computes it: the haversine distance, then a spherical linear interpolation.
 */
export function greatCircleInterpolate(a: readonly [number, number], b: readonly [number, number]): (t: number) => [number, number] {
  const [x0, y0] = [a[0] * RADIANS, a[1] * RADIANS];
  const [x1, y1] = [b[0] * RADIANS, b[1] * RADIANS];
  const cy0 = Math.cos(y0);
  const cy1 = Math.cos(y1);
  const kx0 = cy0 * Math.cos(x0);
  const ky0 = cy0 * Math.sin(x0);
  const kx1 = cy1 * Math.cos(x1);
  const ky1 = cy1 * Math.sin(x1);
  const haversin = (x: number) => (x = Math.sin(x / 2)) * x;
  const d = 2 * Math.asin(Math.min(1, Math.sqrt(haversin(y1 - y0) + cy0 * cy1 * haversin(x1 - x0))));
  const k = Math.sin(d);
  if (!d) return () => [x0 * DEGREES, y0 * DEGREES];
  return (t) => {
    const B = Math.sin((t *= d)) / k;
    const A = Math.sin(d - t) / k;
    const x = A * kx0 + B * kx1;
    const y = A * ky0 + B * ky1;
    const z = A * Math.sin(y0) + B * Math.sin(y1);
    return [Math.atan2(y, x) * DEGREES, Math.atan2(z, Math.sqrt(x * x + y * y)) * DEGREES];
  };
}

/**
 * Points along the great circle from `from` to `to`, both ends included and exact. The longitudes
 * run on without a jump: each point is moved by whole turns next to the one before, so a leg over
 * the antimeridian (from 114° east to 77° west, unwrapped to 283°) is one continuous line.
 */
export function computeGreatCircleArc(from: LatLon, to: LatLon, segments = 48): LatLon[] {
  if (segments < 1) throw new RangeError('an arc needs at least one segment');
  const interpolate = greatCircleInterpolate([from[1], from[0]], [to[1], to[0]]);
  const points: LatLon[] = [from];
  let previous = from[1];
  for (let i = 1; i < segments; i++) {
    const [lon, lat] = interpolate(i / segments);
    previous = unwrapLongitude(lon, previous);
    points.push([lat, previous]);
  }
  points.push(to);
  return points;
}

/** The box around some points, widened by `pad` degrees on every side. */
export function computeBounds(points: readonly LatLon[], pad = 0): Bounds {
  if (points.length === 0) throw new RangeError('no points to bound');
  let south = Infinity;
  let west = Infinity;
  let north = -Infinity;
  let east = -Infinity;
  for (const [lat, lon] of points) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
  }
  return { south: south - pad, west: west - pad, north: north + pad, east: east + pad };
}

/** Web Mercator northing in radians: the y Leaflet's default CRS draws. */
function mercatorY(lat: number): number {
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return Math.log(Math.tan(Math.PI / 4 + phi / 2));
}

/**
 * The direction of travel from a to b as drawn on a Web Mercator map, in degrees clockwise from
 * "up". Mercator is conformal, so over a short step this is the on-screen angle of the line.
 */
export function computeScreenBearing(a: LatLon, b: LatLon): number {
  const dx = ((b[1] - a[1]) * Math.PI) / 180;
  const dy = mercatorY(b[0]) - mercatorY(a[0]);
  const degrees = (Math.atan2(dx, dy) * 180) / Math.PI;
  return (degrees + 360) % 360;
}

export interface ArcArrow {
  position: LatLon;
  /** Degrees clockwise from up, for an arrow glyph that points up. */
  rotation: number;
}

/** An arrowhead at fraction `at` along an arc, pointing the way the arc runs. */
export function computeArcArrow(arc: readonly LatLon[], at = 0.5): ArcArrow {
  if (arc.length < 2) throw new RangeError('an arrow needs an arc of two points or more');
  const index = Math.min(arc.length - 2, Math.max(0, Math.round(at * (arc.length - 1))));
  const a = arc[index]!;
  const b = arc[index + 1]!;
  return { position: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], rotation: computeScreenBearing(a, b) };
}

export interface RouteLeg {
  id: string;
  from: string;
  to: string;
  /** The day the delegation reached `to`; null when the reports give no date (the return flight). */
  date: string | null;
}

/**
 * The legs of the trip from the itinerary: home to the first city, then each change of city from
 * one day to the next, then home again. The return has no date: no report gives one.
 */
export function computeRouteLegs(days: readonly { date: string; place: string }[], home: string): RouteLeg[] {
  const legs: RouteLeg[] = [];
  let current = home;
  for (const day of [...days].sort((a, b) => a.date.localeCompare(b.date))) {
    if (day.place === current) continue;
    legs.push({ id: `${current}--${day.place}`, from: current, to: day.place, date: day.date });
    current = day.place;
  }
  if (current !== home) legs.push({ id: `${current}--${home}`, from: current, to: home, date: null });
  return legs;
}

export function positionOf(place: Pick<Place, 'lat' | 'lon'>): LatLon {
  return [place.lat, place.lon];
}

export interface VenueGroup {
  /** Stable key: the ids joined. */
  key: string;
  position: LatLon;
  venueIds: string[];
}

/** Venues at the same coordinates (AIFC and AIX share a building) become one marker. */
export function groupVenuesByPosition(venues: readonly Pick<Place, 'id' | 'lat' | 'lon'>[]): VenueGroup[] {
  const groups = new Map<string, VenueGroup>();
  for (const venue of venues) {
    const at = `${venue.lat},${venue.lon}`;
    const group = groups.get(at);
    if (group) {
      group.venueIds.push(venue.id);
      group.key = group.venueIds.join('+');
    } else {
      groups.set(at, { key: venue.id, position: [venue.lat, venue.lon], venueIds: [venue.id] });
    }
  }
  return [...groups.values()];
}

/** The box around polygon rings given as GeoJSON [lon, lat] positions. */
export function computeRingsBounds(polygons: readonly (readonly (readonly (readonly number[])[])[])[]): Bounds | null {
  const points: LatLon[] = [];
  for (const polygon of polygons) for (const ring of polygon) for (const p of ring) points.push([p[1]!, p[0]!]);
  return points.length > 0 ? computeBounds(points) : null;
}

export function unionBounds(boxes: readonly (Bounds | null)[]): Bounds {
  const present = boxes.filter((b): b is Bounds => b !== null);
  if (present.length === 0) throw new RangeError('no bounds to join');
  return {
    south: Math.min(...present.map((b) => b.south)),
    west: Math.min(...present.map((b) => b.west)),
    north: Math.max(...present.map((b) => b.north)),
    east: Math.max(...present.map((b) => b.east)),
  };
}

export type LabelSide = 'top' | 'bottom' | 'left' | 'right';

/**
 * Where to hang a leg's label: at fraction `at` along the arc, on the side of the line that faces
 * away from `centre` (the middle of the route), so the labels of legs fanning out from one city
 * part instead of colliding. Worked in Mercator screen space, like the arrows.
 */
export function computeLabelSide(arc: readonly LatLon[], at: number, centre: LatLon): { position: LatLon; side: LabelSide } {
  const { position, rotation } = computeArcArrow(arc, at);
  const radians = (rotation * Math.PI) / 180;
  // Tangent (east, north) and one of its normals.
  let nx = Math.cos(radians);
  let ny = -Math.sin(radians);
  const vx = ((position[1] - centre[1]) * Math.PI) / 180;
  const vy = mercatorY(position[0]) - mercatorY(centre[0]);
  if (nx * vx + ny * vy < 0) {
    nx = -nx;
    ny = -ny;
  }
  const side: LabelSide = Math.abs(nx) > Math.abs(ny) ? (nx > 0 ? 'right' : 'left') : ny > 0 ? 'top' : 'bottom';
  return { position, side };
}
