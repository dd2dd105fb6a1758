import { useMemo } from 'react';
import { buildMapPicture } from '../../components/mapPicture/picture';
import type { MapPictureProps } from './MapPoster';
import { MapDrawing } from './MapDrawing';
import type { LegWords } from '../../components/mapPicture/legWords';
import { toPictureInput } from './pictureInput';

/**
 * The printed map's box in CSS pixels (96 to the inch: 185 × 90 mm on paper). A fixed size, because
 * the browser lays the page out for paper after the last script has run: nothing can measure the
 * printed box and fit the map to it. Short enough to sit on the first A4 landscape page under the
 * masthead and the headline figures, with the legend beside it (map-variants.css).
 */
export const PRINT_MAP_SIZE = { width: 700, height: 340 } as const;

interface PrintMapProps extends MapPictureProps {
  legWords: LegWords;
}

/**
 * The map for paper: the first framing (every city and the trip countries whole) fitted to the
 * printed box whatever the screen showed, with its leg labels, and no controls.
 */
export function PrintMap({ legWords, highlighted, ...source }: PrintMapProps) {
  const { lang, mapModel, basemap, fit, shades, country } = source;
  const drawing = useMemo(
    () => buildMapPicture(toPictureInput({ lang, mapModel, basemap, fit, shades, country, words: legWords, narrow: false }), PRINT_MAP_SIZE),
    [lang, mapModel, basemap, fit, shades, country, legWords],
  );
  return (
    <div className="trip-map map-poster map-print" style={{ width: `${PRINT_MAP_SIZE.width}px`, height: `${PRINT_MAP_SIZE.height}px` }}>
      <MapDrawing drawing={drawing} highlighted={highlighted} />
    </div>
  );
}
