/**
 * A slide as a 1920 × 1080 PNG, drawn on a canvas without new dependencies: the slide's title,
 * takeaway, source line and counter as canvas text, and its picture as one of
 *  - svg: the slide's chart <svg>, made standalone by the shared export (styles inlined) and scaled in;
 *  - map: the base map, route and cities drawn with d3-geo from the data, fitted to the route;
 *  - figures: big numbers with their labels (the headline slide);
 *  - lines: a short list (the sources slide).
 * Leaflet's tiles and HTML labels are not drawn: the map picture is our own rendering of the same data.
 */
import { geoPath, geoTransform, type GeoPermissibleObjects } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { EXPORT_FONT, chartSize, inlineStyles, svgBlob } from '../../components/export';
// Simplified Chinese glyphs differ from Traditional ones in shape: each script names its own fonts.
import { exportFont } from '../../components/textMetrics';
import type { MapPlace, MapSpec } from './deck/types';

export const SLIDE_PNG_WIDTH = 1920;
export const SLIDE_PNG_HEIGHT = 1080;

const INK = '#1b2430';
const INK_MUTED = '#47505e';
const NAVY = '#0b2545';
const ACCENT = '#005ea5';
const MARGIN = 96;
const ART_TOP = 330;
const ART_BOTTOM = 940;

export interface SlidePngText {
  title: string;
  takeaway: string;
  source: string;
  /** "3 / 6" */
  counter: string;
  credit: string;
  /** BCP 47 tag of the texts. */
  lang: string;
}

export type { MapPlace };

export type SlideArt =
  | { kind: 'svg'; svg: SVGSVGElement }
  | {
      kind: 'map';
      basemap: FeatureCollection<Geometry, { name?: string }>;
      /** Country shapes to colour, by feature id (ISO 3166 numeric, as Natural Earth gives). */
      highlight: Readonly<Record<string, string>>;
      route: readonly MapPlace[];
    }
  | { kind: 'figures'; items: readonly { value: string; label: string }[] }
  /** A short list; each item after its marker ("3.") or a bullet. */
  | { kind: 'lines'; items: readonly string[]; markers?: readonly string[] };

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Scale a picture of width × height into a box, keeping its proportions, centred. */
export function fitInto(width: number, height: number, box: Box): Box {
  const scale = Math.min(box.width / width, box.height / height);
  const w = width * scale;
  const h = height * scale;
  return { x: box.x + (box.width - w) / 2, y: box.y + (box.height - h) / 2, width: w, height: h };
}

let fontFamily = EXPORT_FONT;

function font(size: number, weight = 400) {
  return `${weight} ${size}px ${fontFamily}`;
}

/** Break text into lines that fit maxWidth, as measured by the canvas (CJK breaks between any two characters). */
function wrapCanvas(ctx: CanvasRenderingContext2D, text: string, maxWidth: number, maxLines: number): string[] {
  const tokens = text.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line.trim() !== '' && ctx.measureText(candidate.trimEnd()).width > maxWidth) {
      lines.push(line.trimEnd());
      line = /^\s+$/.test(token) ? '' : token;
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
    return kept;
  }
  return lines;
}

function drawLines(ctx: CanvasRenderingContext2D, lines: readonly string[], x: number, y: number, lineHeight: number): number {
  for (const line of lines) {
    ctx.fillText(line, x, y);
    y += lineHeight;
  }
  return y;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the chart image could not be drawn'));
    image.src = url;
  });
}

/** The chart as a standalone SVG file's text, looking as it does on screen. */
export function standaloneSvg(svg: SVGSVGElement, lang: string): { markup: string; width: number; height: number } {
  let { width, height } = chartSize(svg);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  // Labels drawn outside the viewBox (shown on screen through overflow: visible) would be cut off in
  // a standalone file: widen the viewBox to everything drawn, keeping the scale.
  const viewBox = svg.getAttribute('viewBox')?.split(/[\s,]+/).map(Number);
  if (viewBox?.length === 4 && viewBox.every(Number.isFinite) && typeof svg.getBBox === 'function') {
    const [vx, vy, vw, vh] = viewBox as [number, number, number, number];
    const drawn = svg.getBBox();
    const x0 = Math.min(vx, drawn.x);
    const y0 = Math.min(vy, drawn.y);
    const x1 = Math.max(vx + vw, drawn.x + drawn.width);
    const y1 = Math.max(vy + vh, drawn.y + drawn.height);
    if (vw > 0 && vh > 0 && (x0 < vx || y0 < vy || x1 > vx + vw || y1 > vy + vh)) {
      clone.setAttribute('viewBox', `${x0} ${y0} ${x1 - x0} ${y1 - y0}`);
      width *= (x1 - x0) / vw;
      height *= (y1 - y0) / vh;
    }
  }
  inlineStyles(svg, clone);
  for (const el of clone.querySelectorAll('[data-export="exclude"]')) el.remove();
  clone.removeAttribute('style');
  clone.removeAttribute('class');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:lang', lang);
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}

async function drawSvg(ctx: CanvasRenderingContext2D, svg: SVGSVGElement, box: Box, lang: string) {
  const { markup, width, height } = standaloneSvg(svg, lang);
  const url = URL.createObjectURL(svgBlob(markup));
  try {
    const image = await loadImage(url);
    const placed = fitInto(width, height, box);
    ctx.drawImage(image, placed.x, placed.y, placed.width, placed.height);
  } finally {
    URL.revokeObjectURL(url);
  }
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

function drawMap(ctx: CanvasRenderingContext2D, art: Extract<SlideArt, { kind: 'map' }>, box: Box) {
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

function drawFigures(ctx: CanvasRenderingContext2D, items: readonly { value: string; label: string }[], box: Box) {
  const columns = Math.min(items.length, 3);
  const rows = Math.ceil(items.length / columns);
  const cellWidth = box.width / columns;
  const cellHeight = Math.min(box.height / rows, 280);
  items.forEach((item, i) => {
    const x = box.x + (i % columns) * cellWidth;
    const y = box.y + Math.floor(i / columns) * cellHeight;
    ctx.fillStyle = ACCENT;
    ctx.fillRect(x, y, cellWidth - 40, 8);
    ctx.fillStyle = NAVY;
    ctx.font = font(88, 700);
    ctx.fillText(item.value, x, y + 110, cellWidth - 40);
    ctx.fillStyle = INK_MUTED;
    ctx.font = font(34);
    drawLines(ctx, wrapCanvas(ctx, item.label, cellWidth - 40, 2), x, y + 165, 44);
  });
}

function drawList(ctx: CanvasRenderingContext2D, items: readonly string[], box: Box, markers: readonly string[] | undefined) {
  const numbered = !!markers;
  // Long lists (the sources slide: 2 sources + 9 notes) get a smaller size so all of them fit.
  const size = items.length > 8 ? 28 : 32;
  const lineHeight = Math.round(size * 1.35);
  const gap = items.length > 8 ? 8 : 14;
  ctx.font = font(size);
  ctx.fillStyle = INK;
  const indent = numbered ? 56 : 40;
  let y = box.y + size;
  items.forEach((item, i) => {
    if (y > box.y + box.height) return;
    const lines = wrapCanvas(ctx, item, box.width - indent, 2);
    ctx.fillText(markers?.[i] ?? '•', box.x, y);
    y = drawLines(ctx, lines, box.x + indent, y, lineHeight) + gap;
  });
}

/** Draw the whole slide; exported for tests with a stub context. */
export async function drawSlide(ctx: CanvasRenderingContext2D, text: SlidePngText, art: SlideArt | null): Promise<void> {
  const width = SLIDE_PNG_WIDTH;
  const height = SLIDE_PNG_HEIGHT;
  fontFamily = exportFont(text.lang);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = NAVY;
  ctx.fillRect(0, 0, width, 16);
  ctx.textBaseline = 'alphabetic';

  ctx.fillStyle = NAVY;
  ctx.font = font(68, 700);
  ctx.fillText(text.title, MARGIN, 130, width - MARGIN * 2);
  ctx.fillStyle = INK;
  ctx.font = font(38);
  drawLines(ctx, wrapCanvas(ctx, text.takeaway, width - MARGIN * 2, 2), MARGIN, 205, 52);

  const box: Box = { x: MARGIN, y: ART_TOP, width: width - MARGIN * 2, height: ART_BOTTOM - ART_TOP };
  if (art?.kind === 'svg') await drawSvg(ctx, art.svg, box, text.lang);
  else if (art?.kind === 'map') drawMap(ctx, art, box);
  else if (art?.kind === 'figures') drawFigures(ctx, art.items, box);
  else if (art?.kind === 'lines') drawList(ctx, art.items, box, art.markers);

  ctx.strokeStyle = '#d5dbe3';
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(MARGIN, 966);
  ctx.lineTo(width - MARGIN, 966);
  ctx.stroke();
  ctx.fillStyle = INK_MUTED;
  ctx.font = font(26);
  drawLines(ctx, wrapCanvas(ctx, text.source, width - MARGIN * 2 - 300, 2), MARGIN, 1004, 34);
  ctx.textAlign = 'right';
  ctx.font = font(32, 700);
  ctx.fillStyle = NAVY;
  ctx.fillText(text.counter, width - MARGIN, 1008);
  ctx.font = font(24);
  ctx.fillStyle = INK_MUTED;
  ctx.fillText(text.credit, width - MARGIN, 1044);
  ctx.textAlign = 'left';
}

function canvasPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png'),
  );
}

/** The route map alone, filling a 1920 × 1080 PNG: the PowerPoint deck's map picture. */
export async function renderMapPng(map: MapSpec, basemap: FeatureCollection<Geometry, { name?: string }>, lang: string): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = SLIDE_PNG_WIDTH;
  canvas.height = SLIDE_PNG_HEIGHT;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw images');
  fontFamily = exportFont(lang);
  drawMap(ctx, { kind: 'map', basemap, highlight: map.shade, route: map.route }, { x: 0, y: 0, width: SLIDE_PNG_WIDTH, height: SLIDE_PNG_HEIGHT });
  return canvasPng(canvas);
}
