/**
 * The deck description as a PowerPoint file (16:9), made with pptxgenjs: native, editable charts with
 * their data in the chart's own sheet; figures, outcomes and sources as real text boxes; the route
 * map as a picture with alt text; the source line on every slide; full citations and data notes in
 * the speaker notes. Loaded only on demand (dynamic import), so pptxgenjs and JSZip never weigh on
 * the first load. Works in the browser and in Node (tests, check:pptx).
 */
import PptxGenJS from 'pptxgenjs';
import type { ChartKeyItem, ChartSpec, FigureSpec, TextPanelSpec } from '../../../components/chartSpec';
import type { DeckDescription, ListItem, SlideBody, SlideDescription } from '../deck/types';
import { pickMessages } from '../../../i18n/lang';
import { briefingMessages } from '../messages';
import { finishPptx, fontsFor, type DeckFonts } from './finishPptx';
import { punctuation } from '../../../i18n/punctuation';

export interface PptxAssets {
  /** The route map as PNG bytes, ideally 1920 × 1080 (see renderMapPng). */
  mapPng?: Uint8Array;
}

// LAYOUT_WIDE: 13.333 × 7.5 in, PowerPoint's own 16:9.
const W = 13.333;
const MARGIN = 0.6;
const BODY_TOP = 2.05;
const BODY_BOTTOM = 6.5;
const INNER_W = W - 2 * MARGIN;

const NAVY = '0B2545';
const INK = '1B2430';
const INK_MUTED = '47505E';
const ACCENT = '005EA5';
const RULE = 'D5DBE3';
// Greyed but readable on white (4.8:1), as the dashboard greys what lies outside the country.
const OUTSIDE = '6B737E';

const hex = (color: string) => color.replace('#', '').toUpperCase();

function toBase64(bytes: Uint8Array): string {
  if (typeof Buffer !== 'undefined') return Buffer.from(bytes).toString('base64');
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

type Slide = PptxGenJS.Slide;

function frame(slide: Slide, described: SlideDescription, deck: DeckDescription, n: number, fonts: DeckFonts) {
  const text = { fontFace: fonts.latin, lang: fonts.lang };
  slide.background = { color: 'FFFFFF' };
  slide.addShape('rect', { x: 0, y: 0, w: W, h: 0.11, fill: { color: NAVY }, line: { color: NAVY } });
  slide.addText(described.title, { ...text, x: MARGIN, y: 0.3, w: INNER_W, h: 0.8, fontSize: 30, bold: true, color: NAVY, valign: 'middle', fit: 'shrink' });
  slide.addText(described.takeaway, { ...text, x: MARGIN, y: 1.1, w: INNER_W, h: 0.85, fontSize: 17, color: INK, valign: 'top', fit: 'shrink' });
  slide.addShape('line', { x: MARGIN, y: 6.62, w: INNER_W, h: 0, line: { color: RULE, width: 1 } });
  // The last slide lists the sources in its body; its line names them too, so no slide is without one.
  const source = described.source || described.citations.join(punctuation(deck.lang).semicolon);
  slide.addText(source, { ...text, x: MARGIN, y: 6.68, w: INNER_W - 1.9, h: 0.7, fontSize: 9.5, color: INK_MUTED, valign: 'top', fit: 'shrink' });
  slide.addText(
    [
      { text: `${n} / ${deck.slides.length}`, options: { ...text, fontSize: 14, bold: true, color: NAVY, breakLine: true } },
      { text: deck.credit, options: { ...text, fontSize: 10, color: INK_MUTED } },
    ],
    { x: W - MARGIN - 1.8, y: 6.68, w: 1.8, h: 0.7, align: 'right', valign: 'top' },
  );
}

function speakerNotes(slide: Slide, described: SlideDescription, deck: DeckDescription) {
  const t = pickMessages(briefingMessages, deck.lang);
  const parts = [described.takeaway, '', `${t.notesSources}:`, ...described.citations.map((c) => `• ${c}`)];
  if (described.dataNotes.length > 0) parts.push('', `${t.notesDataNotes}:`, ...described.dataNotes.map((note) => `• ${note}`));
  slide.addNotes(parts.join('\n'));
}

function figures(slide: Slide, items: readonly FigureSpec[], fonts: DeckFonts) {
  const text = { fontFace: fonts.latin, lang: fonts.lang };
  const columns = Math.min(items.length, 3);
  const rows = Math.ceil(items.length / columns);
  const cellW = INNER_W / columns;
  const cellH = Math.min((BODY_BOTTOM - BODY_TOP) / rows, 2.1);
  items.forEach((item, i) => {
    const x = MARGIN + (i % columns) * cellW;
    const y = BODY_TOP + Math.floor(i / columns) * cellH;
    slide.addShape('rect', { x, y, w: cellW - 0.35, h: 0.06, fill: { color: ACCENT }, line: { color: ACCENT } });
    slide.addText(
      [
        ...(item.qualifier ? [{ text: `${item.qualifier} `, options: { ...text, fontSize: 18, bold: true, color: NAVY } }] : []),
        { text: item.value, options: { ...text, fontSize: 40, bold: true, color: NAVY } },
      ],
      { x, y: y + 0.12, w: cellW - 0.35, h: 0.85, valign: 'bottom', fit: 'shrink', margin: 0 },
    );
    slide.addText(
      [
        { text: item.label, options: { ...text, fontSize: 15, color: INK, breakLine: !!item.scope } },
        ...(item.scope ? [{ text: item.scope, options: { ...text, fontSize: 12, color: INK_MUTED } }] : []),
      ],
      { x, y: y + 1.0, w: cellW - 0.35, h: cellH - 1.1, valign: 'top', fit: 'shrink', margin: 0 },
    );
  });
}

/** Excel's number format for a chart's values: '#,##0', '#,##0.0'; 'General' shows each as it is; a unit such as '%' after it. */
export function excelNumberFormat(fractionDigits: number | null, suffix = ''): string {
  const base = fractionDigits === null ? (suffix ? '0' : 'General') : fractionDigits > 0 ? `#,##0.${'0'.repeat(fractionDigits)}` : '#,##0';
  return suffix ? `${base}"${suffix}"` : base;
}

const KEY_H = 0.4;

/** The key under a chart: a swatch drawn as the bars are (solid, or tint with a dashed edge; an open end) and its words. */
function chartKey(slide: Slide, items: readonly ChartKeyItem[], box: { x: number; y: number; w: number }, fonts: DeckFonts) {
  const text = { fontFace: fonts.latin, lang: fonts.lang };
  const cellW = box.w / items.length;
  items.forEach((item, i) => {
    const x = box.x + i * cellW;
    const swatchW = item.openEnd ? 0.3 : 0.42;
    const line = item.outline ? { color: hex(item.outline), width: 1.25, dashType: 'dash' as const } : { color: hex(item.color), width: 0.75 };
    slide.addShape('rect', { x, y: box.y + 0.12, w: swatchW, h: 0.16, fill: { color: hex(item.color) }, line });
    if (item.openEnd) {
      const edge = hex(item.outline ?? item.color);
      slide.addShape('line', { x: x + swatchW, y: box.y + 0.2, w: 0.14, h: 0, line: { color: edge, width: 1.5, dashType: 'sysDash', endArrowType: 'arrow' } });
    }
    slide.addText(item.label, { ...text, x: x + 0.52, y: box.y, w: cellW - 0.6, h: KEY_H, fontSize: 10.5, color: INK, valign: 'middle', fit: 'shrink', margin: 0 });
  });
}

function chart(slide: Slide, spec: ChartSpec, area: { x: number; y: number; w: number; h: number }, fonts: DeckFonts) {
  // A key of its own takes a row under the chart.
  const box = spec.key?.length ? { ...area, h: area.h - KEY_H } : area;
  if (spec.key?.length) chartKey(slide, spec.key, { x: area.x, y: area.y + area.h - KEY_H, w: area.w }, fonts);
  const data = spec.series.map((s) => ({ name: s.name, labels: spec.categories, values: s.values }));
  const horizontal = spec.direction === 'bar';
  const numberFormat = excelNumberFormat(spec.fractionDigits, spec.valueSuffix);
  const options: PptxGenJS.IChartOpts = {
    ...box,
    altText: spec.altText,
    lang: fonts.lang,
    barDir: horizontal ? 'bar' : 'col',
    barGrouping: spec.stacked ? 'stacked' : 'clustered',
    ...(spec.stacked ? { overlap: 100 } : {}),
    barGapWidthPct: 60,
    chartColors: spec.series.map((s) => hex(s.color)),
    showTitle: true,
    title: spec.title,
    titleFontFace: fonts.latin,
    titleFontSize: 14,
    titleColor: NAVY,
    showValue: true,
    // A stacked bar without a segment of a series would show a stray "0" at its end: the format's
    // empty third section leaves zero labels blank (the value stays in the chart's sheet).
    dataLabelFormatCode: spec.stacked ? `${numberFormat};-${numberFormat};` : numberFormat,
    dataLabelFontFace: fonts.latin,
    dataLabelFontSize: 11,
    dataLabelColor: spec.stacked ? 'FFFFFF' : INK,
    dataLabelPosition: spec.stacked ? 'ctr' : 'outEnd',
    showLegend: spec.series.length > 1,
    legendPos: 'b',
    legendFontFace: fonts.latin,
    legendFontSize: 11,
    showCatAxisTitle: true,
    catAxisTitle: spec.categoryAxisTitle,
    catAxisTitleFontFace: fonts.latin,
    catAxisTitleFontSize: 11,
    catAxisTitleColor: INK_MUTED,
    catAxisLabelFontFace: fonts.latin,
    catAxisLabelFontSize: 11,
    catAxisLabelColor: INK,
    showValAxisTitle: true,
    valAxisTitle: spec.valueAxisTitle,
    valAxisTitleFontFace: fonts.latin,
    valAxisTitleFontSize: 11,
    valAxisTitleColor: INK_MUTED,
    valAxisLabelFontFace: fonts.latin,
    valAxisLabelFontSize: 10,
    valAxisLabelColor: INK_MUTED,
    valAxisLabelFormatCode: numberFormat,
    valGridLine: { color: 'E3E7ED', size: 0.75 },
    // Bars read top to bottom in the order given, as on the page.
    ...(horizontal ? { catAxisOrientation: 'maxMin' as 'minMax', valAxisCrossesAt: 'autoZero' } : {}),
  };
  slide.addChart('bar', data, options);
}

/** A titled list in a chart's place, its title styled as a chart title. */
function textPanel(slide: Slide, panel: TextPanelSpec, box: { x: number; y: number; w: number; h: number }, fonts: DeckFonts) {
  const text = { fontFace: fonts.latin, lang: fonts.lang };
  slide.addText(panel.title, { ...text, x: box.x, y: box.y + 0.05, w: box.w, h: 0.5, fontSize: 14, color: NAVY, align: 'center', valign: 'middle', fit: 'shrink' });
  slide.addText(
    panel.items.map((item, i) => ({ text: item, options: { ...text, fontSize: 14, color: INK, bullet: true, paraSpaceAfter: 6, breakLine: i < panel.items.length - 1 } })),
    { x: box.x + 0.1, y: box.y + 0.65, w: box.w - 0.2, h: box.h - 0.7, valign: 'top', fit: 'shrink' },
  );
}

function list(slide: Slide, items: readonly ListItem[], fonts: DeckFonts, comma: string) {
  const text = { fontFace: fonts.latin, lang: fonts.lang };
  const size = items.length > 8 ? 14 : 18;
  // Each item's own number as text (not a list number), then its words, then its note (e.g. the days of an
  // outcome's events); an item outside the chosen country greyed, and saying so in words.
  slide.addText(
    items.flatMap((item, i) => {
      const note = [item.note, item.outside].filter(Boolean).join(comma);
      return [
        ...(item.number !== undefined ? [{ text: `${item.number}   `, options: { ...text, fontSize: size, color: item.outside ? OUTSIDE : ACCENT, bold: true, paraSpaceAfter: 8 } }] : []),
        { text: item.text, options: { ...text, fontSize: size, color: item.outside ? OUTSIDE : INK, bold: !item.outside, paraSpaceAfter: 8, breakLine: !note && i < items.length - 1 } },
        ...(note ? [{ text: `   ${note}`, options: { ...text, fontSize: size - 3, color: item.outside ? OUTSIDE : INK_MUTED, breakLine: i < items.length - 1 } }] : []),
      ];
    }),
    { x: MARGIN, y: BODY_TOP, w: INNER_W, h: BODY_BOTTOM - BODY_TOP, valign: 'top', fit: 'shrink' },
  );
}

function sources(slide: Slide, body: Extract<SlideBody, { kind: 'sources' }>, fonts: DeckFonts, dash: string) {
  const text = { fontFace: fonts.latin, lang: fonts.lang };
  slide.addText(
    body.sources.map((s, i) => ({ text: s, options: { ...text, fontSize: 15, color: INK, bullet: true, paraSpaceAfter: 4, breakLine: i < body.sources.length - 1 } })),
    { x: MARGIN, y: BODY_TOP, w: INNER_W, h: 1.05, valign: 'top', fit: 'shrink' },
  );
  slide.addText(
    body.notes.flatMap((note, i) => [
      { text: note.title, options: { ...text, fontSize: 13.5, bold: true, color: INK, paraSpaceAfter: 6 } },
      { text: `${dash}${note.used}`, options: { ...text, fontSize: 13, color: INK, breakLine: i < body.notes.length - 1 } },
    ]),
    { x: MARGIN, y: BODY_TOP + 1.15, w: INNER_W, h: BODY_BOTTOM - BODY_TOP - 1.1, valign: 'top', fit: 'shrink' },
  );
}

function body(slide: Slide, described: SlideDescription, deck: DeckDescription, assets: PptxAssets, fonts: DeckFonts) {
  const b = described.body;
  switch (b.kind) {
    case 'figures':
      figures(slide, b.figures, fonts);
      return;
    case 'map': {
      const h = BODY_BOTTOM - BODY_TOP + 0.05;
      const w = (h * 16) / 9;
      if (assets.mapPng) {
        slide.addImage({ data: `image/png;base64,${toBase64(assets.mapPng)}`, x: (W - w) / 2, y: BODY_TOP, w, h, altText: b.map.altText });
      } else {
        // No picture (made without a canvas): the route in words instead.
        slide.addText(b.map.route.map((p) => p.name).join(' → '), { fontFace: fonts.latin, lang: fonts.lang, x: MARGIN, y: BODY_TOP, w: INNER_W, h: 1, fontSize: 24, color: NAVY, bold: true });
      }
      return;
    }
    case 'charts': {
      const gap = 0.3;
      const columns = b.charts.length + (b.panel ? 1 : 0);
      const w = (INNER_W - gap * (columns - 1)) / Math.max(1, columns);
      b.charts.forEach((spec, i) => chart(slide, spec, { x: MARGIN + i * (w + gap), y: BODY_TOP, w, h: BODY_BOTTOM - BODY_TOP }, fonts));
      if (b.panel) textPanel(slide, b.panel, { x: MARGIN + b.charts.length * (w + gap), y: BODY_TOP, w, h: BODY_BOTTOM - BODY_TOP }, fonts);
      return;
    }
    case 'list':
      list(slide, b.items, fonts, punctuation(deck.lang).comma);
      return;
    case 'sources':
      sources(slide, b, fonts, punctuation(deck.lang).dash);
      return;
  }
}

/** The deck as a .pptx file's bytes. */
export async function renderPptxBytes(deck: DeckDescription, assets: PptxAssets = {}): Promise<Uint8Array> {
  const fonts = fontsFor(deck.lang);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.subject = deck.subject;
  pptx.company = deck.credit;
  pptx.author = deck.credit;
  pptx.theme = { headFontFace: fonts.latin, bodyFontFace: fonts.latin };
  deck.slides.forEach((described, i) => {
    const slide = pptx.addSlide();
    frame(slide, described, deck, i + 1, fonts);
    body(slide, described, deck, assets, fonts);
    speakerNotes(slide, described, deck);
  });
  // Stored, not compressed: finishPptx compresses the whole file once, after its edits.
  const raw = (await pptx.write({ outputType: 'uint8array', compression: false })) as Uint8Array;
  return finishPptx(raw, deck, fonts);
}

/** The deck as a .pptx Blob, ready to download. */
export async function renderPptx(deck: DeckDescription, assets: PptxAssets = {}): Promise<Blob> {
  const bytes = await renderPptxBytes(deck, assets);
  return new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
}
