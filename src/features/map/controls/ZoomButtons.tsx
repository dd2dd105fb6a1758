import { Control } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * Leaflet's zoom buttons, bottom left, titled in the reader's language; marked to be left out of a
 * picture of the slide (renderNodePng skips data-export="skip"): buttons are not the map.
 */
export function ZoomButtons({ zoomInTitle, zoomOutTitle }: { zoomInTitle: string; zoomOutTitle: string }) {
  const map = useMap();
  useEffect(() => {
    const zoom = new Control.Zoom({ position: 'bottomleft', zoomInTitle, zoomOutTitle });
    zoom.addTo(map);
    zoom.getContainer()?.setAttribute('data-export', 'skip');
    return () => {
      zoom.remove();
    };
  }, [map, zoomInTitle, zoomOutTitle]);
  return null;
}
