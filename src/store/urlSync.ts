/**
 * Keeps the store and the address bar in step. Filters replace the history entry (no back-button
 * spam); moving to another slide, or into or out of the slides, adds one, so Back goes to the
 * previous slide and then to the dashboard. The browser's back and forward restore the selection
 * they recorded.
 */
import { preferredLang } from '../i18n/lang';
import { applySelection, selectSelection, useAppStore } from './appStore';
import { DEFAULT_SELECTION, parseSelection, serializeSelection } from './urlState';

export function initialSelectionFrom(search: string, languages: readonly string[]) {
  const fromUrl = parseSelection(search);
  return { ...DEFAULT_SELECTION, lang: fromUrl.lang ?? preferredLang(languages), ...fromUrl };
}

export function startUrlSync(win: Window = window): () => void {
  applySelection(initialSelectionFrom(win.location.search, win.navigator.languages ?? [win.navigator.language]));
  let last = '';
  let lastSlide = useAppStore.getState().slide;
  let restoring = false;
  const write = () => {
    const state = useAppStore.getState();
    const query = serializeSelection(selectSelection(state));
    if (query === last) return;
    last = query;
    const url = `${win.location.pathname}?${query}${win.location.hash}`;
    const newSlide = state.slide !== lastSlide;
    lastSlide = state.slide;
    if (newSlide && !restoring) win.history.pushState(win.history.state, '', url);
    else win.history.replaceState(win.history.state, '', url);
  };
  write();
  const unsubscribe = useAppStore.subscribe(write);
  const onPopState = () => {
    restoring = true;
    try {
      applySelection({ ...DEFAULT_SELECTION, ...parseSelection(win.location.search) });
    } finally {
      restoring = false;
    }
  };
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
