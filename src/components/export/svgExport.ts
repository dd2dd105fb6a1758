/**
 * Turn a chart's on-screen <svg> into a standalone SVG file for briefings: the title, takeaway, source
 * line and date are drawn as <text>, and every style the chart gets from CSS is copied onto the
 * elements, so the file looks the same in Illustrator, PowerPoint or a browser without our stylesheet.
 */

import { EXPORT_FONT, estimateTextWidth, exportFont, wrapText } from '../textMetrics';

export { EXPORT_FONT, estimateTextWidth, exportFont, wrapText };

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface ExportText {
  title: string;
  takeaway: string;
  source: string;
  /** e.g. "Mission Atlas · exported 6 June 2026", already in the current language. */
  credit: string;
  /** BCP 47 tag of the texts, written as xml:lang so screen readers and fonts pick the right language. */
  lang: string;
}

/**
 * A legend entry drawn beside the chart on screen (HTML, outside its <svg>): its swatch, an <svg>
 * drawn as on screen, and its words. The file draws it under the chart, so every key shown exports.
 */
export interface ExportLegendItem {
  swatch: SVGSVGElement | null;
  label: string;
}

export interface ExportedSvg {
  markup: string;
  width: number;
  height: number;
}

const INK = '#1b2430';
const INK_MUTED = '#47505e';
const PAD = 20;
export const EXPORT_MARGIN = PAD;

// Properties that decide how an SVG element looks; geometry stays in attributes.
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'paint-order',
  'visibility',
  'display',
] as const;

// Values that are the default anyway: leaving them out keeps the file small and readable.
const DEFAULTS: Partial<Record<(typeof STYLE_PROPS)[number], string[]>> = {
  display: ['inline', 'block'],
  visibility: ['visible'],
  'letter-spacing': ['normal'],
  'paint-order': ['normal'],
  'dominant-baseline': ['auto'],
  'font-style': ['normal'],
  opacity: ['1'],
  'fill-opacity': ['1'],
  'stroke-opacity': ['1'],
  'stroke-dasharray': ['none'],
};

/**
 * Copy the computed look of each element of `source` onto the matching element of `target`, as SVG
 * presentation attributes rather than a style attribute: the app's CSP (style-src 'self') blocks
 * style attributes set from script, and every SVG reader understands presentation attributes.
 */
export function inlineStyles(source: Element, target: Element): void {
  const view = source.ownerDocument.defaultView;
  if (view && target instanceof SVGElement) {
    const computed = view.getComputedStyle(source);
    for (const prop of STYLE_PROPS) {
      const value = computed.getPropertyValue(prop).trim();
      if (value && !DEFAULTS[prop]?.includes(value)) target.setAttribute(prop, value);
    }
    // A CSS transform (e.g. from an animation) would be lost without the stylesheet.
    const transform = computed.getPropertyValue('transform');
    if (transform && transform !== 'none' && !source.hasAttribute('transform')) target.setAttribute('transform', transform);
  }
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length; i++) {
    const s = sourceChildren[i];
    const t = targetChildren[i];
    if (s && t) inlineStyles(s, t);
  }
}

/** The chart's own drawing size: its viewBox, else its laid-out size, else its width/height attributes. */
export function chartSize(svg: SVGSVGElement): { width: number; height: number } {
  const viewBox = svg.getAttribute('viewBox')?.split(/[\s,]+/).map(Number);
  if (viewBox && viewBox.length === 4 && viewBox.every(Number.isFinite) && viewBox[2]! > 0 && viewBox[3]! > 0) {
    return { width: viewBox[2]!, height: viewBox[3]! };
  }
  const box = svg.getBoundingClientRect();
  if (box.width > 0 && box.height > 0) return { width: Math.round(box.width), height: Math.round(box.height) };
  return { width: Number(svg.getAttribute('width')) || 640, height: Number(svg.getAttribute('height')) || 400 };
}

function textLines(
  doc: Document,
  parent: Element,
  lines: string[],
  options: { x: number; y: number; size: number; lineHeight: number; weight?: number; fill: string },
): number {
  let y = options.y;
  for (const line of lines) {
    const text = doc.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(options.x));
    text.setAttribute('y', String(y + options.size));
    text.setAttribute('font-size', String(options.size));
    text.setAttribute('font-weight', String(options.weight ?? 400));
    text.setAttribute('fill', options.fill);
    text.textContent = line;
    parent.append(text);
    y += options.lineHeight;
  }
  return y;
}

const LEGEND_SIZE = 13;
const LEGEND_ROW = 22;
const LEGEND_GAP = 18;

/** The legend under the chart, left to right, wrapping within the width; returns the y below it. */
function legendRows(doc: Document, parent: Element, items: readonly ExportLegendItem[], box: { x: number; y: number; width: number }): number {
  if (items.length === 0) return box.y;
  let x = 0;
  let y = box.y;
  for (const item of items) {
    const swatchWidth = item.swatch ? Number(item.swatch.getAttribute('width')) || 18 : 0;
    const swatchHeight = item.swatch ? Number(item.swatch.getAttribute('height')) || 14 : 0;
    const itemWidth = swatchWidth + (swatchWidth ? 6 : 0) + estimateTextWidth(item.label, LEGEND_SIZE);
    if (x > 0 && x + itemWidth > box.width) {
      x = 0;
      y += LEGEND_ROW;
    }
    if (item.swatch) {
      const swatch = item.swatch.cloneNode(true) as SVGSVGElement;
      inlineStyles(item.swatch, swatch);
      for (const el of [swatch, ...swatch.querySelectorAll('*')]) {
        for (const attr of ['style', 'class', 'aria-hidden', 'focusable', 'data-tone']) el.removeAttribute(attr);
      }
      swatch.setAttribute('x', String(box.x + x));
      swatch.setAttribute('y', String(y + (LEGEND_ROW - swatchHeight) / 2));
      swatch.setAttribute('width', String(swatchWidth));
      swatch.setAttribute('height', String(swatchHeight));
      if (!swatch.getAttribute('viewBox')) swatch.setAttribute('viewBox', `0 0 ${swatchWidth} ${swatchHeight}`);
      parent.append(swatch);
    }
    const label = doc.createElementNS(SVG_NS, 'text');
    label.setAttribute('x', String(box.x + x + swatchWidth + (swatchWidth ? 6 : 0)));
    label.setAttribute('y', String(y + LEGEND_ROW / 2 + LEGEND_SIZE * 0.35));
    label.setAttribute('font-size', String(LEGEND_SIZE));
    label.setAttribute('fill', INK_MUTED);
    label.textContent = item.label;
    parent.append(label);
    x += itemWidth + LEGEND_GAP;
  }
  return y + LEGEND_ROW + 8;
}

/**
 * Build the standalone SVG: header (title, takeaway), the chart with inlined styles, footer (source,
 * credit with date). The chart keeps its own size inside a 20px margin (EXPORT_MARGIN): the file is
 * chart width + 40 wide, and a PNG at 2x is twice the file.
 */
export function buildExportSvg(chart: SVGSVGElement, text: ExportText, legend: readonly ExportLegendItem[] = []): ExportedSvg {
  const doc = chart.ownerDocument;
  const { width: chartWidth, height: chartHeight } = chartSize(chart);
  // The chart keeps its on-screen size; the file adds a margin around it and the texts.
  const width = chartWidth + PAD * 2;
  const textWidth = Math.max(120, chartWidth);

  const root = doc.createElementNS(SVG_NS, 'svg');
  // The serializer writes xmlns itself for an element made with createElementNS; setting it twice breaks parsers.
  root.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:lang', text.lang);
  root.setAttribute('font-family', exportFont(text.lang));

  const background = doc.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  root.append(background);

  const titleEl = doc.createElementNS(SVG_NS, 'title');
  titleEl.textContent = text.title;
  root.append(titleEl);
  const descEl = doc.createElementNS(SVG_NS, 'desc');
  descEl.textContent = `${text.takeaway} ${text.source}`;
  root.append(descEl);

  let y = PAD;
  y = textLines(doc, root, wrapText(text.title, textWidth, 20, true), { x: PAD, y, size: 20, lineHeight: 27, weight: 700, fill: INK });
  y = textLines(doc, root, wrapText(text.takeaway, textWidth, 15), { x: PAD, y: y + 2, size: 15, lineHeight: 21, fill: INK });
  y += 10;

  const clone = chart.cloneNode(true) as SVGSVGElement;
  inlineStyles(chart, clone);
  // Interactive hooks mean nothing in a file; states like focus rings are dropped with them.
  for (const el of [clone, ...clone.querySelectorAll('*')]) {
    // Styles now live in presentation attributes (see inlineStyles); a leftover style attribute is redundant.
    for (const attr of ['style', 'tabindex', 'role', 'aria-labelledby', 'aria-describedby', 'focusable', 'data-chart-svg']) {
      el.removeAttribute(attr);
    }
  }
  for (const el of clone.querySelectorAll('[data-export="exclude"]')) el.remove();
  clone.setAttribute('x', String(PAD));
  clone.setAttribute('y', String(y));
  clone.setAttribute('width', String(chartWidth));
  clone.setAttribute('height', String(chartHeight));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${chartWidth} ${chartHeight}`);
  clone.removeAttribute('class');
  root.append(clone);
  // Fonts of the reader's script: the chart's own stack (read from the screen) becomes the export's.
  for (const el of [clone, ...clone.querySelectorAll('[font-family]')]) {
    if (/CJK|PingFang|JhengHei|YaHei/.test(el.getAttribute('font-family') ?? '')) el.setAttribute('font-family', exportFont(text.lang));
  }
  y += chartHeight + 12;
  y = legendRows(doc, root, legend, { x: PAD, y, width: textWidth });

  y = textLines(doc, root, wrapText(text.source, textWidth, 12), { x: PAD, y, size: 12, lineHeight: 17, fill: INK_MUTED });
  y = textLines(doc, root, wrapText(text.credit, textWidth, 12), { x: PAD, y: y + 2, size: 12, lineHeight: 17, fill: INK_MUTED });
  const height = Math.ceil(y + PAD);

  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);

  const markup = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
  return { markup, width, height };
}

export function svgBlob(markup: string): Blob {
  return new Blob([markup], { type: 'image/svg+xml;charset=utf-8' });
}
