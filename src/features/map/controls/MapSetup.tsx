import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Accessible name, role and resize handling for the map container itself. */
export function MapSetup({ label, attributionPrefix, focusOnReady }: { label: string; attributionPrefix: string; focusOnReady: boolean }) {
  const map = useMap();
  useEffect(() => {
    if (focusOnReady) map.getContainer().focus({ preventScroll: true });
    // Only on opening: the poster's focus carries over once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map]);
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute('aria-roledescription', 'map');
    container.setAttribute('aria-label', label);
  }, [map, label]);
  useEffect(() => {
    // Leaflet's default prefix is an English HTML string with a link and a flag; plain text in the
    // reader's language says the same.
    map.attributionControl?.setPrefix(attributionPrefix);
  }, [map, attributionPrefix]);
  useEffect(() => {
    const container = map.getContainer();
    const popupOpen = () => container.classList.add('trip-map--popup-open');
    const popupClosed = () => container.classList.remove('trip-map--popup-open');
    map.on('popupopen', popupOpen);
    map.on('popupclose', popupClosed);
    const observer = new ResizeObserver(() => map.invalidateSize({ pan: false }));
    observer.observe(map.getContainer());
    return () => {
      map.off('popupopen', popupOpen);
      map.off('popupclose', popupClosed);
      observer.disconnect();
    };
  }, [map]);
  return null;
}
