/**
 * How the map's shapes are painted, in one place for the live map (Leaflet path options) and its
 * first-screen drawing (SVG attributes, MapPoster.tsx), so the two cannot drift apart. No Leaflet
 * here: the drawing loads without it.
 */
import type { PathOptions } from 'leaflet';

/** The pale land colour of the base map. */
export const LAND = '#f1efe9';

/** Every country, pale and inert. */
export const BASE_STYLE: PathOptions = { color: '#9aa5b1', weight: 0.8, fillColor: LAND, fillOpacity: 1, interactive: false };

export const ROUTE_STYLE: Record<'trip' | 'planned', PathOptions> = {
  trip: { color: '#b3261e', weight: 3, opacity: 1 },
  planned: { color: '#8a4600', weight: 2.5, opacity: 1, dashArray: '7 7' },
};
/** The white line under each leg, so it reads over any shading. */
export const CASING: PathOptions = { color: '#ffffff', weight: 6.5, opacity: 0.9 };

/**
 * A trip country: its shade, or plain land at city zoom (where one colour would cover everything);
 * the chosen country gets a thick outline, the others a dashed one. The shading never changes with
 * the filter (one scale for every selection, issue 15).
 */
export function tripCountryStyle(colour: string, selected: boolean, dimmed: boolean, cityZoom = false): PathOptions {
  return {
    fillColor: cityZoom ? LAND : colour,
    fillOpacity: 0.92,
    color: selected ? '#0b0c0c' : '#0b2545',
    weight: selected ? 4 : 1.4,
    opacity: 1,
    dashArray: dimmed && !cityZoom ? '4 3' : undefined,
  };
}
