/**
 * Build the offline base map: Natural Earth 1:50m country shapes (npm package world-atlas) clipped to
 * the region the trip touches and simplified, written to public/data/basemap.json (GeoJSON).
 * Usage: npx tsx scripts/build-basemap.ts [--check]
 *   --check: fail if the committed file differs from what this script would write.
 *
 * Why 1:50m and not 1:110m: at 1:110m Hong Kong has no shape of its own and Uzbekistan's
 * Fergana valley border is a few straight strokes. 1:50m, simplified border by border
 * (Douglas–Peucker on the shared TopoJSON arcs, so neighbours still meet) and rounded to 0.01°,
 * keeps both recognisable for about 196 kB (63 kB gzipped) over the wider box, fetched only with the map.
 * Env overrides for trying other trade-offs: BASEMAP_TOLERANCE, BASEMAP_STEP, BASEMAP_MINAREA, BASEMAP_OUT.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { simplifyLine, trimBasemap, type TrimOptions } from '../src/features/map/basemapTrim';

const root = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = `${root}node_modules/world-atlas/countries-50m.json`;
const OUT = `${root}public/data/basemap.json`;

/**
 * Europe's east to the Pacific, the Arctic coast to the equator: wider than any view of the route at
 * any map size, so the map (whose panning and zoom-out stop at this box: TripMap's maxBounds) never
 * shows where the shapes end.
 */
export const BASEMAP_OPTIONS: TrimOptions = {
  box: { west: 5, south: -12, east: 180, north: 85 },
  step: Number(process.env.BASEMAP_STEP ?? 0.01),
  minArea2: Number(process.env.BASEMAP_MINAREA ?? 0.01),
};

/** Douglas–Peucker tolerance in degrees (about 6 km): finer than any border the regional view shows. */
const TOLERANCE = Number(process.env.BASEMAP_TOLERANCE ?? 0.06);

function build(): string {
  const topology = JSON.parse(readFileSync(SOURCE, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
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
    return simplifyLine(absolute, TOLERANCE);
  });
  delete topology.transform;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const basemap = trimBasemap(countries, BASEMAP_OPTIONS);
  return `${JSON.stringify(basemap)}\n`;
}

const text = build();
if (process.argv.includes('--check')) {
  const current = readFileSync(OUT, 'utf8');
  if (current !== text) {
    console.error('public/data/basemap.json is stale: run npx tsx scripts/build-basemap.ts');
    process.exit(1);
  }
  console.log('basemap.json is up to date');
} else {
  writeFileSync(process.env.BASEMAP_OUT ?? OUT, text);
  const features = (JSON.parse(text) as { features: { properties: { name: string } }[] }).features;
  console.log(`${features.length} countries, ${Buffer.byteLength(text)} bytes, ${gzipSync(text, { level: 9 }).length} bytes gzipped`);
}
