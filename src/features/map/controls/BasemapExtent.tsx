import { latLngBounds } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * Keeps the view inside the base map's extent (computePanningBox: the mission's whole window when the
 * file has a world layer): panning stops at its edges and the map cannot zoom out past the level where
 * the view fills it, so no edge of the shapes shows.
 */
export function BasemapExtent({ bbox }: { bbox: readonly [number, number, number, number] }) {
  const map = useMap();
  useEffect(() => {
    const [west, south, east, north] = bbox;
    const bounds = latLngBounds([south, west], [north, east]);
    map.setMaxBounds(bounds);
    const limit = () => map.setMinZoom(map.getBoundsZoom(bounds, true));
    limit();
    map.on('resize', limit);
    return () => {
      map.off('resize', limit);
    };
  }, [map, bbox]);
  return null;
}
