/**
 * Presentation mode: the dashboard as 16:9 slides. The deck mechanics (frame, counter, keys, PNG)
 * live in features/briefing; the app, the one layer that may import every feature, fills the slides.
 */
import { Suspense, useCallback, useEffect, useMemo } from 'react';
import type { FeatureCollection, Geometry } from 'geojson';
import { describeCitation } from '../components/SourceNote';
import { ViewBoundary } from '../components/ViewBoundary';
import { componentMessages } from '../components/messages';
import type { TripModel } from '../data/buildTripModel';
import type { Citation, CountryCode, Source } from '../data/schema';
import { SlideDeck, type DeckSlide } from '../features/briefing/SlideDeck';
import { briefingMessages } from '../features/briefing/messages';
import type { MapPlace, SlideArt } from '../features/briefing/slidePng';
import { buildSlideTexts, type SlideId } from '../features/briefing/slides';
import { formatDate } from '../i18n/format';
import { fill, pickMessages, pickText, type Lang } from '../i18n/lang';
import { setSlide, useAppStore } from '../store/appStore';
import { HeadlineFigures, computeHeadlineFigures } from './Header';
import { appMessages } from './messages';
import { VIEW_COMPONENTS, type ViewId } from './views';

// Natural Earth ids (ISO 3166-1 numeric) of the trip countries, in their soft colour (trip.json).
const countryShapes = (model: TripModel): Record<CountryCode, { id: string; fill: string }> =>
  Object.fromEntries(model.dataset.trip.countries.map((c) => [c.code, { id: c.isoNumeric, fill: c.colours.soft }]));

function sourceLine(model: TripModel, cites: readonly Citation[], lang: Lang): string {
  const tc = pickMessages(componentMessages, lang);
  const unique = [...new Map(cites.map((c) => [`${c.source}/${c.section}`, c])).values()];
  if (unique.length === 0) return '';
  const sep = lang === 'en' ? '; ' : '；';
  return `${unique.length > 1 ? tc.sources : tc.source}${lang === 'en' ? ': ' : '：'}${unique.map((c) => describeCitation(model, c, lang)).join(sep)}`;
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

let basemapRequest: Promise<FeatureCollection<Geometry, { name?: string }>> | null = null;
function loadBasemap() {
  // The same file the map view loads, from our own origin, fetched only when a map PNG is made.
  basemapRequest ??= fetch('data/basemap.json').then((response) => {
    if (!response.ok) throw new Error(`base map: ${response.status}`);
    return response.json() as Promise<FeatureCollection<Geometry, { name?: string }>>;
  });
  basemapRequest.catch(() => {
    basemapRequest = null;
  });
  return basemapRequest;
}

function SlideView({ id, lang }: { id: ViewId; lang: Lang }) {
  const View = VIEW_COMPONENTS[id];
  const tc = pickMessages(componentMessages, lang);
  return (
    <ViewBoundary lang={lang} name={id}>
      <Suspense fallback={<p className="view-loading">{tc.loadingView}</p>}>
        <View />
      </Suspense>
    </ViewBoundary>
  );
}

/** "Ta Kung Pao, 6 June 2026, page A1: “…”" in the reader's language and punctuation. */
function describeSource(source: Source, lang: Lang): string {
  const t = pickMessages(briefingMessages, lang);
  return fill(t.briefSource, {
    publisher: pickText(source.publisher, lang),
    date: formatDate(source.published, lang),
    page: source.page ? fill(t.briefPage, { page: source.page }) : t.briefPageUnknown,
    title: pickText(source.title, lang),
  });
}

/** The last slide: every source with date and page, and the title of each data note. */
function SourcesSlide({ model, lang }: { model: TripModel; lang: Lang }) {
  const tn = pickMessages(appMessages, lang);
  return (
    <div className="sources-slide">
      <ul className="sources-slide__sources" aria-label={tn.viewNotes}>
        {model.dataset.sources.map((source) => (
          <li key={source.id}>{describeSource(source, lang)}</li>
        ))}
      </ul>
      <ol className="sources-slide__notes">
        {model.dataset.notes.map((note) => (
          <li key={note.id}>
            <strong>{pickText(note.title, lang)}</strong>
            {lang === 'en' ? ' — ' : '——'}
            {pickText(note.used, lang)}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** "text (note)", with full-width brackets in Chinese. */
function withNote(text: string, note: string, lang: Lang): string {
  return lang === 'en' ? `${text} (${note})` : `${text}（${note}）`;
}

function buildDeck(model: TripModel, lang: Lang, country: CountryCode | null): DeckSlide[] {
  const texts = buildSlideTexts(model, lang, country);
  const content: Record<SlideId, Pick<DeckSlide, 'content' | 'art'>> = {
    headline: {
      content: <HeadlineFigures model={model} lang={lang} country={country} showSource={false} labelledBy="slide-title" />,
      art: (): SlideArt => ({
        kind: 'figures',
        items: computeHeadlineFigures(model, lang, country).map((f) => ({ value: `${f.qualifier ?? ''}${f.value}`, label: f.scope ? withNote(f.label, f.scope, lang) : f.label })),
      }),
    },
    map: {
      content: <SlideView id="map" lang={lang} />,
      art: async (): Promise<SlideArt> => {
        const all = countryShapes(model);
        const shapes = country && all[country] ? [all[country]] : Object.values(all);
        return {
          kind: 'map',
          basemap: await loadBasemap(),
          highlight: Object.fromEntries(shapes.map((s) => [s.id, s.fill])),
          route: routeOf(model, lang),
        };
      },
    },
    agreements: { content: <SlideView id="agreements" lang={lang} /> },
    timeline: {
      content: <SlideView id="timeline" lang={lang} />,
      // The picture of this slide is the outcomes with where and when, not the day strip alone.
      art: (): SlideArt => ({
        kind: 'lines',
        numbered: true,
        items: model.dataset.outcomes.map((o) => {
          const place = model.placeById.get(o.place);
          const where = [formatDate(o.date, lang, 'short'), place ? pickText(place.name, lang) : ''].filter(Boolean);
          return withNote(pickText(o.title, lang), where.join(lang === 'en' ? ', ' : '，'), lang);
        }),
      }),
    },
    economy: { content: <SlideView id="economy" lang={lang} /> },
    notes: {
      content: <SourcesSlide model={model} lang={lang} />,
      art: (): SlideArt => ({
        kind: 'lines',
        items: [
          ...model.dataset.sources.map((s) => describeSource(s, lang)),
          ...model.dataset.notes.map((n) => pickText(n.title, lang)),
        ],
      }),
    },
  };
  return texts.map((text) => ({
    ...text,
    // The last slide lists the sources itself.
    source: text.id === 'notes' ? '' : sourceLine(model, text.cites, lang),
    ...content[text.id],
  }));
}

export function exitPresentation() {
  setSlide(null);
  if (typeof document !== 'undefined' && document.fullscreenElement) void document.exitFullscreen().catch(() => {});
}

/** Enter at slide 1, full screen where the browser allows it (it must be called from a click). */
export function enterPresentation() {
  setSlide(1);
  const root = document.documentElement;
  if (root.requestFullscreen && !document.fullscreenElement) void root.requestFullscreen().catch(() => {});
}

export function PresentationMode({ model, lang, slide }: { model: TripModel; lang: Lang; slide: number }) {
  const country = useAppStore((s) => s.country);
  const slides = useMemo(() => buildDeck(model, lang, country), [model, lang, country]);
  const t = pickMessages(appMessages, lang);
  const onGo = useCallback((n: number) => setSlide(Math.min(slides.length, Math.max(1, n))), [slides.length]);

  // A deep link past the end shows the last slide, and the URL says so.
  useEffect(() => {
    if (slide > slides.length) setSlide(slides.length);
  }, [slide, slides.length]);

  // Leaving full screen (the browser's own Escape) leaves the presentation too.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) setSlide(null);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  return (
    <SlideDeck
      slides={slides}
      current={slide}
      lang={lang}
      onGo={onGo}
      onExit={exitPresentation}
      credit={t.appTitle}
    />
  );
}
