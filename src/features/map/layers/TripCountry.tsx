import type { GeoJSON as LeafletGeoJSON, PathOptions } from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { GeoJSON } from 'react-leaflet';
import type { CountryCode } from '../../../data/schema';
import type { BasemapFeature } from '../basemapTrim';
import { VENUE_MIN_ZOOM } from '../fitting';
import { useZoom } from '../hooks/useZoom';
import type { CountryShade } from '../mapTypes';

interface TripCountryProps {
  feature: BasemapFeature;
  shade: CountryShade;
  label: string;
  selected: boolean;
  dimmed: boolean;
  onActivate: (code: CountryCode) => void;
}

/** A trip country: shaded by agreements, focusable, Enter or Space sets the filter. */
export function TripCountry({ feature, shade, label, selected, dimmed, onActivate }: TripCountryProps) {
  const ref = useRef<LeafletGeoJSON>(null);
  // At city zoom the shading would cover everything in one colour: it fades so venues stand out.
  const cityZoom = useZoom() >= VENUE_MIN_ZOOM;
  const style = useMemo<PathOptions>(
    () => ({
      fillColor: shade.colour,
      fillOpacity: cityZoom ? 0.15 : dimmed ? 0.3 : 0.92,
      color: selected ? '#0b0c0c' : '#0b2545',
      weight: selected ? 3 : 1.4,
      opacity: dimmed ? 0.5 : 1,
    }),
    [shade.colour, selected, dimmed, cityZoom],
  );
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
    />
  );
}
