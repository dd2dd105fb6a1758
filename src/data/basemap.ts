/**
 * The base map file the app loads (public/data/basemap.json), as the build writes it and every map
 * renderer reads it: GeoJSON country shapes whose longitudes are unwrapped around the mission's
 * centre (see geoRegion.ts), so a route over the antimeridian meets its countries on one side.
 */
import type { Feature, MultiPolygon } from 'geojson';

export interface BasemapProperties {
  /** The Natural Earth name, in English; the trip countries' labels come from the dataset. */
  name: string;
  /** 'region': the detailed shapes around the mission; 'world': the coarse layer beyond it. Absent: region. */
  detail?: 'region' | 'world';
}

export type BasemapFeature = Feature<MultiPolygon, BasemapProperties> & { id: string };

export interface Basemap {
  type: 'FeatureCollection';
  /** The detailed region's box (GeoJSON order: west, south, east, north), in unwrapped degrees. */
  bbox?: [number, number, number, number];
  /** The longitude the shapes are unwrapped around (geoRegion.ts); absent in older files: 0. */
  centreLon?: number;
  features: BasemapFeature[];
}

/** Type guard for the fetched file: enough to trust it before drawing it. */
export function isBasemap(value: unknown): value is Basemap {
  if (!value || typeof value !== 'object') return false;
  const v = value as { type?: unknown; features?: unknown };
  return (
    v.type === 'FeatureCollection' &&
    Array.isArray(v.features) &&
    v.features.every(
      (f: unknown) =>
        !!f &&
        typeof f === 'object' &&
        typeof (f as { id?: unknown }).id === 'string' &&
        (f as { geometry?: { type?: unknown } }).geometry?.type === 'MultiPolygon',
    )
  );
}

/** Web Mercator's limit, rounded in: the map draws nothing nearer the poles. */
const MERCATOR_LATITUDE = 85;

/**
 * How far a map of this file can pan (west, south, east, north): the whole window around the
 * mission's centre when the file carries a world layer (there is land, coarse, everywhere in it),
 * else the detailed box it was cut to; null when the file says neither.
 */
export function computePanningBox(basemap: Basemap): [number, number, number, number] | null {
  const hasWorld = basemap.centreLon !== undefined && basemap.features.some((f) => f.properties.detail === 'world');
  if (hasWorld) return [basemap.centreLon! - 180, -MERCATOR_LATITUDE, basemap.centreLon! + 180, MERCATOR_LATITUDE];
  return basemap.bbox ?? null;
}
