import type { FeatureCollection, Geometry } from 'geojson';

export type Basemap = FeatureCollection<Geometry, { name?: string }>;

let basemapRequest: Promise<Basemap> | null = null;

/** The same file the map view loads, from our own origin, fetched only when a map picture is made. */
export function loadBasemap(): Promise<Basemap> {
  basemapRequest ??= fetch('data/basemap.json').then((response) => {
    if (!response.ok) throw new Error(`base map: ${response.status}`);
    return response.json() as Promise<Basemap>;
  });
  basemapRequest.catch(() => {
    basemapRequest = null;
  });
  return basemapRequest;
}
