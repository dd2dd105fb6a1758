import { useMemo } from 'react';
import { useElementSize } from '../../components/useElementWidth';
import type { Basemap } from '../../data/basemap';
import type { CountryCode } from '../../data/schema';
import type { Lang } from '../../i18n/lang';
import { NARROW_MAP, type MapFit } from '../../components/mapPicture/frame';
import { pickMessages } from '../../i18n/lang';
import { mapMessages } from './messages';
import { buildMapPicture } from '../../components/mapPicture/picture';
import { ARROW_OUTLINE, ARROW_PATH, BASE_STYLE, CASING, ROUTE_STYLE, svgPaint } from '../../components/mapPicture/paint';
import type { MapModel } from './cityInfo';
import type { CountryShade } from './mapTypes';
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
 * The map's first view drawn as a plain picture, city for city where the live map will put it: the
 * country shapes, the shading, the route with its leg labels and the cities, with the page's own marker and
 * label styles. Leaflet
 * (the largest part of the first screen's script) loads only when the reader turns to the map:
 * points at it, touches it, tabs to it, scrolls the page or asks to fly somewhere (issue 16).
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
      {drawing ? (
        <>
          <svg className="map-poster__art" width={size?.width} height={size?.height} aria-hidden="true" focusable="false">
            <path d={drawing.land} {...svgPaint(BASE_STYLE)} />
            {drawing.countries.map(({ featureId, d, paint }) => (
              <path key={featureId} d={d} {...svgPaint(paint)} />
            ))}
            {drawing.legs.map((l) => (
              <g key={l.id} className={`map-poster__leg map-poster__leg--${l.variant}`}>
                <path d={l.d} {...svgPaint({ ...CASING, dashArray: ROUTE_STYLE[l.variant].dashArray })} fill="none" />
                <path d={l.d} {...svgPaint(ROUTE_STYLE[l.variant])} fill="none" />
                <path
                  d={ARROW_PATH}
                  fill={ROUTE_STYLE[l.variant].color}
                  stroke={ARROW_OUTLINE.color}
                  strokeWidth={ARROW_OUTLINE.weight}
                  transform={`translate(${l.arrow.x.toFixed(1)} ${l.arrow.y.toFixed(1)}) rotate(${l.arrow.rotation.toFixed(1)})`}
                />
              </g>
            ))}
          </svg>
          {drawing.legs.map(({ id, variant, label }) =>
            label ? (
              <span
                key={id}
                className={`leg-label leg-label--${variant} map-poster__leg-label`}
                data-leg={id}
                style={{ left: `${Math.round(label.left)}px`, top: `${Math.round(label.top)}px`, width: `${Math.round(label.width)}px`, height: `${Math.round(label.height)}px` }}
              >
                {label.text}
              </span>
            ) : null,
          )}
          {drawing.places.map(({ city, x, y, dotSize, caption }) => {
            const classes = [
              'map-marker',
              'city-marker',
              city.stop ? 'city-marker--stop' : 'city-marker--other',
              city.home ? 'city-marker--home' : '',
              highlighted.has(city.id) ? 'is-highlighted' : '',
              city.dimmed ? 'is-dimmed' : '',
            ];
            return (
              <span
                key={city.id}
                className={`${classes.filter(Boolean).join(' ')} map-poster__city`}
                data-place={city.id}
                style={{ left: `${Math.round(x)}px`, top: `${Math.round(y)}px` }}
              >
                <span className="map-marker__dot" style={{ width: `${dotSize}px`, height: `${dotSize}px` }}>
                  {caption ? (
                    <span className="map-marker__caption" data-side={caption.side}>
                      {caption.text}
                    </span>
                  ) : null}
                </span>
              </span>
            );
          })}
        </>
      ) : null}
      <button type="button" className="button map-poster__open" onFocus={() => onOpen('focus')} onClick={() => onOpen('focus')}>
        {openLabel}
      </button>
    </div>
  );
}
