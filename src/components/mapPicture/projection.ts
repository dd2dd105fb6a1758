/**
 * The map's first view in plain numbers, as Leaflet computes it, so a drawing of the map (the
 * poster the dashboard shows until the reader turns to the map) puts every city on the pixel the
 * live map will: Web Mercator at 256 × 2^zoom pixels, fitted to bounds with Leaflet's paddings, zoom
 * snapping and rounding (Map.getBoundsZoom, _getBoundsCenterZoom, _getNewPixelOrigin).
 */
import type { Bounds, LatLon } from './geometry';

/** Leaflet's Web Mercator limit: the latitude where the square world map ends. */
const MAX_LATITUDE = 85.0511287798;
const TILE = 256;

/** A place's pixel on the whole world's map at `zoom` (Leaflet's `map.project`). */
export function worldPixel([lat, lon]: LatLon, zoom: number): [number, number] {
  const scale = TILE * 2 ** zoom;
  const phi = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180;
  const y = Math.log(Math.tan(Math.PI / 4 + phi / 2));
  return [scale * (lon / 360 + 0.5), scale * (0.5 - y / (2 * Math.PI))];
}

export interface FitOptions {
  paddingTopLeft: readonly [number, number];
  paddingBottomRight: readonly [number, number];
}

export interface ZoomLimits {
  min: number;
  max: number;
  /** Zoom levels are multiples of this (Leaflet's zoomSnap). */
  snap: number;
}

export interface MapViewPixels {
  zoom: number;
  /** A place's pixel in the map's box, from its top-left corner. */
  toScreen: (position: LatLon) => [number, number];
}

/** The view Leaflet opens on for `bounds` in a box of `width` × `height`. */
export function fitLeafletView(bounds: Bounds, width: number, height: number, options: FitOptions, limits: ZoomLimits): MapViewPixels {
  const [padLeft, padTop] = options.paddingTopLeft;
  const [padRight, padBottom] = options.paddingBottomRight;
  const [westX, northY] = worldPixel([bounds.north, bounds.west], 0);
  const [eastX, southY] = worldPixel([bounds.south, bounds.east], 0);
  const scale = Math.min((width - padLeft - padRight) / (eastX - westX), (height - padTop - padBottom) / (southY - northY));
  let zoom = Math.log2(scale);
  // Within 1 % of a snap level counts as on it, then down to the level below (Leaflet's rounding).
  zoom = Math.round(zoom / (limits.snap / 100)) * (limits.snap / 100);
  zoom = Math.floor(zoom / limits.snap) * limits.snap;
  zoom = Math.max(limits.min, Math.min(limits.max, zoom));

  const [swX, swY] = worldPixel([bounds.south, bounds.west], zoom);
  const [neX, neY] = worldPixel([bounds.north, bounds.east], zoom);
  const centreX = (swX + neX) / 2 + (padRight - padLeft) / 2;
  const centreY = (swY + neY) / 2 + (padBottom - padTop) / 2;
  const originX = Math.round(centreX - width / 2);
  const originY = Math.round(centreY - height / 2);
  return {
    zoom,
    toScreen: (position) => {
      const [x, y] = worldPixel(position, zoom);
      return [x - originX, y - originY];
    },
  };
}

/** An SVG path through some places, in screen pixels to a tenth. */
export function linePath(points: readonly LatLon[], toScreen: MapViewPixels['toScreen'], closed = false): string {
  let d = '';
  points.forEach((point, i) => {
    const [x, y] = toScreen(point);
    d += `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
  });
  return closed && d ? `${d}Z` : d;
}

/** A GeoJSON MultiPolygon ([lon, lat] rings) as one SVG path. */
export function multiPolygonPath(polygons: readonly (readonly (readonly (readonly number[])[])[])[], toScreen: MapViewPixels['toScreen']): string {
  let d = '';
  for (const polygon of polygons) {
    for (const ring of polygon) d += linePath(ring.map(([lon, lat]) => [lat, lon] as LatLon), toScreen, true);
  }
  return d;
}
