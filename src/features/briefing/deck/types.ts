/**
 * The one description of the briefing deck: plain data, no React, no DOM. The slides on screen, the
 * slide PNGs and the PowerPoint file are each a small function of it.
 */
import type { Citation, CountryCode } from '../../../data/schema';
import type { Lang } from '../../../i18n/lang';
import type { ChartSpec, FigureSpec, TextPanelSpec } from '../../../components/chartSpec';

export type { TextPanelSpec };
import type { SlideId } from '../slides';
import type { MissionMap } from '../../../components/mapPicture/missionMap';

/** What the deck follows of the reader's selection. */
export interface DeckSelection {
  country: CountryCode | null;
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
   * Set when the item lies outside the chosen country ("not <country>"): said after the note and
   * drawn greyed, as the dashboard greys it.
   */
  outside?: string;
}


export type SlideBody =
  | { kind: 'figures'; figures: FigureSpec[] }
  | { kind: 'map'; map: MapSpec }
  | { kind: 'charts'; charts: ChartSpec[]; panel?: TextPanelSpec }
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
 * What other features know and the deck shows, each written by the feature that owns it
 * (agreements/deckPart.ts, economy/deckPart.ts) and handed in by the app (features never import
 * each other): the headline figures and the charts of the agreements and economy views.
 */
export interface DeckParts {
  /** The app's name, the deck's credit line. */
  appTitle: string;
  headline: { figures: FigureSpec[]; about: string[] };
  agreements: { charts: ChartSpec[]; about: string[]; panel?: TextPanelSpec };
  economy: { charts: ChartSpec[]; about: string[]; cites: Citation[] };
}
