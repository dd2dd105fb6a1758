import { Suspense, lazy, useEffect, useRef } from 'react';
import type { TripModel } from '../data/buildTripModel';
import { useHomeColour } from '../components/countryStyle';
import { Panel } from '../components/Panel';
import { ViewBoundary } from '../components/ViewBoundary';
import { componentMessages } from '../components/messages';
import { CopyBriefingButton } from '../features/briefing/CopyBriefingButton';
import { briefingControlMessages } from '../features/briefing/controlMessages';
import { localeOf, pickMessages, type Lang } from '../i18n/lang';
import { loadLanguage, useLanguageReady } from '../i18n/languagePacks';
import { useAppStore } from '../store/appStore';
import { CountryFilter, HeadlineFigures, LanguageSwitch, TripDates, missionSubtitle, sourcesLine } from './Header';
import { DownloadPptxButton } from '../features/briefing/DownloadPptxButton';
import { enterPresentation } from '../features/briefing/presentation';
import { LoadWhenNear } from './LoadWhenNear';
import { ViewEmbedAction } from './ViewEmbedAction';
import { PwaNotices, useServiceWorker } from './pwa/PwaNotices';
import { appMessages } from './messages';
import { documentDescription, documentTitle } from './documentMeta';
import { DatasetStatus } from './DatasetStatus';
import { VIEW_COMPONENTS, viewTitle, type ViewId } from './views';

// The deck and the PowerPoint file's chart parts load when asked for, not with the dashboard.
const Presentation = lazy(() => import('./Presentation'));
const loadDeckParts = () => import('./deckParts').then((m) => m.buildDeckParts);

const VIEWS: ViewId[] = ['map', 'agreements', 'timeline', 'voices', 'economy', 'notes'];
const LINKED_VIEWS: ViewId[] = ['map', 'agreements'];

function useDocumentLanguage(lang: Lang, wordsReady: boolean, model: TripModel | null) {
  useEffect(() => {
    document.documentElement.lang = lang;
    // Until the language's pack arrives (the Simplified table, the Russian texts) keep the title public/boot.js set.
    if (!wordsReady) return;
    document.title = documentTitle(lang, model);
    if (model) document.querySelector('meta[name="description"]')?.setAttribute('content', documentDescription(lang, model));
  }, [lang, wordsReady, model]);
}

function Dashboard({ lang }: { lang: Lang }) {
  const dataset = useAppStore((s) => s.dataset);
  const country = useAppStore((s) => s.country);
  if (dataset.status !== 'ready') return null;
  const tc = pickMessages(componentMessages, lang);
  const renderView = (id: ViewId) => {
    const View = VIEW_COMPONENTS[id];
    const title = viewTitle(id, dataset.model.dataset.outcomes.length, lang);
    return (
      <Panel
        key={id}
        id={`view-${id}`}
        title={title}
        actions={<ViewEmbedAction view={id} title={title} lang={lang} />}
      >
        <ViewBoundary lang={lang} name={id}>
          {/* The fallback reserves about the view's height, so panels below do not jump when it arrives. */}
          <LoadWhenNear id={id} placeholder={tc.loadingView}>
            <Suspense fallback={<p className={`view-loading view-loading--${id}`}>{tc.loadingView}</p>}>
              <View />
            </Suspense>
          </LoadWhenNear>
        </ViewBoundary>
      </Panel>
    );
  };
  return (
    <>
      <HeadlineFigures model={dataset.model} lang={lang} country={country} />
      <div className="views">
        {/* The map and the agreements chart side by side on a wide screen, so one click visibly changes both. */}
        <div className="views__linked">{LINKED_VIEWS.map((view) => renderView(view))}</div>
        {VIEWS.filter((view) => !LINKED_VIEWS.includes(view)).map((view) => renderView(view))}
      </div>
    </>
  );
}

function PresentButton({ lang }: { lang: Lang }) {
  const t = pickMessages(briefingControlMessages, lang);
  return (
    <button id="present-button" type="button" className="button button--on-navy" title={t.presentHint} onClick={enterPresentation}>
      {t.present}
    </button>
  );
}

/**
 * The header actions' room, kept while the data loads (or failed): the masthead wraps by its
 * content's width, so without it the dashboard below jumps down when the buttons arrive.
 */
function ActionsPlaceholder({ lang }: { lang: Lang }) {
  const t = pickMessages(briefingControlMessages, lang);
  return (
    <div className="masthead__actions masthead__actions--pending" aria-hidden="true">
      <span className="button button--on-navy">{t.present}</span>
      <span className="button button--on-navy">{t.copyBriefing}</span>
      <span className="button button--on-navy">{t.downloadPptx}</span>
    </div>
  );
}

function BusySpinner() {
  return (
    <div className="status">
      <span className="spinner" aria-hidden="true" />
    </div>
  );
}

/** Back from the slides, focus returns to the button that started them. */
function useFocusReturn(presenting: boolean) {
  const wasPresenting = useRef(presenting);
  useEffect(() => {
    if (wasPresenting.current && !presenting) document.getElementById('present-button')?.focus();
    wasPresenting.current = presenting;
  }, [presenting]);
}

export function App() {
  const lang = useAppStore((s) => s.lang);
  const dataset = useAppStore((s) => s.dataset);
  const slide = useAppStore((s) => s.slide);
  const wordsReady = useLanguageReady(lang);
  useDocumentLanguage(lang, wordsReady, dataset.status === 'ready' ? dataset.model : null);
  useServiceWorker();
  useHomeColour(dataset.status === 'ready' ? dataset.model.dataset.trip.home.colour : undefined);
  // A link with lang=zh-Hans or lang=ru: the language's pack loads (once) before anything is shown.
  useEffect(() => {
    void loadLanguage(lang).catch(() => {
      // Part of our own bundle; if it cannot load (offline after a deploy) the spinner stays.
    });
  }, [lang]);
  const presenting = slide !== null && dataset.status === 'ready';
  useFocusReturn(presenting);

  if (!wordsReady) {
    return (
      // No words here: they would have to be in a language whose pack is not there yet.
      <div className="app" lang={lang} aria-busy="true">
        <BusySpinner />
      </div>
    );
  }
  const t = pickMessages(appMessages, lang);
  if (presenting) {
    return (
      <div className="app app--presenting" lang={lang} data-locale={localeOf(lang)}>
        <Suspense
          fallback={
            <div className="status" role="status">
              <span className="spinner" aria-hidden="true" />
              {t.loading}
            </div>
          }
        >
          <Presentation model={dataset.model} lang={lang} slide={slide} sourcesLabel={t.viewNotes} />
        </Suspense>
      </div>
    );
  }
  return (
    <div className="app" lang={lang} data-locale={localeOf(lang)}>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="masthead">
        <div className="masthead__titles">
          <h1 className="masthead__title">{t.appTitle}</h1>
          {dataset.status === 'ready' ? (
            <p className="masthead__subtitle">{missionSubtitle(dataset.model, lang)}</p>
          ) : (
            <p className="masthead__subtitle" aria-hidden="true">&nbsp;</p>
          )}
          {/* The dates line keeps its place while the data loads, so nothing below it shifts. */}
          {dataset.status === 'ready' ? <TripDates model={dataset.model} lang={lang} /> : <p className="masthead__dates" aria-hidden="true">&nbsp;</p>}
        </div>
        <div className="masthead__controls">
          {dataset.status === 'ready' ? (
            <div className="masthead__actions">
              <PresentButton lang={lang} />
              <CopyBriefingButton className="button button--on-navy" />
              <DownloadPptxButton loadParts={loadDeckParts} className="button button--on-navy" />
            </div>
          ) : (
            <ActionsPlaceholder lang={lang} />
          )}
        </div>
      </header>
      {/* Language and country stay in reach while the reader scrolls: a compact bar that sticks to the top. */}
      <section className="control-bar" aria-label={t.controlBar}>
        <LanguageSwitch />
        <CountryFilter />
      </section>
      <PwaNotices lang={lang} />
      <main id="main" tabIndex={-1}>
        <DatasetStatus lang={lang} />
        <Dashboard lang={lang} />
      </main>
      <footer className="footer">
        <p>{dataset.status === 'ready' ? sourcesLine(dataset.model, lang) : null}</p>
      </footer>
    </div>
  );
}
