import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * A popup that opens under the city card (top right, at city zoom) is moved down out from under
 * it: Leaflet's own panning keeps a popup inside the map, not clear of a control drawn over it.
 */
export function PopupClearOfCard() {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    let frame = 0;
    const clear = () => {
      const popup = container.querySelector('.leaflet-popup');
      const card = container.querySelector('.city-card');
      if (!popup || !card || card.childElementCount === 0) return;
      const p = popup.getBoundingClientRect();
      const c = card.getBoundingClientRect();
      const overlaps = p.left < c.right && c.left < p.right && p.top < c.bottom && c.top < p.bottom;
      if (!overlaps) return;
      const down = c.bottom + 8 - p.top;
      // Only as far as the map has room for below it.
      const room = container.getBoundingClientRect().bottom - 8 - p.bottom;
      if (room > 0) map.panBy([0, -Math.min(down, room)], { animate: false });
    };
    const opened = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(clear);
    };
    const autopanned = () => map.once('moveend', clear);
    map.on('popupopen', opened);
    map.on('autopanstart', autopanned);
    return () => {
      cancelAnimationFrame(frame);
      map.off('popupopen', opened);
      map.off('autopanstart', autopanned);
    };
  }, [map]);
  return null;
}
