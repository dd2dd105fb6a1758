/**
 * The embed page's address: which view, whether it shows controls, and the usual selection keys
 * (lang, country, chart, day, outcome, explorer filters), read and written with the dashboard's
 * own URL parser, so a link means the same in both.
 */
import { DEFAULT_SELECTION, parseSelection, serializeSelection, type Selection } from './urlState';

export const EMBED_VIEWS = ['map', 'agreements', 'timeline', 'voices', 'economy'] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];

export function isEmbedView(value: unknown): value is EmbedView {
  return typeof value === 'string' && (EMBED_VIEWS as readonly string[]).includes(value);
}

export interface EmbedParams {
  /** null when the query names no view we embed. */
  view: EmbedView | null;
  /** controls=1: the language switch and the country filter above the view. */
  controls: boolean;
  /** The selection keys the query sets (lang when given; no slides in an embed). */
  selection: Partial<Selection>;
}

export function parseEmbedParams(search: string): EmbedParams {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const { slide: _slide, ...selection } = parseSelection(search);
  return { view: isEmbedView(view) ? view : null, controls: params.get('controls') === '1', selection };
}

/** The selection's query, without the slide (an embed never presents) and with defaults left out. */
function selectionQuery(selection: Selection): string {
  return serializeSelection({ ...selection, slide: null });
}

/** embed.html beside the page at `pageUrl`, showing `view` with `selection`. */
export function buildEmbedUrl(pageUrl: string, view: EmbedView, selection: Selection, { controls = false } = {}): string {
  const url = new URL('embed.html', pageUrl);
  url.search = `view=${view}&${selectionQuery(selection)}${controls ? '&controls=1' : ''}`;
  url.hash = '';
  return url.href;
}

/** The full dashboard (index.html's folder) beside the embed at `embedUrl`, with the same selection. */
export function buildDashboardUrl(embedUrl: string, selection: Selection): string {
  const url = new URL('./', embedUrl);
  url.search = selectionQuery(selection);
  return url.href;
}

/** A first height for each view's frame, close to its height at a desktop width, until the frame reports its own. */
export const EMBED_HEIGHTS: Readonly<Record<EmbedView, number>> = {
  map: 760,
  agreements: 640,
  timeline: 900,
  voices: 900,
  economy: 860,
};

export function selectionWithDefaults(partial: Partial<Selection>, lang: Selection['lang']): Selection {
  return { ...DEFAULT_SELECTION, lang, ...partial };
}
