import { useEffect, useState } from 'react';
import type { Basemap } from '../../data/basemap';
import { BASEMAP_URL, loadBasemap } from '../../components/mapPicture/loadBasemap';

export type BasemapState = { status: 'loading' } | { status: 'ready'; basemap: Basemap } | { status: 'error'; detail: string };

/** The bundled country shapes, through the shared loader, only when the map is shown. */
export function useBasemap(url = BASEMAP_URL): BasemapState {
  const [state, setState] = useState<BasemapState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    loadBasemap(url).then(
      (basemap) => current && setState({ status: 'ready', basemap }),
      (err: unknown) => current && setState({ status: 'error', detail: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      current = false;
    };
  }, [url]);
  return state;
}

/** An optional raster layer, only when both build-time variables are set (see README). */
export function configuredTiles(env: Record<string, unknown> = import.meta.env): { url: string; attribution: string } | null {
  const url = env.VITE_TILE_URL;
  const attribution = env.VITE_TILE_ATTRIBUTION;
  return typeof url === 'string' && url.trim() && typeof attribution === 'string' && attribution.trim()
    ? { url: url.trim(), attribution: attribution.trim() }
    : null;
}
