/**
 * Presentation mode: the dashboard as 16:9 slides. What each slide says comes from the deck
 * description (describeDeck); what it shows live is a view the app hands in, since features never
 * import each other. The same description makes the slide PNGs and the PowerPoint file.
 */
import { Suspense, useCallback, useEffect, useMemo, type ComponentType } from 'react';
import { ViewBoundary } from '../../components/ViewBoundary';
import { componentMessages } from '../../components/messages';
import type { TripModel } from '../../data/buildTripModel';
import type { CountryCode } from '../../data/schema';
import { pickMessages, type Lang } from '../../i18n/lang';
import { setSlide, useAppStore } from '../../store/appStore';
import { DownloadPptxButton } from './DownloadPptxButton';
import { SlideDeck, type DeckSlide } from './SlideDeck';
import { describeDeck } from './deck/describeDeck';
import type { DeckDescription, DeckParts, SlideBody, SlideDescription } from './deck/types';
import { loadBasemap } from './loadBasemap';
import { exitPresentation } from './presentation';
import type { SlideArt } from './slidePng';
import type { SlideId } from './slides';

/** The views the slides show live, by slide; the app supplies them. */
export type SlideViews = Partial<Record<SlideId, ComponentType>>;

/** The deck's parts from other features, made by the app for a language and selection. */
export type BuildDeckParts = (model: TripModel, lang: Lang, country: CountryCode | null) => DeckParts;

function SlideView({ id, view: View, lang }: { id: SlideId; view: ComponentType; lang: Lang }) {
  const tc = pickMessages(componentMessages, lang);
  return (
    <ViewBoundary lang={lang} name={id}>
      <Suspense fallback={<p className="view-loading">{tc.loadingView}</p>}>
        <View />
      </Suspense>
    </ViewBoundary>
  );
}

/** The last slide: every source with date and page, and each data note's title and reading. */
function SourcesSlide({ body, lang, label }: { body: Extract<SlideBody, { kind: 'sources' }>; lang: Lang; label: string }) {
  return (
    <div className="sources-slide">
      <ul className="sources-slide__sources" aria-label={label}>
        {body.sources.map((source) => (
          <li key={source}>{source}</li>
        ))}
      </ul>
      <ol className="sources-slide__notes">
        {body.notes.map((note) => (
          <li key={note.title}>
            <strong>{note.title}</strong>
            {lang === 'en' ? ' — ' : '——'}
            {note.used}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** "text (note)", with full-width brackets in Chinese. */
function withNote(text: string, note: string | undefined, lang: Lang): string {
  if (!note) return text;
  return lang === 'en' ? `${text} (${note})` : `${text}（${note}）`;
}

/**
 * The PNG picture of a slide, from its description. Chart slides have none here: their PNG is the
 * live chart as drawn on screen (SlideDeck takes the slide's largest chart).
 */
export function slideArt(slide: SlideDescription, lang: Lang): (() => SlideArt | Promise<SlideArt>) | undefined {
  const body = slide.body;
  switch (body.kind) {
    case 'figures':
      return () => ({
        kind: 'figures',
        items: body.figures.map((f) => ({ value: `${f.qualifier ?? ''}${f.value}`, label: withNote(f.label, f.scope, lang) })),
      });
    case 'map':
      return async () => ({ kind: 'map', basemap: await loadBasemap(), highlight: body.map.shade, route: body.map.route });
    case 'list':
      return () => ({
        kind: 'lines',
        items: body.items.map((item) => withNote(item.text, item.note, lang)),
        markers: body.items.map((item, i) => `${item.number ?? i + 1}.`),
      });
    case 'sources':
      return () => ({ kind: 'lines', items: [...body.sources, ...body.notes.map((n) => n.title)] });
    case 'charts':
      return undefined;
  }
}

function deckSlides(deck: DeckDescription, views: SlideViews, lang: Lang, sourcesLabel: string): DeckSlide[] {
  return deck.slides.map((slide) => {
    const view = views[slide.id];
    const art = slideArt(slide, lang);
    return {
      id: slide.id,
      title: slide.title,
      takeaway: slide.takeaway,
      source: slide.source,
      content:
        slide.body.kind === 'sources' ? (
          <SourcesSlide body={slide.body} lang={lang} label={sourcesLabel} />
        ) : view ? (
          <SlideView id={slide.id} view={view} lang={lang} />
        ) : null,
      ...(art ? { art } : {}),
    };
  });
}


interface PresentationModeProps {
  model: TripModel;
  lang: Lang;
  slide: number;
  views: SlideViews;
  buildParts: BuildDeckParts;
  /** Names the list of sources on the last slide. */
  sourcesLabel: string;
}

export function PresentationMode({ model, lang, slide, views, buildParts, sourcesLabel }: PresentationModeProps) {
  const country = useAppStore((s) => s.country);
  const deck = useMemo(() => describeDeck(model, lang, { country }, buildParts(model, lang, country)), [model, lang, country, buildParts]);
  const slides = useMemo(() => deckSlides(deck, views, lang, sourcesLabel), [deck, views, lang, sourcesLabel]);
  const loadParts = useCallback(() => Promise.resolve(buildParts), [buildParts]);
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
      credit={deck.credit}
      actions={<DownloadPptxButton loadParts={loadParts} className="deck__button" placement="deck" />}
    />
  );
}
