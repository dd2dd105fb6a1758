/**
 * Presentation mode: the dashboard as 16:9 slides. What each slide says comes from the deck
 * description (describeDeck); what it shows live is a view the app hands in, since features never
 * import each other. The same description makes the PowerPoint file; the slide PNG is the slide as drawn.
 */
import { Suspense, useCallback, useEffect, useMemo, type ComponentType } from 'react';
import { ViewBoundary } from '../../components/ViewBoundary';
import { componentMessages } from '../../components/messages';
import { ViewVariantContext } from '../../components/viewVariant';
import type { TripModel } from '../../data/buildTripModel';
import type { CountryCode } from '../../data/schema';
import { pickMessages, type Lang } from '../../i18n/lang';
import { setSlide, useAppStore } from '../../store/appStore';
import { DownloadPptxButton } from './DownloadPptxButton';
import { SlideDeck, type DeckSlide } from './SlideDeck';
import { describeDeck } from './deck/describeDeck';
import type { DeckDescription, DeckParts, SlideBody } from './deck/types';
import { exitPresentation } from './presentation';
import type { SlideId } from './slides';
import { punctuation } from '../../i18n/punctuation';

/** The views the slides show live, by slide; the app supplies them. */
export type SlideViews = Partial<Record<SlideId, ComponentType>>;

/** The deck's parts from other features, made by the app for a language and selection. */
export type BuildDeckParts = (model: TripModel, lang: Lang, country: CountryCode | null) => DeckParts;

function SlideView({ id, view: View, lang }: { id: SlideId; view: ComponentType; lang: Lang }) {
  const tc = pickMessages(componentMessages, lang);
  return (
    <ViewBoundary lang={lang} name={id}>
      <Suspense fallback={<p className="view-loading">{tc.loadingView}</p>}>
        {/* Each view draws its slide variant: what reads from the back of a room, in the frame's type sizes. */}
        <ViewVariantContext value="slide">
          <View />
        </ViewVariantContext>
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
            {punctuation(lang).dash}
            {note.used}
          </li>
        ))}
      </ol>
    </div>
  );
}

function deckSlides(deck: DeckDescription, views: SlideViews, lang: Lang, sourcesLabel: string): DeckSlide[] {
  return deck.slides.map((slide) => {
    const view = views[slide.id];
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
