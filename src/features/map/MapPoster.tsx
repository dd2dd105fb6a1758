import type { PathOptions } from 'leaflet';
import { useMemo } from 'react';
import { useElementSize } from '../../components/useElementWidth';
import type { CountryCode } from '../../data/schema';
import { countryByCode } from '../../data/mission';
import { pickText, type Lang } from '../../i18n/lang';
import type { Basemap } from '../../data/basemap';
import type { MapModel } from './cityInfo';
import { fitFor, NARROW_MAP, UNCROWDED_ZOOM, type MapFit } from './fitting';
import { computeArcArrow, computeGreatCircleArc, positionOf, type LatLon } from './geometry';
import type { CountryShade } from './mapTypes';
import { BASE_STYLE, CASING, ROUTE_STYLE, tripCountryStyle } from './mapStyles';
import { fitLeafletView, linePath, multiPolygonPath } from './posterView';

/** Leaflet path options as SVG attributes: the drawing paints with the live map's own styles. */
function svgPaint(style: PathOptions) {
  return {
    fill: style.fillColor,
    fillOpacity: style.fillOpacity,
    stroke: style.color,
    strokeOpacity: style.opacity,
    strokeWidth: style.weight,
    strokeDasharray: style.dashArray as string | undefined,
  };
}

/** The live map's zoom limits (TripMap's MapContainer), so both open on the same zoom. */
export const MAP_ZOOM_LIMITS = { min: 2, max: 14, snap: 0.25 };

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
 * country shapes, the shading, the route and the cities, with the page's own marker styles. Leaflet
 * (the largest part of the first screen's script) loads only when the reader turns to the map:
 * points at it, touches it, tabs to it, scrolls the page or asks to fly somewhere (issue 16).
 */
export function MapPoster({ lang, mapModel, basemap, fit, shades, country, highlighted, openLabel, onOpen }: MapPosterProps) {
  const [ref, size] = useElementSize<HTMLDivElement>();
  const drawing = useMemo(() => {
    if (!size || size.width === 0 || size.height === 0) return null;
    const { bounds, options } = fitFor(size.width, fit);
    const [[south, west], [north, east]] = bounds as [[number, number], [number, number]];
    const view = fitLeafletView({ south, west, north, east }, size.width, size.height, options, MAP_ZOOM_LIMITS);
    const land = basemap ? basemap.features.map((f) => multiPolygonPath(f.geometry.coordinates, view.toScreen)).join('') : '';
    const tripCountries = basemap
      ? shades.flatMap((shade) => {
          const feature = basemap.features.find((f) => f.id === countryByCode(shade.code)?.isoNumeric);
          return feature ? [{ shade, d: multiPolygonPath(feature.geometry.coordinates, view.toScreen) }] : [];
        })
      : [];
    const leg = (from: LatLon, to: LatLon) => {
      const arc = computeGreatCircleArc(from, to);
      const arrow = computeArcArrow(arc, 0.6);
      return { d: linePath(arc, view.toScreen), arrowAt: view.toScreen(arrow.position), rotation: arrow.rotation };
    };
    const planned = mapModel.plannedFlight ? leg(positionOf(mapModel.plannedFlight.from), positionOf(mapModel.plannedFlight.to)) : null;
    const legs = mapModel.legs.flatMap((l) => {
      const from = mapModel.cityById.get(l.from);
      const to = mapModel.cityById.get(l.to);
      return from && to ? [{ id: l.id, ...leg(positionOf(from.place), positionOf(to.place)) }] : [];
    });
    const cities = mapModel.cities.map((info) => ({ info, at: view.toScreen(positionOf(info.place)) }));
    // As CrowdedMapClass marks the live map: a phone-sized map zoomed out drops the minor captions.
    const crowded = size.width < NARROW_MAP && view.zoom < UNCROWDED_ZOOM;
    return { land, tripCountries, planned, legs, cities, crowded };
  }, [size, fit, basemap, shades, mapModel]);

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
            {drawing.tripCountries.map(({ shade, d }) => (
              <path key={shade.code} d={d} {...svgPaint(tripCountryStyle(shade.colour, country === shade.code, country !== null && country !== shade.code))} />
            ))}
            {[...(drawing.planned ? [{ id: 'planned', variant: 'planned' as const, ...drawing.planned }] : []), ...drawing.legs.map((l) => ({ ...l, variant: 'trip' as const }))].map((l) => (
              <g key={l.id} className={`map-poster__leg map-poster__leg--${l.variant}`}>
                <path d={l.d} {...svgPaint({ ...CASING, dashArray: ROUTE_STYLE[l.variant].dashArray })} fill="none" />
                <path d={l.d} {...svgPaint(ROUTE_STYLE[l.variant])} fill="none" />
                <path
                  d="M0,-8L6,6L-6,6Z"
                  fill={ROUTE_STYLE[l.variant].color}
                  stroke="#ffffff"
                  strokeWidth={1}
                  transform={`translate(${l.arrowAt[0].toFixed(1)} ${l.arrowAt[1].toFixed(1)}) rotate(${l.rotation.toFixed(1)})`}
                />
              </g>
            ))}
          </svg>
          {drawing.cities.map(({ info, at }) => {
            const stop = info.days.length > 0;
            const home = info.place.id === mapModel.home.id;
            const dotSize = stop ? 20 : 13;
            const dimmed = country !== null && !home && info.place.country !== country;
            const classes = [
              'map-marker',
              'city-marker',
              stop ? 'city-marker--stop' : 'city-marker--other',
              home ? 'city-marker--home' : '',
              highlighted.has(info.place.id) ? 'is-highlighted' : '',
              dimmed ? 'is-dimmed' : '',
            ];
            return (
              <span
                key={info.place.id}
                className={`${classes.filter(Boolean).join(' ')} map-poster__city`}
                data-place={info.place.id}
                style={{ left: `${Math.round(at[0])}px`, top: `${Math.round(at[1])}px` }}
              >
                <span className="map-marker__dot" style={{ width: `${dotSize}px`, height: `${dotSize}px` }}>
                  <span className="map-marker__caption">{pickText(info.place.name, lang)}</span>
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
