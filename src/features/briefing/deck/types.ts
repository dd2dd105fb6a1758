/**
 * The one description of the briefing deck: plain data, no React, no DOM. The slides on screen, the
 * slide PNGs and the PowerPoint file are each a small function of it.
 */
import type { Citation, CountryCode } from '../../../data/schema';
import type { Lang } from '../../../i18n/lang';
import type { SlideId } from '../slides';
import type { MissionMap } from '../../../components/mapPicture/missionMap';

/** What the deck follows of the reader's selection. */
export interface DeckSelection {
  country: CountryCode | null;
}

/** A big number with what it counts: "96 · Agreements and MoUs · all countries". */
export interface FigureSpec {
  id: string;
  value: string;
  /** "over", "about": said before the value. */
  qualifier?: string;
  label: string;
  scope?: string;
}

export interface ChartSeriesSpec {
  name: string;
  values: number[];
  /** '#rrggbb' */
  color: string;
  /**
   * A look per category where the dashboard varies it within a series: each bar in its country's
   * colour; an approximate figure in the tint with a dashed edge in the colour.
   */
  points?: { color: string; outline?: string }[];
  /**
   * Each bar's data label as the dashboard writes it ("over 5%", "US$79.1 billion"), qualifier and
   * unit included; without it the label is the bare value in `numberFormat`.
   */
  labels?: string[];
}

/** One entry of a chart's key: what a look of bar means ("Approximate (“about”)": tint, dashed edge). */
export interface ChartKeyItem {
  label: string;
  /** '#rrggbb' */
  color: string;
  /** A dashed edge in this colour ('#rrggbb'). */
  outline?: string;
  /** An open end: the true value is higher. */
  openEnd?: boolean;
}

/** A bar chart as data: what PowerPoint needs to make a native, editable chart. */
export interface ChartSpec {
  id: string;
  title: string;
  /** Bars run left to right ('bar') or bottom to top ('column'). */
  direction: 'bar' | 'column';
  stacked: boolean;
  categories: string[];
  series: ChartSeriesSpec[];
  categoryAxisTitle: string;
  valueAxisTitle: string;
  /** Excel number format of the values and data labels, e.g. '#,##0' or '0.0"%"'. */
  numberFormat: string;
  /** The chart in one sentence, for screen readers (PowerPoint's alt text). */
  altText: string;
  /** A key under the chart for looks that vary within one series (the series legend cannot say them). */
  key?: ChartKeyItem[];
}

export interface MapPlace {
  name: string;
  lon: number;
  lat: number;
}

export interface MapSpec {
  /** Home, the trip's cities in day order, and home again. */
  route: MapPlace[];
  /** What the map picture draws: the same cities, legs and shading as the dashboard's map. */
  picture: MissionMap;
  altText: string;
}

export interface ListItem {
  /** The item's own number (an outcome's), shown before it. */
  number?: number;
  text: string;
  /** When and where, e.g. "1 Jun" and the city. */
  note?: string;
  /**
   * Set when the item lies outside the chosen country ("not Uzbekistan"): said after the note and
   * drawn greyed, as the dashboard greys it.
   */
  outside?: string;
}

export type SlideBody =
  | { kind: 'figures'; figures: FigureSpec[] }
  | { kind: 'map'; map: MapSpec }
  | { kind: 'charts'; charts: ChartSpec[] }
  | { kind: 'list'; items: ListItem[] }
  | { kind: 'sources'; sources: string[]; notes: { title: string; used: string }[] };

export interface SlideDescription {
  id: SlideId;
  title: string;
  takeaway: string;
  /** The short source line shown on the slide ("Source: Ta Kung Pao, …"); empty on the sources slide. */
  source: string;
  /** Every citation behind the slide in full, for the speaker notes. */
  citations: string[];
  /** The data notes about what the slide shows: "title: what we used and why". */
  dataNotes: string[];
  body: SlideBody;
}

export interface DeckDescription {
  lang: Lang;
  /** BCP 47 tag of the texts (en-GB, zh-Hant-HK, zh-Hans-CN). */
  locale: string;
  /** The deck's title (the app's) and the trip's dates, for the file's properties. */
  title: string;
  subject: string;
  /** "Mission Atlas" under the counter. */
  credit: string;
  /** Short, file-name-safe name of the selection: "all", "uz". */
  selectionKey: string;
  slides: SlideDescription[];
}

/**
 * What other features know and the deck shows, handed in by the app (features never import each
 * other): the headline figures and the charts of the agreements and economy views, in their words.
 */
export interface DeckParts {
  /** The app's name, the deck's credit line. */
  appTitle: string;
  headline: { figures: FigureSpec[]; about: string[] };
  agreements: { charts: ChartSpec[]; about: string[] };
  economy: { charts: ChartSpec[]; about: string[]; cites: Citation[] };
}
