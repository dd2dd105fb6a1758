/**
 * How the map is painted, in one place for every renderer: the live Leaflet map (path options), its
 * first-screen drawing (SVG attributes), the slide picture and the PowerPoint picture (canvas). Plain
 * values, no Leaflet: Leaflet's PathOptions accepts them as they are.
 */

export interface PathPaint {
  color?: string;
  weight?: number;
  opacity?: number;
  fillColor?: string;
  fillOpacity?: number;
  dashArray?: string;
  interactive?: boolean;
}

/** The sea behind the shapes (the map box's own background, map.css). */
export const SEA = '#d6e6f2';

/** The pale land colour of the base map. */
export const LAND = '#f1efe9';

/** Every country, pale and inert. */
export const BASE_STYLE: PathPaint = { color: '#9aa5b1', weight: 0.8, fillColor: LAND, fillOpacity: 1, interactive: false };

export const ROUTE_STYLE: Record<'trip' | 'planned', PathPaint> = {
  trip: { color: '#b3261e', weight: 3, opacity: 1 },
  planned: { color: '#8a4600', weight: 2.5, opacity: 1, dashArray: '7 7' },
};
/** The white line under each leg, so it reads over any shading. */
export const CASING: PathPaint = { color: '#ffffff', weight: 6.5, opacity: 0.9 };

/** A leg's arrowhead: a triangle pointing up, turned to the leg's direction (16 px box, as on the live map). */
export const ARROW_PATH = 'M0,-8L6,6L-6,6Z';
export const ARROW_OUTLINE = { color: '#ffffff', weight: 1 } as const;

/** City dots and captions (map.css draws the same on the live map and the drawing). */
export const CITY_PAINT = {
  /** Dot diameters: a city the delegation stayed in, and any other. */
  stopDot: 20,
  otherDot: 13,
  navy: '#0b2545',
  /** A stop's dot (--home): the route's red. */
  stop: '#b3261e',
  ink: '#1b2430',
  captionBackground: 'rgba(255, 255, 255, 0.94)',
  /** A stop's caption edge, and any other city's (--line). */
  stopCaptionBorder: '#0b2545',
  captionBorder: '#d5dbe3',
} as const;

/** Leg labels (map.css .leg-label). */
export const LEG_LABEL_PAINT = { ink: '#1b2430', background: 'rgba(255, 255, 255, 0.94)', border: { trip: '#b3261e', planned: '#8a4600' } } as const;

/**
 * A trip country: its shade, or plain land at city zoom (where one colour would cover everything);
 * the chosen country gets a thick outline, the others a dashed one. The shading never changes with
 * the filter (one scale for every selection, issue 15).
 */
export function tripCountryStyle(colour: string, selected: boolean, dimmed: boolean, cityZoom = false): PathPaint {
  return {
    fillColor: cityZoom ? LAND : colour,
    fillOpacity: 0.92,
    color: selected ? '#0b0c0c' : '#0b2545',
    weight: selected ? 4 : 1.4,
    opacity: 1,
    dashArray: dimmed && !cityZoom ? '4 3' : undefined,
  };
}

/** Paint as SVG attributes (the drawing and any SVG renderer). */
export function svgPaint(style: PathPaint) {
  return {
    fill: style.fillColor,
    fillOpacity: style.fillOpacity,
    stroke: style.color,
    strokeOpacity: style.opacity,
    strokeWidth: style.weight,
    strokeDasharray: style.dashArray,
  };
}
