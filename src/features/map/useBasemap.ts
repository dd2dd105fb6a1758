import { useEffect, useState } from 'react';
import { isBasemap, type Basemap } from '../../data/basemap';

export type BasemapState = { status: 'loading' } | { status: 'ready'; basemap: Basemap } | { status: 'error'; detail: string };

/** The bundled country shapes, fetched from the app's own origin only when the map is shown. */
export const BASEMAP_URL = `${import.meta.env.BASE_URL}data/basemap.json`;

export function useBasemap(url = BASEMAP_URL): BasemapState {
  const [state, setState] = useState<BasemapState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    fetch(url, { signal: controller.signal })
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
        return response.json() as Promise<unknown>;
      })
      .then((json) => {
        if (!isBasemap(json)) throw new Error('not a country map');
        setState({ status: 'ready', basemap: json });
      })
      .catch((err: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', detail: err instanceof Error ? err.message : String(err) });
      });
    return () => controller.abort();
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
