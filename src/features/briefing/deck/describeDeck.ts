/**
 * describeDeck: the briefing deck as plain data, in the reader's language and for the current
 * selection. Everything a slide says (title, takeaway, source line, figures, charts, map, lists,
 * citations and data notes) is decided here once; the React deck, the slide PNG and the PowerPoint
 * file only lay it out.
 */
import { formatCitations, groupCitations, publicationLine, sourceLine } from '../../../components/citations';
import { notesAbout } from '../../../components/dataNotes';
import type { TripModel } from '../../../data/buildTripModel';
import type { Citation, CountryCode, DataNote } from '../../../data/schema';
import { isOutcomeInCountry } from '../../../data/outcomeLinks';
import { formatDate, formatDateRange, formatList } from '../../../i18n/format';
import { fill, localeOf, pickMessages, pickText, type Lang } from '../../../i18n/lang';
import { describeMissionMap } from '../../../components/mapPicture/missionMap';
import { briefingMessages } from '../messages';
import { buildSlideTexts, type SlideId } from '../slides';
import { deckCountry } from './countries';
import type { DeckDescription, DeckParts, DeckSelection, ListItem, MapPlace, SlideBody, SlideDescription } from './types';
import { punctuation } from '../../../i18n/punctuation';
import { listFormat } from '../../../i18n/intlCache';

const colon = (lang: Lang) => punctuation(lang).colon;

/** A data note for the speaker: its title, the reading used and why. */
function describeNote(note: DataNote, lang: Lang): string {
  return `${pickText(note.title, lang)}${colon(lang)}${pickText(note.used, lang)} ${pickText(note.why, lang)}`.trim();
}

/** Home, the cities of the trip in day order, and back: the route the map slide is fitted to. */
export function routeOf(model: TripModel, lang: Lang): MapPlace[] {
  const home = model.dataset.trip.home.place;
  const ids = [home, ...new Set(model.dataset.days.map((d) => d.place)), home];
  return ids.flatMap((id) => {
    const place = model.placeById.get(id);
    return place ? [{ name: pickText(place.name, lang), lon: place.lon, lat: place.lat }] : [];
  });
}

/**
 * The outcomes by number, each with the days of the events it covers (an outcome has no day of its
 * own); under a country filter, those outside the country are marked, as the timeline greys them.
 */
function outcomeItems(model: TripModel, lang: Lang, country: CountryCode | null): ListItem[] {
  const t = pickMessages(briefingMessages, lang);
  const outcomes = [...model.dataset.outcomes].sort((a, b) => a.number - b.number);
  return outcomes.map((o) => {
    const days = (model.outcomeDays.get(o.number) ?? []).map((d) => formatDate(d, lang, 'short'));
    const item: ListItem = { number: o.number, text: pickText(o.title, lang) };
    if (days.length > 0) item.note = fill(t.outcomeEventDays, { days: formatList(days, lang) });
    if (country && !isOutcomeInCountry(o, model, country)) item.outside = fill(t.outcomeOutside, { country: deckCountry(country, lang).name });
    return item;
  });
}

export function describeDeck(model: TripModel, lang: Lang, selection: DeckSelection, parts: DeckParts): DeckDescription {
  const t = pickMessages(briefingMessages, lang);
  const { dataset } = model;
  const { country } = selection;
  const texts = buildSlideTexts(model, lang, country);
  const shown = dataset.trip.countries.filter((c) => !country || c.code === country).map((c) => deckCountry(c.code, lang));
  const route = routeOf(model, lang);
  const placeNames = [...new Set(route.map((p) => p.name))];
  const list = listFormat(localeOf(lang), { type: 'conjunction' });

  const outcomeIds = dataset.outcomes.flatMap((o) => [...o.agreements, ...o.events, ...o.milestones]);
  const routeIds = [...new Set([...dataset.days.map((d) => d.place), dataset.trip.home.place])];

  const slides: Record<SlideId, { body: SlideBody; about: string[]; cites: Citation[] }> = {
    headline: { body: { kind: 'figures', figures: parts.headline.figures }, about: parts.headline.about, cites: [] },
    map: {
      body: {
        kind: 'map',
        map: {
          route,
          picture: describeMissionMap(model, lang, country, { legTo: t.mapLegTo, returnLeg: t.mapReturnLeg, plannedFlightFrom: t.mapPlannedFlightFrom }),
          altText: fill(t.mapAlt, { places: list.format(placeNames), countries: list.format(shown.map((c) => c.name)) }),
        },
      },
      about: [...routeIds, ...dataset.events.map((e) => e.id)],
      cites: dataset.events.flatMap((e) => e.cite),
    },
    agreements: {
      body: { kind: 'charts', charts: parts.agreements.charts, ...(parts.agreements.panel ? { panel: parts.agreements.panel } : {}) },
      about: parts.agreements.about,
      cites: [],
    },
    timeline: { body: { kind: 'list', items: outcomeItems(model, lang, country) }, about: outcomeIds, cites: [] },
    economy: { body: { kind: 'charts', charts: parts.economy.charts }, about: parts.economy.about, cites: parts.economy.cites },
    notes: {
      body: {
        kind: 'sources',
        sources: dataset.sources.map((s) => publicationLine(s, lang)),
        notes: dataset.notes.map((n) => ({ title: pickText(n.title, lang), used: pickText(n.used, lang) })),
      },
      about: [],
      cites: [],
    },
  };

  const described: SlideDescription[] = texts.map((text) => {
    const slide = slides[text.id];
    const isLast = text.id === 'notes';
    return {
      id: text.id,
      title: text.title,
      takeaway: text.takeaway,
      // The last slide lists the sources itself.
      source: isLast ? '' : sourceLine(model, text.cites, lang),
      citations: isLast
        ? dataset.sources.map((s) => publicationLine(s, lang))
        : groupCitations(model, [...text.cites, ...slide.cites], lang).map((g) => formatCitations(model, g.cites, lang)),
      dataNotes: (isLast ? dataset.notes : notesAbout(model, slide.about)).map((n) => describeNote(n, lang)),
      body: slide.body,
    };
  });

  return {
    lang,
    locale: localeOf(lang),
    title: pickText(dataset.trip.title, lang),
    subject: formatDateRange(dataset.trip.start, dataset.trip.end, lang),
    credit: parts.appTitle,
    selectionKey: country ? country.toLowerCase() : 'all',
    slides: described,
  };
}
