import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { CITY_ZOOM, fitFor, NARROW_MAP, prefersReducedMotion, type MapFit } from '../fitting';
import type { FlyRequest } from '../mapTypes';

/** Flies to a city or back to the whole route when asked; fits a narrow map once on mount. */
export function FlyController({ request, fit }: { request: FlyRequest | null; fit: MapFit }) {
  const map = useMap();
  useEffect(() => {
    // First render: MapContainer fitted the wide view; a narrow map refits once to the route alone.
    const { x } = map.getSize();
    if (x < NARROW_MAP) {
      const { bounds, options } = fitFor(x, fit);
      map.fitBounds(bounds, { ...options, animate: false });
    }
    // Only on mount: later fits come from requests.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map]);
  useEffect(() => {
    if (!request) return;
    const animate = !prefersReducedMotion();
    if (request.target.kind === 'city') {
      const [lat, lon] = request.target.position;
      if (animate) map.flyTo([lat, lon], CITY_ZOOM, { duration: 1.2 });
      else map.setView([lat, lon], CITY_ZOOM, { animate: false });
    } else {
      const { bounds, options } = fitFor(map.getSize().x, fit);
      if (animate) map.flyToBounds(bounds, { ...options, duration: 1.2 });
      else map.fitBounds(bounds, { ...options, animate: false });
    }
  }, [map, request, fit]);
  return null;
}
