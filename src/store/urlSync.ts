/**
 * Keeps the store and the address bar in step. Filters replace the history entry (no back-button
 * spam); the browser's back and forward restore the selection they recorded.
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
  const write = () => {
    const query = serializeSelection(selectSelection(useAppStore.getState()));
    if (query === last) return;
    last = query;
    const url = `${win.location.pathname}?${query}${win.location.hash}`;
    win.history.replaceState(win.history.state, '', url);
  };
  write();
  const unsubscribe = useAppStore.subscribe(write);
  const onPopState = () => applySelection({ ...DEFAULT_SELECTION, ...parseSelection(win.location.search) });
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
