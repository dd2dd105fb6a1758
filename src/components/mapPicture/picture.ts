/**
 * The map as one plain picture, for a given size: the projection and fit (Leaflet's first view),
 * the country shapes and their shading, the legs as great circles, their arrows, the cities and
 * where every caption and leg label goes. The first-screen drawing, the slide picture and the
 * PowerPoint picture draw it as it is; the live map draws the same shapes with the same paint and
 * places its labels with the same placer (labels.ts, legLabels.ts). No Leaflet, no React.
 */
import type { Basemap } from '../../data/basemap';
import { estimateTextWidth } from '../textMetrics';
import { fitFor, MAP_ZOOM_LIMITS, NARROW_MAP, routeCentre, UNCROWDED_ZOOM, type MapFit } from './frame';
import { computeArcArrow, computeGreatCircleArc, computeLabelSide, type LatLon } from './geometry';
import { placeLabels, type Rect } from './labels';
import { CITY_PAINT, tripCountryStyle, type PathPaint } from './paint';
import { fitLeafletView, linePath, multiPolygonPath, type MapViewPixels } from './projection';
import { legLabelCandidates, measureLegLabel } from './legLabels';

export interface PictureCity {
  id: string;
  name: string;
  /** Unwrapped into the mission's window (frame.ts). */
  position: LatLon;
  /** A city the delegation stayed in: the bigger, red dot and the bold caption. */
  stop: boolean;
  home: boolean;
  dimmed: boolean;
}

export interface PictureLegInput {
  id: string;
  from: LatLon;
  to: LatLon;
  variant: 'trip' | 'planned';
  /** Null: no label (a phone-sized map keeps only the dates). */
  label: string | null;
  /** Where along the leg its label goes when that spot is free (0..1). */
  labelAt: number;
  /** The label sits centred on the line at `labelAt` and others keep clear of it (the planned flight). */
  onLine?: boolean;
}

export interface PictureCountryInput {
  /** The base map's feature id (ISO 3166 numeric). */
  featureId: string;
  colour: string;
  selected: boolean;
  dimmed: boolean;
}

export interface MapPictureInput {
  basemap: Basemap | null;
  /** Degrees the base map's shapes move to meet the places (frame.ts basemapShift). */
  basemapShift: number;
  fit: MapFit;
  cities: readonly PictureCity[];
  legs: readonly PictureLegInput[];
  countries: readonly PictureCountryInput[];
}

export interface PictureSize {
  width: number;
  height: number;
  /** Boxes the renderer draws over the map (controls, attribution): no label goes under them. */
  obstacles?: readonly Rect[];
}

export interface PlacedText extends Rect {
  text: string;
}

export interface PictureLeg {
  id: string;
  variant: 'trip' | 'planned';
  d: string;
  arrow: { x: number; y: number; rotation: number };
  label: PlacedText | null;
}

export type CaptionSide = 'right' | 'left' | 'top' | 'bottom' | 'top-right' | 'bottom-right' | 'top-left' | 'bottom-left';

export interface PicturePlace {
  city: PictureCity;
  x: number;
  y: number;
  dotSize: number;
  /** Null where the map is too crowded for this city's caption (a phone, zoomed out). */
  caption: (PlacedText & { side: CaptionSide }) | null;
}

export interface MapPicture {
  width: number;
  height: number;
  view: MapViewPixels;
  /** Every country, as one path. */
  land: string;
  countries: { featureId: string; d: string; paint: PathPaint }[];
  legs: PictureLeg[];
  places: PicturePlace[];
  /** A phone-sized map zoomed out: minor cities lose their captions and markers (as the live map does). */
  crowded: boolean;
}

/** The arrow sits this far along each leg. */
export const ARROW_AT = 0.6;
/** Pixels between a dot's edge and its caption. */
export const CAPTION_GAP = 5;

/** A caption's box as map.css draws it: 0.8rem (0.9rem bold for a stop), line-height 1.5, 5 px padding, 1 px border. */
export function measureCaption(name: string, stop: boolean): { width: number; height: number } {
  const size = stop ? 14.4 : 12.8;
  return { width: Math.ceil(estimateTextWidth(name, size, stop) + 12), height: Math.ceil(size * 1.5 + 2) };
}

/**
 * A caption's box on each side of its dot, best first: the right, as the live map hangs it, then
 * left, above, below, then the corners (where two close cities' captions part diagonally).
 */
export function captionCandidates(x: number, y: number, dotSize: number, width: number, height: number): { side: CaptionSide; rect: Rect }[] {
  const reach = dotSize / 2 + CAPTION_GAP;
  // A corner caption starts where the dot's box ends, `corner` px out on both axes.
  const corner = dotSize / 2 + 2;
  return [
    { side: 'right', rect: { left: x + reach, top: y - height / 2, width, height } },
    { side: 'left', rect: { left: x - reach - width, top: y - height / 2, width, height } },
    { side: 'top', rect: { left: x - width / 2, top: y - reach - height, width, height } },
    { side: 'bottom', rect: { left: x - width / 2, top: y + reach, width, height } },
    { side: 'top-right', rect: { left: x + corner, top: y - corner - height, width, height } },
    { side: 'bottom-right', rect: { left: x + corner, top: y + corner, width, height } },
    { side: 'top-left', rect: { left: x - corner - width, top: y - corner - height, width, height } },
    { side: 'bottom-left', rect: { left: x - corner - width, top: y + corner, width, height } },
  ];
}

/** The whole picture at `size`. */
export function buildMapPicture(input: MapPictureInput, size: PictureSize): MapPicture {
  const { width, height } = size;
  const { bounds, options } = fitFor(width, input.fit);
  const view = fitLeafletView(bounds, width, height, options, MAP_ZOOM_LIMITS);
  const shift = input.basemapShift;
  const toScreen: MapViewPixels['toScreen'] = shift ? ([lat, lon]) => view.toScreen([lat, lon + shift]) : view.toScreen;
  const features = input.basemap?.features ?? [];
  const land = features.map((f) => multiPolygonPath(f.geometry.coordinates, toScreen)).join('');
  const countries = input.countries.flatMap((c) => {
    const feature = features.find((f) => f.id === c.featureId);
    return feature ? [{ featureId: c.featureId, d: multiPolygonPath(feature.geometry.coordinates, toScreen), paint: tripCountryStyle(c.colour, c.selected, c.dimmed) }] : [];
  });

  const crowded = width < NARROW_MAP && view.zoom < UNCROWDED_ZOOM;
  const shown = input.cities.filter((c) => !crowded || c.stop || c.home);
  const dots = shown.map((city) => {
    const [x, y] = view.toScreen(city.position);
    const dotSize = city.stop ? CITY_PAINT.stopDot : CITY_PAINT.otherDot;
    return { city, x, y, dotSize };
  });
  const dotRects: Rect[] = dots.map(({ x, y, dotSize }) => ({ left: x - dotSize / 2, top: y - dotSize / 2, width: dotSize, height: dotSize }));
  const inView: Rect = { left: 2, top: 2, width: width - 4, height: height - 4 };
  const obstacles = [...(size.obstacles ?? []), ...dotRects];

  // Captions first (home, then the stops, then the rest), legs' labels around them.
  const captionOrder = [...dots.keys()].sort((a, b) => rank(dots[a]!.city) - rank(dots[b]!.city) || a - b);
  const captionChoices = captionOrder.map((i) => {
    const { city, x, y, dotSize } = dots[i]!;
    const { width: w, height: h } = measureCaption(city.name, city.stop);
    return { i, options: captionCandidates(x, y, dotSize, w, h) };
  });
  const legArcs = input.legs.map((leg) => computeGreatCircleArc(leg.from, leg.to));
  const centre = routeCentre(input.fit);
  // Labels on their line first: fixed, and in the way of every other label.
  const onLine = new Map(
    input.legs.flatMap((leg, i) => {
      if (leg.label === null || !leg.onLine) return [];
      const { width: w, height: h } = measureLegLabel(leg.label);
      const [x, y] = view.toScreen(computeLabelSide(legArcs[i]!, leg.labelAt, centre).position);
      return [[i, { left: x - w / 2, top: y - h / 2, width: w, height: h, text: leg.label }] as const];
    }),
  );
  obstacles.push(...onLine.values());
  const labelled = input.legs.flatMap((leg, i) => {
    if (leg.label === null || leg.onLine) return [];
    const { width: w, height: h } = measureLegLabel(leg.label);
    return [{ i, options: legLabelCandidates(legArcs[i]!, leg.labelAt, centre, view.toScreen, w, h) }];
  });
  const chosen = placeLabels(
    [
      // Home is always named; another city whose caption finds no free place (three cities a few
      // pixels apart, seen from across the world) goes unnamed until the map is zoomed in.
      ...captionChoices.map((c) => ({ id: `city:${c.i}`, candidates: c.options.map((o) => o.rect), optional: !dots[c.i]!.city.home })),
      ...labelled.map((l) => ({ id: `leg:${l.i}`, candidates: l.options.map((o) => o.rect) })),
    ],
    { obstacles, view: inView, margin: 2 },
  );
  const captions = new Map(
    captionChoices.flatMap((c, k) => {
      const option = c.options[chosen[k]!];
      return option ? [[c.i, { ...option.rect, side: option.side, text: dots[c.i]!.city.name }] as const] : [];
    }),
  );
  const legLabels = new Map(
    labelled.flatMap((l, k) => {
      const option = l.options[chosen[captionChoices.length + k]!];
      return option ? [[l.i, { ...option.rect, text: input.legs[l.i]!.label! }] as const] : [];
    }),
  );

  const legs = input.legs.map((leg, i): PictureLeg => {
    const arc = legArcs[i]!;
    const arrow = computeArcArrow(arc, ARROW_AT);
    const [x, y] = view.toScreen(arrow.position);
    return { id: leg.id, variant: leg.variant, d: linePath(arc, view.toScreen), arrow: { x, y, rotation: arrow.rotation }, label: onLine.get(i) ?? legLabels.get(i) ?? null };
  });
  const places = dots.map((dot, i): PicturePlace => ({ ...dot, caption: captions.get(i) ?? null }));
  return { width, height, view, land, countries, legs, places, crowded };
}

function rank(city: PictureCity): number {
  return city.home ? 0 : city.stop ? 1 : 2;
}
