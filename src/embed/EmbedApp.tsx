/**
 * embed.html: one view of the dashboard, for other sites to frame. The view is the dashboard's own
 * component (app/views.ts), with its title; its charts carry their takeaways and source lines, and
 * the footer names the sources and links to the full dashboard with the same selection. No header
 * and no filters unless the address says controls=1.
 */
import { Suspense, useCallback, useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Panel } from '../components/Panel';
import { ViewBoundary } from '../components/ViewBoundary';
import { componentMessages } from '../components/messages';
import { embedMessages } from '../components/embedMessages';
import { localeOf, pickMessages, type Lang } from '../i18n/lang';
import { loadLanguage, useLanguageReady } from '../i18n/languagePacks';
import { ViewLinkContext } from '../components/viewLinks';
import { selectSelection, useAppStore } from '../store/appStore';
import { DatasetStatus } from '../app/DatasetStatus';
import { CountryFilter, LanguageSwitch, sourcesLine } from '../app/Header';
import { appMessages } from '../app/messages';
import { VIEW_COMPONENTS, viewTitle } from '../app/views';
import { buildDashboardUrl, buildEmbedUrl, isEmbedView, type EmbedView } from '../store/embedUrl';
import { postHeightToParent } from './postHeight';
import './embed.css';

function useDocumentLanguage(lang: Lang, viewTitle: string, wordsReady: boolean) {
  useEffect(() => {
    document.documentElement.lang = lang;
    // Until the language's pack arrives the title would have no words in it.
    if (!wordsReady) return;
    document.title = `${viewTitle} · ${pickMessages(appMessages, lang).appTitle}`;
  }, [lang, viewTitle, wordsReady]);
}

/**
 * A link from one view to another: inside the embed, to the embed of that view (same selection) when
 * there is one, otherwise to that view on the full dashboard.
 */
function useEmbedViewLink(): (view: string) => string {
  const selection = useAppStore(useShallow(selectSelection));
  return useCallback(
    (view: string) =>
      isEmbedView(view)
        ? buildEmbedUrl(window.location.href, view, selection)
        : `${buildDashboardUrl(window.location.href, selection)}#view-${view}`,
    [selection],
  );
}

function DashboardLink({ lang }: { lang: Lang }) {
  const selection = useAppStore(useShallow(selectSelection));
  const t = pickMessages(embedMessages, lang);
  return (
    // A new tab: the framed page cannot (and should not) navigate the host page.
    <a className="embed__link" href={buildDashboardUrl(window.location.href, selection)} target="_blank" rel="noopener">
      {t.openDashboard}
    </a>
  );
}

export function EmbedApp({ view, controls }: { view: EmbedView | null; controls: boolean }) {
  const lang = useAppStore((s) => s.lang);
  const dataset = useAppStore((s) => s.dataset);
  const model = dataset.status === 'ready' ? dataset.model : null;
  // zh-Hans and ru: the language's pack loads (once) before any word is shown, as on the dashboard.
  const wordsReady = useLanguageReady(lang);
  useEffect(() => {
    void loadLanguage(lang).catch(() => {
      // Part of our own bundle; if it cannot load (offline after a deploy) the spinner stays.
    });
  }, [lang]);
  const title = !wordsReady ? '' : view && model ? viewTitle(view, model.dataset.outcomes.length, lang) : pickMessages(appMessages, lang).appTitle;
  useDocumentLanguage(lang, title, wordsReady);
  const viewLink = useEmbedViewLink();
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => (rootRef.current ? postHeightToParent(rootRef.current) : undefined), []);
  const View = view ? VIEW_COMPONENTS[view] : null;

  if (!wordsReady) {
    return (
      // The same root element (its height is observed), with no words until the language's pack is there.
      <div ref={rootRef} className="app embed" lang={lang} aria-busy="true">
        <div className="status">
          <span className="spinner" aria-hidden="true" />
        </div>
      </div>
    );
  }

  const t = pickMessages(appMessages, lang);
  const tc = pickMessages(componentMessages, lang);
  return (
    <div ref={rootRef} className={`app embed${controls ? ' embed--controls' : ''}`} lang={lang} data-locale={localeOf(lang)} data-embed-view={view ?? ''}>
      <header className="embed__header">
        {/* The site's name: the page's one h1, above the view's own heading (h2) and its charts (h3). */}
        <h1 className="embed__brand">{t.appTitle}</h1>
        {controls ? (
          <div className="embed__controls">
            <LanguageSwitch />
            <CountryFilter />
          </div>
        ) : null}
      </header>
      <main className="embed__main">
        <DatasetStatus lang={lang} />
        {model && View ? (
          <Panel id={`view-${view}`} title={title}>
            <ViewBoundary lang={lang} name={view!}>
              <Suspense fallback={<p className={`view-loading view-loading--${view}`}>{tc.loadingView}</p>}>
                <ViewLinkContext.Provider value={viewLink}>
                  <View />
                </ViewLinkContext.Provider>
              </Suspense>
            </ViewBoundary>
          </Panel>
        ) : null}
      </main>
      <footer className="embed__footer">
        {model ? <p className="embed__credit">{sourcesLine(model, lang)}</p> : null}
        <DashboardLink lang={lang} />
      </footer>
    </div>
  );
}
