/**
 * The offline base map of one mission (public/data/basemap.json), built from Natural Earth 1:50m
 * country shapes (npm package world-atlas). `npm run data` and the mission build write it beside the
 * dataset (scripts/preprocess.ts), so it always follows the mission's own places:
 *
 * - The longitudes are unwrapped around the mission's centre (src/data/geoRegion.ts): every shape is
 *   moved by whole turns into [centreLon - 180, centreLon + 180), so a mission over the Pacific (Hong
 *   Kong to Lima) has its countries on one side of one continuous map.
 * - The detailed region holds home, every city and venue, and the visited countries whole (their
 *   pieces near the mission: not a far overseas territory), with a margin. Every shape that reaches
 *   into it is kept whole, simplified border by border (Douglas–Peucker on the shared TopoJSON arcs,
 *   so neighbours still meet) and rounded to 0.01°: no straight cut runs across the land near it.
 * - Every other shape of the window is in a coarse world layer (`detail: 'world'`), so panning away
 *   never meets an edge. It is the same 1:50m shapes simplified hard, not the 1:110m file: each
 *   shape is then either detailed or coarse, never both and never missing.
 *
 * Usage: npx tsx scripts/build-basemap.ts [mission dir]   prints the size of a mission's base map
 * (the file itself is written by `npm run data`, and checked fresh by `npm run data:check`).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Basemap, BasemapFeature } from '../src/data/basemap';
import { computeCentreLongitude, computeMissionRegion, unwrapLongitude, type GeoBox, type GeoPoint } from '../src/data/geoRegion';
import {
  boxesIntersect,
  clipRingToBox,
  quantizeRing,
  ringArea2,
  ringBox,
  shiftBox,
  shiftRing,
  simplifyLine,
  turnNearest,
  turnsIntoWindow,
  unwrapRing,
  type Box,
  type Ring,
} from './basemapGeometry';

const root = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = `${root}node_modules/world-atlas/countries-50m.json`;
/**
 * world-atlas's 1:50m Antarctica has lost its coast (its biggest ring runs along the pole, 89.999°S),
 * so it comes from 1:110m: without it the bottom of a zoomed-out map would be open sea.
 */
const COARSE_SOURCE = `${root}node_modules/world-atlas/countries-110m.json`;
const FROM_COARSE_SOURCE = new Set(['010']);

interface Detail {
  /** Douglas–Peucker tolerance in degrees, on each shared border. */
  tolerance: number;
  /** Grid step in degrees the points are rounded to. */
  step: number;
  /** Islands and holes smaller than this (twice the area, in square degrees) are dropped. */
  minArea2: number;
}

/**
 * About 6 km: finer than any border the regional view shows. At 1:110m Hong Kong has no shape of its
 * own and a border such as Uzbekistan's Fergana valley is a few straight strokes; 1:50m keeps both.
 */
const REGION_DETAIL: Detail = { tolerance: 0.06, step: 0.01, minArea2: 0.01 };
/** About 20 km: the land around the mission that the route's views show only at its edges. */
const NEARBY_DETAIL: Detail = { tolerance: 0.2, step: 0.05, minArea2: 0.1 };
/** About 60 km and islands over about 10,000 km²: land seen from far off, a few kilobytes gzipped. */
const WORLD_DETAIL: Detail = { tolerance: 0.6, step: 0.2, minArea2: 2 };

/**
 * Around the places and the visited countries: past what any view of the route shows at any map
 * size (the first framing, "Show the whole route" and each city), wider across than up and down as
 * maps are; beyond it the world layer takes over.
 */
export const BASEMAP_MARGIN = { lon: 30, lat: 20 };
/** A visited country's piece farther than this (degrees, box to place) is not framed: an overseas territory. */
const NEAR = 15;
/** Shapes within this of the places and visited countries (degrees) get the full detail; the rest of the region less. */
const CORE_MARGIN = 10;
/** Web Mercator ends at ±85.05°: nothing beyond is drawn, and the poles would project to infinity. */
const MERCATOR_LIMIT: Box = { west: -Infinity, east: Infinity, south: -85.06, north: 85.06 };

type Shapes = FeatureCollection<Polygon | MultiPolygon, { name: string }>;

type Tier = 'core' | 'nearby' | 'world';
const DETAIL: Record<Tier, Detail> = { core: REGION_DETAIL, nearby: NEARBY_DETAIL, world: WORLD_DETAIL };

let sources: Record<Tier, Shapes> | null = null;

/** The Natural Earth shapes at each level of detail, read and simplified once per process. */
function loadShapes(): Record<Tier, Shapes> {
  if (sources) return sources;
  const text = readFileSync(SOURCE, 'utf8');
  const coarseText = readFileSync(COARSE_SOURCE, 'utf8');
  const decode = (source: string, detail: Detail): Shapes => {
    const topology = JSON.parse(source) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    // Decode the delta-encoded arcs, simplify each shared border once, then build the features.
    const { scale, translate } = topology.transform!;
    topology.arcs = topology.arcs.map((arc) => {
      let x = 0;
      let y = 0;
      const absolute = arc.map(([dx, dy]) => {
        x += dx!;
        y += dy!;
        return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
      });
      return simplifyLine(absolute, detail.tolerance);
    });
    delete topology.transform;
    return feature(topology, topology.objects.countries) as Shapes;
  };
  const simplified = (detail: Detail): Shapes => {
    const shapes = decode(text, detail);
    const coarse = decode(coarseText, detail);
    return {
      ...shapes,
      features: shapes.features.map((shape) => (FROM_COARSE_SOURCE.has(idOf(shape)) ? (coarse.features.find((c) => idOf(c) === idOf(shape)) ?? shape) : shape)),
    };
  };
  sources = { core: simplified(REGION_DETAIL), nearby: simplified(NEARBY_DETAIL), world: simplified(WORLD_DETAIL) };
  return sources;
}

const polygonsOf = (geometry: Polygon | MultiPolygon): Position[][][] => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);

/** Two Natural Earth areas (Siachen Glacier, Somaliland) have no ISO number: their name stands in. */
const idOf = (shape: Shapes['features'][number]) => String(shape.id ?? shape.properties?.name ?? '');

export interface BasemapInput {
  /** Home, every city and venue. */
  places: readonly GeoPoint[];
  /** ISO 3166-1 numeric ids of the visited countries: the first framing shows them whole. */
  countryIds: readonly string[];
}

/** One polygon moved by `turn` degrees, cut at the Mercator limit and rounded; null when nothing is left. */
function placePolygon(polygon: Position[][], turn: number, detail: Detail): Ring[] | null {
  const [outer, ...holes] = polygon.map(unwrapRing);
  if (!outer) return null;
  const shiftedOuter = shiftRing(outer, turn);
  const tidy = (ring: Ring) => quantizeRing(clipRingToBox(ring, MERCATOR_LIMIT), detail.step, detail.minArea2);
  const placedOuter = tidy(shiftedOuter);
  if (placedOuter.length === 0) return null;
  const middle = (ringBox(shiftedOuter).west + ringBox(shiftedOuter).east) / 2;
  const placedHoles = holes.map((hole) => tidy(shiftRing(hole, turnNearest(ringBox(hole), middle)))).filter((hole) => hole.length > 0);
  return [placedOuter, ...placedHoles];
}

/**
 * The boxes of a visited country's pieces near the mission's places (all of them unwrapped around
 * `centreLon`); its biggest piece when none is near (a country listed with no city in it).
 */
function nearPieces(shape: Shapes['features'][number], places: readonly GeoPoint[], centreLon: number): Box[] {
  const pieces = polygonsOf(shape.geometry).map((polygon) => {
    const box = ringBox(unwrapRing(polygon[0]!));
    return { box: shiftBox(box, turnNearest(box, centreLon)), area: Math.abs(ringArea2(polygon[0]!)) };
  });
  const distance = (box: Box, p: GeoPoint) => {
    const lon = unwrapLongitude(p.lon, centreLon);
    return Math.max(box.west - lon, lon - box.east, box.south - p.lat, p.lat - box.north, 0);
  };
  const near = pieces.filter((piece) => places.some((p) => distance(piece.box, p) <= NEAR));
  if (near.length > 0) return near.map((piece) => piece.box);
  const biggest = pieces.reduce((a, b) => (b.area > a.area ? b : a));
  return [biggest.box];
}

export interface BuiltBasemap {
  basemap: Basemap;
  /** Visited country ids with no Natural Earth shape. */
  missing: string[];
}

/** Built base maps by input: the preprocess tests build the same mission many times over. */
const built = new Map<string, BuiltBasemap>();

export function buildBasemap(input: BasemapInput): BuiltBasemap {
  const key = JSON.stringify([input.places.map((p) => [p.lon, p.lat]), input.countryIds]);
  const known = built.get(key);
  if (known) return known;
  const result = computeBasemap(input);
  built.set(key, result);
  return result;
}

function computeBasemap({ places, countryIds }: BasemapInput): BuiltBasemap {
  const shapes = loadShapes();
  const centreLon = computeCentreLongitude(places.map((p) => p.lon));
  const missing = countryIds.filter((id) => !shapes.core.features.some((shape) => idOf(shape) === id));
  const countryBoxes = shapes.core.features
    .filter((shape) => countryIds.includes(idOf(shape)))
    .flatMap((shape) => nearPieces(shape, places, centreLon));
  const corners = countryBoxes.flatMap((box) => [
    { lon: box.west, lat: box.south },
    { lon: box.east, lat: box.north },
  ]);
  const points = [...places, ...corners];
  const { box: marginBox } = computeMissionRegion(points, BASEMAP_MARGIN, centreLon);
  const { box: core } = computeMissionRegion(points, { lon: CORE_MARGIN, lat: CORE_MARGIN }, centreLon);
  // Never wider than the one window every shape is placed in.
  const region: GeoBox = { ...marginBox, west: Math.max(marginBox.west, centreLon - 180), east: Math.min(marginBox.east, centreLon + 180) };

  const regionFeatures: BasemapFeature[] = [];
  const worldFeatures: BasemapFeature[] = [];
  shapes.core.features.forEach((shape, index) => {
    // The same topology simplified three ways: each version's polygons are the same, in the same order.
    const versions = { core: polygonsOf(shape.geometry), nearby: polygonsOf(shapes.nearby.features[index]!.geometry), world: polygonsOf(shapes.world.features[index]!.geometry) };
    const detailed: Position[][][] = [];
    const far: Position[][][] = [];
    versions.core.forEach((polygon, i) => {
      const box = ringBox(unwrapRing(polygon[0]!));
      for (const turn of turnsIntoWindow(box, centreLon)) {
        const placedBox = shiftBox(box, turn);
        const tier: Tier = boxesIntersect(placedBox, core) ? 'core' : boxesIntersect(placedBox, region) ? 'nearby' : 'world';
        const placed = placePolygon(versions[tier][i]!, turn, DETAIL[tier]);
        if (placed) (tier === 'world' ? far : detailed).push(placed);
      }
    });
    const id = idOf(shape);
    const name = shape.properties?.name ?? '';
    if (detailed.length > 0) regionFeatures.push({ type: 'Feature', id, properties: { name, detail: 'region' }, geometry: { type: 'MultiPolygon', coordinates: detailed } });
    if (far.length > 0) worldFeatures.push({ type: 'Feature', id, properties: { name, detail: 'world' }, geometry: { type: 'MultiPolygon', coordinates: far } });
  });

  const round = (v: number) => Math.round(v * 100) / 100 + 0;
  return {
    basemap: {
      type: 'FeatureCollection',
      bbox: [round(region.west), round(region.south), round(region.east), round(region.north)],
      centreLon,
      // The detailed shapes first: a renderer looking a visited country up by id meets its own shape.
      features: [...regionFeatures, ...worldFeatures],
    },
    missing,
  };
}

/** The file's text: one line, as small as JSON goes, with a trailing newline. */
export const renderBasemap = (basemap: Basemap): string => `${JSON.stringify(basemap)}\n`;

export function describeSize(text: string): string {
  const basemap = JSON.parse(text) as Basemap;
  const count = (detail: string) => basemap.features.filter((f) => (f.properties.detail ?? 'region') === detail).length;
  return `${count('region')} detailed and ${count('world')} coarse shapes, ${Buffer.byteLength(text)} bytes, ${gzipSync(text, { level: 9 }).length} bytes gzipped`;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  if (process.argv.includes('--check')) {
    console.error('The base map is written and checked with the dataset now: npm run data, npm run data:check');
    process.exit(1);
  }
  const dir = resolve(process.cwd(), process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'data');
  const { trip } = JSON.parse(readFileSync(resolve(dir, 'trip.json'), 'utf8')) as { trip: { countries: { isoNumeric: string }[] } };
  const { places } = JSON.parse(readFileSync(resolve(dir, 'places.json'), 'utf8')) as { places: GeoPoint[] };
  const { basemap, missing } = buildBasemap({ places, countryIds: trip.countries.map((c) => c.isoNumeric) });
  if (missing.length > 0) console.error(`no Natural Earth shape for ${missing.join(', ')}`);
  console.log(`${dir}: ${describeSize(renderBasemap(basemap))}; detailed region ${basemap.bbox?.join(', ')}, centre ${basemap.centreLon}`);
}
