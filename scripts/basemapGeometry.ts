/**
 * Pure geometry steps of the base-map build (scripts/build-basemap.ts runs them): clipping,
 * quantising, simplifying and unwrapping rings of plain [lon, lat] arrays. Build-only: the app loads
 * the finished file and needs none of this.
 */
import type { Position } from 'geojson';
import type { GeoBox } from '../src/data/geoRegion';

/** West, south, east, north in degrees (unwrapped: east may pass 180, west may pass -180). */
export type Box = GeoBox;

export type Ring = Position[];

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

/**
 * A ring that crosses the antimeridian jumps from +180 to -180 in one step; drawn as it is, that jump
 * becomes a straight edge across the whole map. Shifting the points after each jump by 360° makes
 * the ring continuous. (world-atlas already cuts its shapes at ±180; this keeps any other source safe.)
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

/** The smallest box holding a ring. */
export function ringBox(ring: Ring): Box {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [lon, lat] of ring) {
    west = Math.min(west, lon!);
    east = Math.max(east, lon!);
    south = Math.min(south, lat!);
    north = Math.max(north, lat!);
  }
  return { west, south, east, north };
}

export function boxesIntersect(a: Box, b: Box): boolean {
  return a.west <= b.east && b.west <= a.east && a.south <= b.north && b.south <= a.north;
}

export function unionBoxes(boxes: readonly Box[]): Box {
  return {
    west: Math.min(...boxes.map((b) => b.west)),
    south: Math.min(...boxes.map((b) => b.south)),
    east: Math.max(...boxes.map((b) => b.east)),
    north: Math.max(...boxes.map((b) => b.north)),
  };
}

export const shiftRing = (ring: Ring, degrees: number): Ring => (degrees === 0 ? ring : ring.map((p) => [p[0]! + degrees, p[1]!]));

export const shiftBox = (box: Box, degrees: number): Box => ({ ...box, west: box.west + degrees, east: box.east + degrees });

/**
 * The whole turns (multiples of 360°) that bring a shape with this box into the longitude window
 * [centreLon - 180, centreLon + 180]: usually one, two for a shape that straddles the window's edge
 * (each copy then covers one side, so the window has no gap at either end).
 */
export function turnsIntoWindow(box: Box, centreLon: number): number[] {
  const window = { west: centreLon - 180, east: centreLon + 180, south: -90, north: 90 };
  const turns: number[] = [];
  for (let k = -2; k <= 2; k++) {
    if (boxesIntersect(shiftBox(box, k * 360), window)) turns.push(k * 360);
  }
  return turns;
}

/** The shift (a multiple of 360°) that brings `box`'s middle nearest to `lon`: keeps a hole with its outer ring. */
export function turnNearest(box: Box, lon: number): number {
  return Math.round((lon - (box.west + box.east) / 2) / 360) * 360 + 0;
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
