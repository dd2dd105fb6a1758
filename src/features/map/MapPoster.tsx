import { useMemo } from 'react';
import { useElementSize } from '../../components/useElementWidth';
import type { Basemap } from '../../data/basemap';
import type { CountryCode } from '../../data/schema';
import type { Lang } from '../../i18n/lang';
import { NARROW_MAP, type MapFit } from '../../components/mapPicture/frame';
import { pickMessages } from '../../i18n/lang';
import { mapMessages } from './messages';
import { buildMapPicture } from '../../components/mapPicture/picture';
import type { MapModel } from './cityInfo';
import type { CountryShade } from './mapTypes';
import { MapDrawing } from './MapDrawing';
import { toPictureInput } from './pictureInput';

/** What the map draws: the drawing and the live map take the same. */
export interface MapPictureProps {
  lang: Lang;
  mapModel: MapModel;
  basemap: Basemap | null;
  /** The route with the whole of both trip countries, and the route alone for narrow maps. */
  fit: MapFit;
  shades: readonly CountryShade[];
  country: CountryCode | null;
  highlighted: ReadonlySet<string>;
}

interface MapPosterProps extends MapPictureProps {
  /** The button that turns the poster into the live map (keyboard and touch readers). */
  openLabel: string;
  onOpen: (how: 'focus' | 'pointer') => void;
}

/**
 * The map's first view drawn as a plain picture (MapDrawing), city for city where the live map will
 * put it, its legs labelled with the live map's words (legWords.ts). Leaflet (the largest part of the first screen's
 * script) loads only when the reader turns to the map: points at it, touches it, tabs to it, scrolls
 * the page or asks to fly somewhere (issue 16).
 */
export function MapPoster({ lang, mapModel, basemap, fit, shades, country, highlighted, openLabel, onOpen }: MapPosterProps) {
  const [ref, size] = useElementSize<HTMLDivElement>();
  const drawing = useMemo(() => {
    if (!size || size.width === 0 || size.height === 0) return null;
    const input = toPictureInput({ lang, mapModel, basemap, fit, shades, country, words: pickMessages(mapMessages, lang), narrow: size.width < NARROW_MAP });
    return buildMapPicture(input, { width: size.width, height: size.height });
  }, [size, fit, basemap, shades, mapModel, lang, country]);

  return (
    <div
      ref={ref}
      className={`trip-map map-poster${drawing?.crowded ? ' trip-map--crowded' : ''}`}
      onPointerEnter={() => onOpen('pointer')}
      onPointerDown={() => onOpen('pointer')}
    >
      {drawing ? <MapDrawing drawing={drawing} highlighted={highlighted} /> : null}
      <button type="button" className="button map-poster__open" onFocus={() => onOpen('focus')} onClick={() => onOpen('focus')}>
        {openLabel}
      </button>
    </div>
  );
}
