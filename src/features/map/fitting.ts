/** How the map frames the route: the bounds and paddings for wide and narrow maps. */
import type { LatLngBoundsExpression } from 'leaflet';
import type { Bounds } from './geometry';

/** Venues show only at city zoom, where they no longer sit on top of their city's marker. */
export const VENUE_MIN_ZOOM = 9;
export const CITY_ZOOM = 11;
/** Below this width a map is phone-sized. */
export const NARROW_MAP = 480;
/** Below this zoom a phone-sized map has one city's caption over a neighbour's. */
export const UNCROWDED_ZOOM = 5;

export interface MapFit {
  /** The route with the whole of the trip countries: the first framing at every size. */
  wide: Bounds;
  /** The route alone (its middle places the leg labels). */
  narrow: Bounds;
}

export const toLeafletBounds = (b: Bounds): LatLngBoundsExpression => [
  [b.south, b.west],
  [b.north, b.east],
];

/** City captions hang to the right of their dots: keep room for home's on the east edge. */
export const FIT_OPTIONS = { paddingTopLeft: [12, 12] as [number, number], paddingBottomRight: [84, 12] as [number, number] };
const FIT_OPTIONS_NARROW = { paddingTopLeft: [4, 4] as [number, number], paddingBottomRight: [96, 4] as [number, number] };

/** Every size shows the trip countries whole; a phone gets thinner margins. */
export function fitFor(width: number, fit: MapFit) {
  return { bounds: toLeafletBounds(fit.wide), options: width < NARROW_MAP ? FIT_OPTIONS_NARROW : FIT_OPTIONS };
}

export const prefersReducedMotion = () =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
