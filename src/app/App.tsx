import { Suspense, lazy, useEffect, type ComponentType, type LazyExoticComponent } from 'react';
import { Panel } from '../components/Panel';
import { ViewBoundary } from '../components/ViewBoundary';
import { componentMessages } from '../components/messages';
import { fill, localeOf, pickMessages, type Lang } from '../i18n/lang';
import { loadTripDataset, useAppStore } from '../store/appStore';
import { CountryFilter, HeadlineFigures, LanguageSwitch, TripDates } from './Header';
import { appMessages } from './messages';

type ViewKey = 'viewMap' | 'viewAgreements' | 'viewTimeline' | 'viewEconomy' | 'viewNotes';

interface ViewEntry {
  id: string;
  title: ViewKey;
  View: LazyExoticComponent<ComponentType>;
}

// Views load lazily: the first paint needs only the shell and the headline figures.
const VIEWS: ViewEntry[] = [
  { id: 'map', title: 'viewMap', View: lazy(() => import('../features/map/MapView')) },
  { id: 'agreements', title: 'viewAgreements', View: lazy(() => import('../features/agreements/AgreementsView')) },
  { id: 'timeline', title: 'viewTimeline', View: lazy(() => import('../features/timeline/TimelineView')) },
  { id: 'economy', title: 'viewEconomy', View: lazy(() => import('../features/economy/EconomyView')) },
  { id: 'notes', title: 'viewNotes', View: lazy(() => import('../features/notes/NotesView')) },
];

function useDocumentLanguage(lang: Lang) {
  useEffect(() => {
    document.documentElement.lang = lang;
    const t = pickMessages(appMessages, lang);
    document.title = `${t.appTitle} · ${t.appSubtitle}`;
  }, [lang]);
}

function DatasetStatus({ lang }: { lang: Lang }) {
  const dataset = useAppStore((s) => s.dataset);
  const t = pickMessages(appMessages, lang);
  if (dataset.status === 'loading') {
    return (
      <div className="status" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        {t.loading}
      </div>
    );
  }
  if (dataset.status === 'error') {
    return (
      <div className="status status--error" role="alert">
        <h2 className="status__title">{t.loadFailed}</h2>
        <p>{fill(t[`error-${dataset.kind}`], { detail: dataset.detail })}</p>
        <details className="status__detail">
          <summary>{t.errorDetail}</summary>
          <code>{dataset.detail}</code>
        </details>
        <button type="button" className="button button--primary" onClick={() => void loadTripDataset()}>
          {t.retry}
        </button>
      </div>
    );
  }
  return null;
}

function Dashboard({ lang }: { lang: Lang }) {
  const dataset = useAppStore((s) => s.dataset);
  const country = useAppStore((s) => s.country);
  if (dataset.status !== 'ready') return null;
  const t = pickMessages(appMessages, lang);
  const tc = pickMessages(componentMessages, lang);
  return (
    <>
      <HeadlineFigures model={dataset.model} lang={lang} country={country} />
      <div className="views">
        {VIEWS.map(({ id, title, View }) => (
          <Panel key={id} id={`view-${id}`} title={t[title]}>
            <ViewBoundary lang={lang} name={id}>
              <Suspense fallback={<p className="view-loading">{tc.loadingView}</p>}>
                <View />
              </Suspense>
            </ViewBoundary>
          </Panel>
        ))}
      </div>
    </>
  );
}

export function App() {
  const lang = useAppStore((s) => s.lang);
  const dataset = useAppStore((s) => s.dataset);
  useDocumentLanguage(lang);
  const t = pickMessages(appMessages, lang);
  return (
    <div className="app" lang={lang} data-locale={localeOf(lang)}>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="masthead">
        <div className="masthead__titles">
          <h1 className="masthead__title">{t.appTitle}</h1>
          <p className="masthead__subtitle">{t.appSubtitle}</p>
          {dataset.status === 'ready' ? <TripDates model={dataset.model} lang={lang} /> : null}
        </div>
        <div className="masthead__controls">
          <LanguageSwitch />
          <CountryFilter />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <DatasetStatus lang={lang} />
        <Dashboard lang={lang} />
      </main>
      <footer className="footer">
        <p>{t.footer}</p>
      </footer>
    </div>
  );
}
