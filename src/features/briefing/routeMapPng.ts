/**
 * The route map as a 1920 × 1080 PNG, for the PowerPoint deck (which cannot hold a live map): the base
 * map, shaded countries, route and cities drawn on a canvas with d3-geo from the data, fitted to the
 * route. The slide PNG itself is the slide as drawn (renderNodePng.ts); this is only the map picture.
 */
import { geoPath, geoTransform, type GeoPermissibleObjects } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
// Simplified Chinese glyphs differ from Traditional ones in shape: each script names its own fonts.
import { EXPORT_FONT, exportFont } from '../../components/textMetrics';
import type { MapPlace, MapSpec } from './deck/types';

export const MAP_PNG_WIDTH = 1920;
export const MAP_PNG_HEIGHT = 1080;

const INK = '#1b2430';
const NAVY = '#0b2545';
const ACCENT = '#005ea5';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface MapArt {
  basemap: FeatureCollection<Geometry, { name?: string }>;
  /** Country shapes to colour, by feature id (ISO 3166 numeric, as Natural Earth gives). */
  highlight: Readonly<Record<string, string>>;
  route: readonly MapPlace[];
}

let fontFamily = EXPORT_FONT;

function font(size: number, weight = 400) {
  return `${weight} ${size}px ${fontFamily}`;
}

/** Web Mercator's y for a latitude, in degrees (as Leaflet draws the map view). */
const mercatorY = (lat: number) => (Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * Math.PI) / 360)) * 180) / Math.PI;

/**
 * A flat Mercator fitted to some shapes. Flat, as Leaflet draws the map view: d3-geo's spherical
 * projections read a ring's direction as which side is inside, and a shape our trimmed base map cuts
 * at the map's edge (Russia) then covers the whole globe and hides the countries drawn before it.
 */
function flatMercator(fitTo: GeoPermissibleObjects, extent: [[number, number], [number, number]]) {
  const unit = geoTransform({
    point(x, y) {
      this.stream.point(x, -mercatorY(y));
    },
  });
  const [[x0, y0], [x1, y1]] = geoPath(unit).bounds(fitTo);
  const [[ex0, ey0], [ex1, ey1]] = extent;
  const k = Math.min((ex1 - ex0) / (x1 - x0 || 1), (ey1 - ey0) / (y1 - y0 || 1));
  const ox = (ex0 + ex1) / 2 - (k * (x0 + x1)) / 2;
  const oy = (ey0 + ey1) / 2 - (k * (y0 + y1)) / 2;
  const project = (lon: number, lat: number): [number, number] => [ox + k * lon, oy - k * mercatorY(lat)];
  const stream = geoTransform({
    point(x, y) {
      const [px, py] = project(x, y);
      this.stream.point(px, py);
    },
  });
  return { stream, project };
}

function drawMap(ctx: CanvasRenderingContext2D, art: MapArt, box: Box) {
  const features = art.basemap.features;
  const routeLine: GeoPermissibleObjects = { type: 'LineString', coordinates: art.route.map((p) => [p.lon, p.lat]) };
  // Fitted to the route and the shaded countries (with room for the city labels), so a country the
  // route only touches at its capital is still seen whole.
  const shaded = features.filter((f) => art.highlight[String(f.id)] !== undefined);
  const { stream, project } = flatMercator(
    { type: 'GeometryCollection', geometries: [routeLine as Geometry, ...shaded.map((f) => f.geometry)] } as GeoPermissibleObjects,
    [
      [box.x + 140, box.y + 60],
      [box.x + box.width - 140, box.y + box.height - 60],
    ],
  );
  const projection = ([lon, lat]: [number, number]) => project(lon, lat);
  const path = geoPath(stream, ctx);
  ctx.save();
  ctx.beginPath();
  ctx.rect(box.x, box.y, box.width, box.height);
  ctx.clip();
  ctx.fillStyle = '#dbe7f2';
  ctx.fillRect(box.x, box.y, box.width, box.height);
  for (const feature of features) {
    ctx.beginPath();
    path(feature);
    ctx.fillStyle = art.highlight[String(feature.id)] ?? '#f1f3f6';
    ctx.fill();
    ctx.strokeStyle = '#8a96a6';
    ctx.lineWidth = 1.5;
    ctx.stroke();
  }
  ctx.beginPath();
  path(routeLine);
  ctx.strokeStyle = ACCENT;
  ctx.lineWidth = 6;
  ctx.setLineDash([18, 12]);
  ctx.stroke();
  ctx.setLineDash([]);
  const seen = new Set<string>();
  for (const place of art.route) {
    if (seen.has(place.name)) continue;
    seen.add(place.name);
    const point = projection([place.lon, place.lat]);
    if (!point) continue;
    const [x, y] = point;
    ctx.beginPath();
    ctx.arc(x, y, 14, 0, Math.PI * 2);
    ctx.fillStyle = NAVY;
    ctx.fill();
    ctx.lineWidth = 4;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
    ctx.font = font(36, 700);
    ctx.lineWidth = 8;
    ctx.strokeStyle = '#ffffff';
    ctx.lineJoin = 'round';
    // A label that would run off the right edge goes to the left of its city.
    const labelWidth = ctx.measureText(place.name).width;
    const labelX = x + 24 + labelWidth > box.x + box.width - 16 ? x - 24 - labelWidth : x + 24;
    ctx.strokeText(place.name, labelX, y + 12);
    ctx.fillStyle = INK;
    ctx.fillText(place.name, labelX, y + 12);
  }
  ctx.restore();
}

function canvasPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png'),
  );
}

/** The route map alone, filling a 1920 × 1080 PNG: the PowerPoint deck's map picture. */
export async function renderMapPng(map: MapSpec, basemap: FeatureCollection<Geometry, { name?: string }>, lang: string): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = MAP_PNG_WIDTH;
  canvas.height = MAP_PNG_HEIGHT;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw images');
  fontFamily = exportFont(lang);
  drawMap(ctx, { basemap, highlight: map.shade, route: map.route }, { x: 0, y: 0, width: MAP_PNG_WIDTH, height: MAP_PNG_HEIGHT });
  return canvasPng(canvas);
}
