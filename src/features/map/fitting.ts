/** The map's framing (components/mapPicture/frame.ts) in the terms Leaflet takes. */
import type { FitBoundsOptions, LatLngBoundsExpression } from 'leaflet';
import { fitFor, type MapFit } from '../../components/mapPicture/frame';
import type { Bounds } from '../../components/mapPicture/geometry';

export const toLeafletBounds = (b: Bounds): LatLngBoundsExpression => [
  [b.south, b.west],
  [b.north, b.east],
];

/** The bounds and paddings for a map `width` wide, as Leaflet's fitBounds takes them. */
export function leafletFit(width: number, fit: MapFit): { bounds: LatLngBoundsExpression; options: FitBoundsOptions } {
  const { bounds, options } = fitFor(width, fit);
  return { bounds: toLeafletBounds(bounds), options: { paddingTopLeft: [...options.paddingTopLeft], paddingBottomRight: [...options.paddingBottomRight] } };
}

export const prefersReducedMotion = () =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
