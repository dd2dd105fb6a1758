/**
 * Pure steps that turn Natural Earth country shapes into the small regional base map the app ships
 * (scripts/build-basemap.ts runs them). Kept here, beside the map, so the same types describe the
 * file the map loads and the tests can feed plain arrays.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Basemap, BasemapFeature } from '../../data/basemap';

export type { Basemap, BasemapFeature, BasemapProperties } from '../../data/basemap';
export { isBasemap } from '../../data/basemap';

/** West, south, east, north in degrees. */
export interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

type Ring = Position[];

function isClosed(ring: Ring): boolean {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return !!first && !!last && first[0] === last[0] && first[1] === last[1];
}

function openRing(ring: Ring): Ring {
  return isClosed(ring) ? ring.slice(0, -1) : ring.slice();
}

function closeRing(ring: Ring): Ring {
  const first = ring[0];
  return first && !isClosed(ring) ? [...ring, [first[0]!, first[1]!]] : ring;
}

type Edge = { inside: (p: Position) => boolean; cross: (a: Position, b: Position) => Position };

function edgesOf(box: Box): Edge[] {
  const atX = (x: number) => (a: Position, b: Position): Position => {
    const t = (x - a[0]!) / (b[0]! - a[0]!);
    return [x, a[1]! + t * (b[1]! - a[1]!)];
  };
  const atY = (y: number) => (a: Position, b: Position): Position => {
    const t = (y - a[1]!) / (b[1]! - a[1]!);
    return [a[0]! + t * (b[0]! - a[0]!), y];
  };
  return [
    { inside: (p) => p[0]! >= box.west, cross: atX(box.west) },
    { inside: (p) => p[0]! <= box.east, cross: atX(box.east) },
    { inside: (p) => p[1]! >= box.south, cross: atY(box.south) },
    { inside: (p) => p[1]! <= box.north, cross: atY(box.north) },
  ];
}

/**
 * Sutherland–Hodgman clipping of one ring to a box. The box is convex, so every ring clips on its
 * own; a concave ring leaving and re-entering leaves a zero-width seam along the box edge, which is
 * invisible because the map never shows the box edge (maxBounds). Returns a closed ring, or [] when
 * nothing of the ring is inside.
 */
export function clipRingToBox(ring: Ring, box: Box): Ring {
  let points = openRing(ring);
  for (const edge of edgesOf(box)) {
    if (points.length === 0) break;
    const input = points;
    points = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i]!;
      const previous = input[(i + input.length - 1) % input.length]!;
      const currentIn = edge.inside(current);
      const previousIn = edge.inside(previous);
      if (currentIn) {
        if (!previousIn) points.push(edge.cross(previous, current));
        points.push(current);
      } else if (previousIn) {
        points.push(edge.cross(previous, current));
      }
    }
  }
  return points.length >= 3 ? closeRing(points) : [];
}

/** Twice the signed area (shoelace), in square degrees. */
export function ringArea2(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    sum += a[0]! * b[1]! - b[0]! * a[1]!;
  }
  return sum;
}

/**
 * Simplify by quantization: round every coordinate to a grid of `step` degrees and drop repeated
 * points. Neighbours share their border points in the source, so they round to the same points and
 * no gaps open between countries (a per-ring line simplifier would not guarantee that).
 * Rings that collapse below three distinct points or below `minArea2` are dropped.
 */
export function quantizeRing(ring: Ring, step: number, minArea2 = 0): Ring {
  const digits = Math.max(0, Math.ceil(-Math.log10(step)));
  const round = (v: number) => Number((Math.round(v / step) * step).toFixed(digits));
  const out: Ring = [];
  for (const p of openRing(ring)) {
    const q: Position = [round(p[0]!), round(p[1]!)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  while (out.length > 1 && out[0]![0] === out[out.length - 1]![0] && out[0]![1] === out[out.length - 1]![1]) out.pop();
  if (out.length < 3) return [];
  const closed = closeRing(out);
  return Math.abs(ringArea2(closed)) > minArea2 ? closed : [];
}

export interface TrimOptions {
  box: Box;
  /** Grid step in degrees for quantization. */
  step: number;
  /** Islands and holes smaller than this (twice the area, in square degrees) are dropped. */
  minArea2: number;
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * A ring that crosses the antimeridian jumps from +180 to -180 in one step (Russia's Chukotka in
 * Natural Earth); clipped as it is, that jump becomes a straight edge across the whole map. Shifting
 * the points after each jump by 360° makes the ring continuous, so the box cuts it cleanly.
 */
export function unwrapRing(ring: Ring): Ring {
  let shift = 0;
  return ring.map((p, i) => {
    const previous = ring[i - 1];
    if (previous) {
      const jump = p[0]! - previous[0]!;
      if (jump > 180) shift -= 360;
      else if (jump < -180) shift += 360;
    }
    return [p[0]! + shift, p[1]!];
  });
}

/** One country clipped and quantized; null when nothing of it is left inside the box. */
export function trimCountry(
  feature: Feature<Polygon | MultiPolygon, { name?: string } | null> & { id?: string | number },
  options: TrimOptions,
): BasemapFeature | null {
  const polygons: Position[][][] = [];
  for (const polygon of polygonsOf(feature.geometry)) {
    const [outer, ...holes] = polygon;
    if (!outer) continue;
    const clippedOuter = quantizeRing(clipRingToBox(unwrapRing(outer), options.box), options.step, options.minArea2);
    if (clippedOuter.length === 0) continue;
    const clippedHoles = holes
      .map((hole) => quantizeRing(clipRingToBox(unwrapRing(hole), options.box), options.step, options.minArea2))
      .filter((hole) => hole.length > 0);
    polygons.push([clippedOuter, ...clippedHoles]);
  }
  if (polygons.length === 0) return null;
  return {
    type: 'Feature',
    // Two Natural Earth areas (Siachen Glacier, Somaliland) have no ISO number: their name stands in.
    id: String(feature.id ?? feature.properties?.name ?? ''),
    properties: { name: feature.properties?.name ?? '' },
    geometry: { type: 'MultiPolygon', coordinates: polygons },
  };
}

export function trimBasemap(
  countries: FeatureCollection<Polygon | MultiPolygon, { name?: string } | null>,
  options: TrimOptions,
): Basemap {
  const features: BasemapFeature[] = [];
  for (const feature of countries.features) {
    const trimmed = trimCountry(feature as Parameters<typeof trimCountry>[0], options);
    if (trimmed) features.push(trimmed);
  }
  const { west, south, east, north } = options.box;
  return { type: 'FeatureCollection', bbox: [west, south, east, north], features };
}

function distanceToSegment(p: Position, a: Position, b: Position): number {
  const dx = b[0]! - a[0]!;
  const dy = b[1]! - a[1]!;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0]! - a[0]!) * dx + (p[1]! - a[1]!) * dy) / length2));
  return Math.hypot(p[0]! - (a[0]! + t * dx), p[1]! - (a[1]! + t * dy));
}

/**
 * Douglas–Peucker on one line, keeping both ends. Run on TopoJSON arcs (each border once, shared by
 * both neighbours), so simplified neighbours still meet exactly.
 */
export function simplifyLine(line: readonly Position[], tolerance: number): Position[] {
  if (line.length <= 2) return line.slice();
  const keep = new Array<boolean>(line.length).fill(false);
  keep[0] = true;
  keep[line.length - 1] = true;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let farthestDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(line[i]!, line[first]!, line[last]!);
      if (d > farthestDistance) {
        farthest = i;
        farthestDistance = d;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = true;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return line.filter((_, i) => keep[i]);
}
