import { latLngBounds, point, type LatLng, type Map as LeafletMap } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { CITY_ZOOM, VENUE_MIN_ZOOM, NARROW_MAP, type MapFit } from '../../../components/mapPicture/frame';
import { leafletFit, prefersReducedMotion } from '../fitting';
import type { LatLon } from '../../../components/mapPicture/geometry';
import type { FlyRequest } from '../mapTypes';

/**
 * The view of a city: the city and every venue the reports name there, with room around them for
 * the venue labels and the city card, never zoomed out past where the venues show.
 */
function frameCity(map: LeafletMap, position: LatLon, venues: readonly LatLon[]): { centre: LatLng; zoom: number } {
  const bounds = latLngBounds([position, ...venues].map(([lat, lon]) => [lat, lon] as [number, number]));
  const { x, y } = map.getSize();
  // Room for labels on every side, and more at the top for the city card (controls/CityCard.tsx,
  // about 130 px tall with its days) and the city's own caption above its dot, which the card
  // covered when the city was the northernmost point.
  const side = Math.min(180, x * 0.22);
  const top = y < 400 ? 96 : 172;
  const bottom = y < 400 ? 64 : 28;
  const fitted = map.getBoundsZoom(bounds, false, point(2 * side, top + bottom));
  const zoom = Math.max(VENUE_MIN_ZOOM + 0.5, Math.min(CITY_ZOOM + 1, fitted));
  // The bounds' centre, moved down by half the difference between the top and bottom margins.
  const centre = map.unproject(map.project(bounds.getCenter(), zoom).subtract(point(0, (top - bottom) / 2)), zoom);
  return { centre, zoom };
}

/** Flies to a city or back to the whole route when asked; fits a narrow map once on mount. */
export function FlyController({ request, fit }: { request: FlyRequest | null; fit: MapFit }) {
  const map = useMap();
  useEffect(() => {
    // First render: MapContainer fitted the wide view; a narrow map refits once to the route alone.
    const { x } = map.getSize();
    if (x < NARROW_MAP) {
      const { bounds, options } = leafletFit(x, fit);
      map.fitBounds(bounds, { ...options, animate: false });
    }
    // Only on mount: later fits come from requests.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map]);
  useEffect(() => {
    if (!request) return;
    // A popup left open would be cut off by the new view; the reader asked for another place.
    map.closePopup();
    const animate = !prefersReducedMotion();
    if (request.target.kind === 'city') {
      const { centre, zoom } = frameCity(map, request.target.position, request.target.venues);
      if (animate) map.flyTo(centre, zoom, { duration: 1.2 });
      else map.setView(centre, zoom, { animate: false });
    } else {
      const { bounds, options } = leafletFit(map.getSize().x, fit);
      if (animate) map.flyToBounds(bounds, { ...options, duration: 1.2 });
      else map.fitBounds(bounds, { ...options, animate: false });
    }
  }, [map, request, fit]);
  return null;
}
