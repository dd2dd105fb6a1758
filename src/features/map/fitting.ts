/** How the map frames the route: the bounds and paddings for wide and narrow maps. */
import type { LatLngBoundsExpression } from 'leaflet';
import type { Bounds } from './geometry';

/** Venues show only at city zoom, where they no longer sit on top of their city's marker. */
export const VENUE_MIN_ZOOM = 9;
export const CITY_ZOOM = 11;
/** Below this width a map is phone-sized. */
export const NARROW_MAP = 480;

export interface MapFit {
  /** The route with the whole of the trip countries. */
  wide: Bounds;
  /** The route alone. */
  narrow: Bounds;
}

export const toLeafletBounds = (b: Bounds): LatLngBoundsExpression => [
  [b.south, b.west],
  [b.north, b.east],
];

/** City captions hang to the right of their dots: keep room for home's on the east edge. */
export const FIT_OPTIONS = { paddingTopLeft: [12, 12] as [number, number], paddingBottomRight: [84, 12] as [number, number] };
const FIT_OPTIONS_NARROW = { paddingTopLeft: [44, 4] as [number, number], paddingBottomRight: [100, 4] as [number, number] };

/** Phones get the route alone, so the cities are not specks; wider maps show the trip countries whole. */
export function fitFor(width: number, fit: MapFit) {
  return width < NARROW_MAP
    ? { bounds: toLeafletBounds(fit.narrow), options: FIT_OPTIONS_NARROW }
    : { bounds: toLeafletBounds(fit.wide), options: FIT_OPTIONS };
}

export const prefersReducedMotion = () =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
