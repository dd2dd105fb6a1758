import { StrictMode, startTransition, useLayoutEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { DATASET_URL, loadedFingerprint } from './data/loadDataset';
import { PRERENDER_LANG } from './i18n/lang';
import { loadLanguage } from './i18n/languagePacks';
import { loadTripDataset, useAppStore } from './store/appStore';
import { startUrlSync } from './store/urlSync';
import './app/app.css';

startUrlSync();
const datasetLoaded = loadTripDataset();
// A link in a language with a pack (zh-Hans, ru): its download starts beside the dataset's.
loadLanguage(useAppStore.getState().lang).catch(() => {});

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

/**
 * Whether the page on screen is the prerendered one for the store's state now. index.html may carry
 * the first view prerendered at build time (scripts/prerender.ts) for the default state: English,
 * all countries, no slides; public/boot.js hides it before the first paint when the reader gets
 * another language or selection.
 */
function showsPrerender(): boolean {
  const state = useAppStore.getState();
  return (
    container!.hasAttribute('data-prerendered') &&
    document.documentElement.dataset.prerender !== 'off' &&
    state.lang === PRERENDER_LANG &&
    state.country === null &&
    state.slide === null
  );
}

/** Once the live app is in the DOM (before it is painted), the static copy's marks go. */
function TakeOver({ children }: { children: ReactNode }) {
  useLayoutEffect(() => {
    // The static copy was a picture (inert, hidden from assistive technology); the live app is not.
    for (const name of ['data-prerendered', 'aria-hidden', 'inert']) container!.removeAttribute(name);
  }, []);
  return children;
}

const app = (
  <StrictMode>
    <TakeOver>
      <App />
    </TakeOver>
  </StrictMode>
);

/** Whether the dataset's response is already in (index.html preloads it): then it settles soon. */
function datasetArrived(): boolean {
  const url = new URL(DATASET_URL, document.baseURI).href;
  return performance.getEntriesByName(url).length > 0;
}

if (showsPrerender() && datasetArrived()) {
  // The prerendered figures stay until the dataset has settled (loaded or failed): rendering now
  // would swap them for the loading line and back.
  void datasetLoaded.then(() => {
    const { dataset } = useAppStore.getState();
    // Hydrated only over the page rendered from this very file: newer data renders afresh.
    const sameData = dataset.status === 'ready' && loadedFingerprint(dataset.model.dataset) === container.dataset.dataset;
    if (sameData && showsPrerender()) {
      // The page on screen is what the app renders in this state: React adopts its nodes instead
      // of replacing them, and its first render commits nothing new. As a transition, hydration
      // yields to the browser every few milliseconds instead of running as one long task.
      startTransition(() => {
        hydrateRoot(container, app);
      });
    } else {
      createRoot(container).render(app);
    }
  });
} else {
  // No prerender, another language or selection, or a slow server: the live app renders from
  // scratch and shows its loading status (the static copy cannot say it is waiting).
  createRoot(container).render(app);
}
