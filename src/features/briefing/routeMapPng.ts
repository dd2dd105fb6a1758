/**
 * The route map as a 1920 × 1080 PNG, for the PowerPoint deck (which cannot hold a live map): the
 * picture model's map (components/mapPicture) drawn on a canvas: the same projection and first
 * view as the dashboard's map at 768 × 432 (type that reads on a slide), at 2.5 times the pixels, with the same paint, shading, great
 * circles, arrows and label places.
 */
import type { Basemap } from '../../data/basemap';
import { basemapShift, computeMapFit } from '../../components/mapPicture/frame';
import type { MissionMap } from '../../components/mapPicture/missionMap';
import { ARROW_OUTLINE, ARROW_PATH, BASE_STYLE, CASING, CITY_PAINT, LEG_LABEL_PAINT, ROUTE_STYLE, SEA, type PathPaint } from '../../components/mapPicture/paint';
import { buildMapPicture, type MapPicture, type PicturePlace, type PlacedText } from '../../components/mapPicture/picture';
import { exportFont } from '../../components/textMetrics';

export const MAP_PNG_WIDTH = 1920;
export const MAP_PNG_HEIGHT = 1080;
/** The picture is the map at this size, drawn at MAP_PNG_WIDTH / MAP_VIEW_WIDTH pixels per pixel. */
export const MAP_VIEW_WIDTH = 768;
export const MAP_VIEW_HEIGHT = 432;

/** The mission's map laid out for a box of `width` × `height`, as the dashboard's map would open on it. */
export function layOutMissionMap(map: MissionMap, basemap: Basemap, width: number, height: number): MapPicture {
  const shift = basemapShift(basemap, map.centreLon);
  const shapes = basemap.features.filter((f) => f.properties.detail !== 'world' && map.countries.some((c) => c.featureId === f.id)).map((f) => f.geometry.coordinates);
  const fit = computeMapFit(
    map.cities.map((c) => c.position),
    map.legs.filter((l) => l.variant === 'trip'),
    shapes,
    shift,
  );
  return buildMapPicture({ basemap, basemapShift: shift, fit, cities: map.cities, legs: map.legs, countries: map.countries }, { width, height });
}

function paintPath(ctx: CanvasRenderingContext2D, d: string, paint: PathPaint, fill = true) {
  if (!d) return;
  const path = new Path2D(d);
  if (fill && paint.fillColor) {
    ctx.globalAlpha = paint.fillOpacity ?? 1;
    ctx.fillStyle = paint.fillColor;
    ctx.fill(path, 'evenodd');
  }
  if (paint.color && (paint.weight ?? 0) > 0) {
    ctx.globalAlpha = paint.opacity ?? 1;
    ctx.strokeStyle = paint.color;
    ctx.lineWidth = paint.weight ?? 1;
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    ctx.setLineDash(paint.dashArray ? paint.dashArray.split(/[\s,]+/).map(Number) : []);
    ctx.stroke(path);
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}

function roundedBox(ctx: CanvasRenderingContext2D, box: PlacedText, radius: number, fill: string, stroke: string, dashed = false) {
  ctx.beginPath();
  ctx.roundRect(box.left + 0.5, box.top + 0.5, box.width - 1, box.height - 1, radius);
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.lineWidth = 1;
  ctx.strokeStyle = stroke;
  ctx.setLineDash(dashed ? [4, 3] : []);
  ctx.stroke();
  ctx.setLineDash([]);
}

function centredText(ctx: CanvasRenderingContext2D, box: PlacedText, font: string, colour: string) {
  ctx.font = font;
  ctx.fillStyle = colour;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(box.text, box.left + box.width / 2, box.top + box.height / 2 + 0.5);
}

function drawCity(ctx: CanvasRenderingContext2D, { city, x, y, dotSize }: PicturePlace) {
  const r = dotSize / 2;
  // As map.css draws a marker: a stop's dot in the route's red, home's in navy, both ringed white
  // then navy; any other city a white dot with a navy edge; a dimmed one grey.
  const ring = (radius: number, colour: string) => {
    ctx.beginPath();
    ctx.arc(x, y, radius, 0, Math.PI * 2);
    ctx.fillStyle = colour;
    ctx.fill();
  };
  if (city.stop || city.home) {
    ring(r + 2, city.dimmed ? '#5f6b78' : CITY_PAINT.navy);
    ring(r, '#ffffff');
    ring(r - 3, city.dimmed ? '#8a94a0' : city.home ? CITY_PAINT.navy : CITY_PAINT.stop);
  } else {
    ring(r, CITY_PAINT.navy);
    ring(r - 3, '#ffffff');
  }
}

/** The picture on a canvas context already scaled to the map's own pixels. */
export function drawMapPicture(ctx: CanvasRenderingContext2D, picture: MapPicture, lang: string) {
  const family = exportFont(lang);
  ctx.fillStyle = SEA;
  ctx.fillRect(0, 0, picture.width, picture.height);
  paintPath(ctx, picture.land, BASE_STYLE);
  for (const country of picture.countries) paintPath(ctx, country.d, country.paint);
  for (const leg of picture.legs) {
    paintPath(ctx, leg.d, { ...CASING, dashArray: ROUTE_STYLE[leg.variant].dashArray }, false);
    paintPath(ctx, leg.d, ROUTE_STYLE[leg.variant], false);
    ctx.save();
    ctx.translate(leg.arrow.x, leg.arrow.y);
    ctx.rotate((leg.arrow.rotation * Math.PI) / 180);
    const arrow = new Path2D(ARROW_PATH);
    ctx.fillStyle = ROUTE_STYLE[leg.variant].color ?? '#000000';
    ctx.fill(arrow);
    ctx.strokeStyle = ARROW_OUTLINE.color;
    ctx.lineWidth = ARROW_OUTLINE.weight;
    ctx.stroke(arrow);
    ctx.restore();
  }
  for (const leg of picture.legs) {
    if (!leg.label) continue;
    roundedBox(ctx, leg.label, leg.label.height / 2, LEG_LABEL_PAINT.background, LEG_LABEL_PAINT.border[leg.variant], leg.variant === 'planned');
    centredText(ctx, leg.label, `600 12px ${family}`, LEG_LABEL_PAINT.ink);
  }
  for (const place of picture.places) drawCity(ctx, place);
  for (const { city, caption } of picture.places) {
    if (!caption) continue;
    roundedBox(ctx, caption, 4, CITY_PAINT.captionBackground, city.stop && !city.dimmed ? CITY_PAINT.stopCaptionBorder : CITY_PAINT.captionBorder);
    centredText(ctx, caption, city.stop && !city.dimmed ? `700 14.4px ${family}` : `600 12.8px ${family}`, city.dimmed ? '#5f6b78' : CITY_PAINT.ink);
  }
}

function canvasPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png'),
  );
}

/** The route map alone, filling a 1920 × 1080 PNG: the PowerPoint deck's map picture. */
export async function renderMapPng(map: MissionMap, basemap: Basemap, lang: string): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = MAP_PNG_WIDTH;
  canvas.height = MAP_PNG_HEIGHT;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw images');
  ctx.scale(MAP_PNG_WIDTH / MAP_VIEW_WIDTH, MAP_PNG_HEIGHT / MAP_VIEW_HEIGHT);
  drawMapPicture(ctx, layOutMissionMap(map, basemap, MAP_VIEW_WIDTH, MAP_VIEW_HEIGHT), lang);
  return canvasPng(canvas);
}
