/**
 * embed.html: one view of the dashboard, for other sites to frame. The view is the dashboard's own
 * component (app/views.ts), with its title; its charts carry their takeaways and source lines, and
 * the footer names the sources and links to the full dashboard with the same selection. No header
 * and no filters unless the address says controls=1.
 */
import { Suspense, useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Panel } from '../components/Panel';
import { ViewBoundary } from '../components/ViewBoundary';
import { componentMessages } from '../components/messages';
import { embedMessages } from '../components/embedMessages';
import { localeOf, pickMessages, type Lang } from '../i18n/lang';
import { selectSelection, useAppStore } from '../store/appStore';
import { DatasetStatus } from '../app/DatasetStatus';
import { CountryFilter, LanguageSwitch, sourcesLine } from '../app/Header';
import { appMessages } from '../app/messages';
import { VIEW_COMPONENTS, viewTitle } from '../app/views';
import { buildDashboardUrl, type EmbedView } from '../store/embedUrl';
import { postHeightToParent } from './postHeight';
import './embed.css';

function useDocumentLanguage(lang: Lang, viewTitle: string) {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${viewTitle} · ${pickMessages(appMessages, lang).appTitle}`;
  }, [lang, viewTitle]);
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
  const t = pickMessages(appMessages, lang);
  const tc = pickMessages(componentMessages, lang);
  const title = view && model ? viewTitle(view, model.dataset.outcomes.length, lang) : t.appTitle;
  useDocumentLanguage(lang, title);
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => (rootRef.current ? postHeightToParent(rootRef.current) : undefined), []);
  const View = view ? VIEW_COMPONENTS[view] : null;

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
                <View />
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
