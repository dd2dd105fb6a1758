import { svg, type GeoJSON as LeafletGeoJSON } from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { GeoJSON } from 'react-leaflet';
import type { CountryCode } from '../../../data/schema';
import type { BasemapFeature } from '../../../data/basemap';
import { shiftedCoords } from './BasemapLayer';
import { VENUE_MIN_ZOOM } from '../../../components/mapPicture/frame';
import { useZoom } from '../hooks/useZoom';
import type { CountryShade } from '../mapTypes';
import { tripCountryStyle } from '../../../components/mapPicture/paint';

interface TripCountryProps {
  feature: BasemapFeature;
  /** Degrees the shape moves to meet the places (frame.ts basemapShift). */
  shift: number;
  shade: CountryShade;
  label: string;
  selected: boolean;
  dimmed: boolean;
  onActivate: (code: CountryCode) => void;
  /** The map pane it is drawn in. */
  pane: string;
}

/**
 * The trip countries' own SVG, cut to the visible map (Leaflet's default draws 10 % more on every
 * side). A focusable shape that reached past the map's edge, hidden there only by the container's
 * overflow, still has that reach in its box: axe's target-size rule (which takes boxes, not what
 * is painted) then counted a zoomed-in country as lying over the map's toolbar above it.
 */
function clippedRenderer(pane: string) {
  return svg({ padding: 0, pane });
}

/** A trip country: shaded by agreements, focusable, Enter or Space sets the filter. */
export function TripCountry({ feature, shift, shade, label, selected, dimmed, onActivate, pane }: TripCountryProps) {
  const ref = useRef<LeafletGeoJSON>(null);
  const [renderer] = useState(() => clippedRenderer(pane));
  const coordsToLatLng = useMemo(() => shiftedCoords(shift), [shift]);
  // At city zoom the shading would cover everything in one colour: the land turns plain so the venues
  // and their labels stand out. The shading never changes with the filter (one scale for every
  // selection, issue 15): the chosen country gets a thick outline instead.
  const cityZoom = useZoom() >= VENUE_MIN_ZOOM;
  const style = useMemo(() => tripCountryStyle(shade.colour, selected, dimmed, cityZoom), [shade.colour, selected, dimmed, cityZoom]);
  const handlers = useMemo(() => ({ click: () => onActivate(shade.code) }), [onActivate, shade.code]);

  useEffect(() => {
    const layer = ref.current;
    if (!layer) return;
    const cleanups: (() => void)[] = [];
    layer.eachLayer((sub) => {
      const el = (sub as unknown as { getElement?: () => Element | undefined }).getElement?.();
      if (!(el instanceof SVGElement)) return;
      el.setAttribute('tabindex', '0');
      el.setAttribute('role', 'button');
      el.setAttribute('aria-label', label);
      el.setAttribute('aria-pressed', String(selected));
      el.setAttribute('data-country', shade.code);
      el.classList.add('trip-country');
      const onKey = (event: Event) => {
        const key = (event as KeyboardEvent).key;
        if (key === 'Enter' || key === ' ') {
          event.preventDefault();
          event.stopPropagation();
          onActivate(shade.code);
        }
      };
      el.addEventListener('keydown', onKey);
      cleanups.push(() => el.removeEventListener('keydown', onKey));
    });
    return () => cleanups.forEach((c) => c());
  }, [label, selected, shade.code, onActivate]);

  return (
    <GeoJSON
      ref={ref}
      data={feature}
      style={style}
      eventHandlers={handlers}
      // Leaflet hands a GeoJSON layer's options to the shapes it makes (geometryToLayer), the
      // renderer with them; react-leaflet's types leave it out.
      {...{ renderer, coordsToLatLng }}
    />
  );
}
