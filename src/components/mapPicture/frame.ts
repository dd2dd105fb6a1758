/**
 * How the map frames a mission, for every renderer: the one window of longitudes its places are
 * unwrapped into, the bounds of the first view and of "Show the whole route", the fit paddings and
 * the zoom limits. Plain numbers: no Leaflet, no React.
 */
import { computeCentreLongitude, unwrapLongitude } from '../../data/geoRegion';
import { computePanningBox, type Basemap } from '../../data/basemap';
import { computeBounds, computeGreatCircleArc, computeRingsBounds, unionBounds, type Bounds, type LatLon } from './geometry';
import type { FitOptions, ZoomLimits } from './projection';

/**
 * The live map's zoom limits: Leaflet's options and every drawing of its first view use these. Down
 * to 0, where a phone (a map about 320 px wide) still shows a route across the Pacific whole; the
 * base map's panning box (BasemapExtent) keeps a wider map from zooming out past its window.
 */
export const MAP_ZOOM_LIMITS: ZoomLimits = { min: 0, max: 14, snap: 0.25 };
/** One press of a zoom button. */
export const MAP_ZOOM_DELTA = 0.5;
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

/** City captions hang to the right of their dots: keep room for the easternmost one. */
export const FIT_OPTIONS: FitOptions = { paddingTopLeft: [12, 12], paddingBottomRight: [84, 12] };
export const FIT_OPTIONS_NARROW: FitOptions = { paddingTopLeft: [4, 4], paddingBottomRight: [96, 4] };

/** Every size shows the trip countries whole; a phone gets thinner margins. */
export function fitFor(width: number, fit: MapFit): { bounds: Bounds; options: FitOptions } {
  return { bounds: fit.wide, options: width < NARROW_MAP ? FIT_OPTIONS_NARROW : FIT_OPTIONS };
}

/** The middle of the route, which leg labels face away from. */
export function routeCentre(fit: MapFit): LatLon {
  return [(fit.narrow.south + fit.narrow.north) / 2, (fit.narrow.west + fit.narrow.east) / 2];
}

/**
 * The longitude the mission's map is centred on: the middle of the smallest arc holding home and
 * every city, as the base-map build computes it (geoRegion.ts), so places and shapes share a window.
 */
export function computeMissionCentre(cities: readonly { lon: number }[]): number {
  return computeCentreLongitude(cities.map((c) => c.lon));
}

/** A place moved by whole turns into the mission's window: a route over the antimeridian stays whole. */
export function unwrapPlace<T extends { lon: number }>(place: T, centreLon: number): T {
  const lon = unwrapLongitude(place.lon, centreLon);
  return lon === place.lon ? place : { ...place, lon };
}

/**
 * How far (in whole turns, as degrees) the base map's shapes move to meet the places: none when the
 * file was built for this mission (same centre); a file without a centre was built around 0°.
 */
export function basemapShift(basemap: Pick<Basemap, 'centreLon'>, centreLon: number): number {
  return 360 * Math.round((centreLon - (basemap.centreLon ?? 0)) / 360);
}

/**
 * Where panning stops (data/basemap.ts computePanningBox): the base map's window of longitudes, a
 * whole turn wide when it has a coarse world layer (so no edge ever shows), else its detailed box;
 * moved with the shapes when they move to meet the places.
 */
export function computePanLimits(basemap: Basemap, centreLon: number): Bounds | null {
  const box = computePanningBox(basemap);
  if (!box) return null;
  const shift = basemapShift(basemap, centreLon);
  const [west, south, east, north] = box;
  // North and south, no further than the land drawn: the coarse world layer's southernmost coast
  // (about 81°S) lies short of Mercator's 85°, and the strip between showed as an edge.
  let landSouth = Infinity;
  for (const feature of basemap.features) {
    for (const polygon of feature.geometry.coordinates) {
      for (const ring of polygon) {
        for (const point of ring) {
          landSouth = Math.min(landSouth, point[1]!);
        }
      }
    }
  }
  return {
    west: west + shift,
    east: east + shift,
    south: Number.isFinite(landSouth) ? Math.max(south, landSouth) : south,
    // North of the land drawn lies only the Arctic sea, which reads as sea, not as an edge: the map may
    // pan on to Mercator's limit, which a popup over a northern city can need.
    north,
  };
}

/**
 * The first framing: the route (cities and the great-circle legs between them) and the whole of the
 * trip countries, whose shading is part of the story. Positions are unwrapped already.
 */
export function computeMapFit(cities: readonly LatLon[], legs: readonly { from: LatLon; to: LatLon }[], countryRings: readonly (readonly (readonly (readonly number[])[])[])[][], shift = 0): MapFit {
  const arcs = legs.flatMap((leg) => computeGreatCircleArc(leg.from, leg.to));
  const route = computeBounds([...cities, ...arcs], 1);
  const countries = countryRings.map((rings) => {
    const box = computeRingsBounds(rings);
    return box && { ...box, west: box.west + shift, east: box.east + shift };
  });
  // A country far larger than the route (Russia for a stop in Vladivostok) would shrink the route
  // to a corner: only countries within reach of the route widen the view.
  const near = countries.filter((b): b is Bounds => !!b && b.east - b.west < 4 * Math.max(20, route.east - route.west));
  return { narrow: route, wide: unionBounds([route, ...near]) };
}
