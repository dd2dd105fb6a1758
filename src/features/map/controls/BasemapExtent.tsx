import { latLngBounds } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { Basemap } from '../../../data/basemap';
import { computePanLimits } from '../../../components/mapPicture/frame';

/**
 * Keeps the view inside the base map's window (frame.ts computePanLimits): a whole turn of longitude
 * centred on the mission when the file has its coarse world layer, else the detailed box. Panning
 * stops at its edges and the map cannot zoom out past the level where the view fills it, so no edge
 * of the shapes shows.
 */
export function BasemapExtent({ basemap, centreLon }: { basemap: Basemap; centreLon: number }) {
  const map = useMap();
  useEffect(() => {
    const limits = computePanLimits(basemap, centreLon);
    if (!limits) return;
    const bounds = latLngBounds([limits.south, limits.west], [limits.north, limits.east]);
    map.setMaxBounds(bounds);
    const limit = () => map.setMinZoom(map.getBoundsZoom(bounds, true));
    limit();
    map.on('resize', limit);
    return () => {
      map.off('resize', limit);
    };
  }, [map, basemap, centreLon]);
  return null;
}
