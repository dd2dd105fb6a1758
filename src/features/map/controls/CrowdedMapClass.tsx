import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useIsNarrow } from '../hooks/useIsNarrow';
import { useZoom } from '../hooks/useZoom';
import { UNCROWDED_ZOOM } from '../../../components/mapPicture/frame';

/**
 * Marks a narrow, zoomed-out map as crowded; CSS then drops the captions of cities the delegation
 * did not visit, whose marker stays, named for assistive tech and with its popup.
 */
export function CrowdedMapClass() {
  const map = useMap();
  const narrow = useIsNarrow();
  const zoom = useZoom();
  const crowded = narrow && zoom < UNCROWDED_ZOOM;
  useEffect(() => {
    map.getContainer().classList.toggle('trip-map--crowded', crowded);
  }, [map, crowded]);
  return null;
}
