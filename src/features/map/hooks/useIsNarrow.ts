import { useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { NARROW_MAP } from '../../../components/mapPicture/frame';

/** Whether the map is phone-sized, updated when it resizes. */
export function useIsNarrow(): boolean {
  const map = useMap();
  const [narrow, setNarrow] = useState(() => map.getSize().x < NARROW_MAP);
  useMapEvents({ resize: () => setNarrow(map.getSize().x < NARROW_MAP) });
  return narrow;
}
