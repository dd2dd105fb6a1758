/**
 * One zustand store from small slices. Actions live at module level, so a map
 * handler or a table row can import them; components select single values.
 */
import { create } from 'zustand';
import type { TripModel } from '../data/buildTripModel';
import type { CountryCode } from '../data/schema';
import { DatasetLoadError, loadDataset, type LoadErrorKind } from '../data/loadDataset';
import { buildTripModel } from '../data/buildTripModel';
import { offeredLangs, preferredLang, setOfferedLangs, type Lang } from '../i18n/lang';
import { isLanguageReady, loadLanguage } from '../i18n/languagePacks';
import { DEFAULT_SELECTION, type ChartMode, type Selection } from './urlState';

export type DatasetState =
  | { status: 'loading' }
  | { status: 'ready'; model: TripModel }
  | { status: 'error'; kind: LoadErrorKind; detail: string };

export interface AppState extends Selection {
  dataset: DatasetState;
}

export const initialState: AppState = {
  lang: 'en',
  ...DEFAULT_SELECTION,
  dataset: { status: 'loading' },
};

export const useAppStore = create<AppState>()((_set, get, api) => {
  // React reads the "server snapshot" (zustand's getInitialState) when it renders the page's HTML
  // (scripts/prerender.ts) and when the browser hydrates it (src/main.tsx). Both happen in the
  // state the store holds at that moment, loaded dataset included, not the state it was made in.
  api.getInitialState = get;
  return { ...initialState };
});

// --- selection slice --------------------------------------------------------------------------

let langRequest = 0;

/**
 * Switch language. The language's pack (简体中文's table, the Russian texts) loads first (once), so
 * the switch never shows a page in two languages; a later choice wins over one still loading.
 */
export const setLang = (lang: Lang) => {
  const request = ++langRequest;
  if (isLanguageReady(lang)) {
    useAppStore.setState({ lang });
    return;
  }
  void loadLanguage(lang).then(
    () => {
      if (request === langRequest) useAppStore.setState({ lang });
    },
    () => {
      // The pack is part of our own bundle; if it cannot load (offline after a deploy), stay put.
    },
  );
};

/** One filter drives every view; choosing the selected country again clears it. */
export const setCountry = (country: CountryCode | null) => useAppStore.setState({ country });
export const toggleCountry = (country: CountryCode) =>
  useAppStore.setState((s) => ({ country: s.country === country ? null : country }));

export const selectDay = (day: string | null) => useAppStore.setState({ day, outcome: null });
export const selectOutcome = (outcome: number | null) => useAppStore.setState({ outcome, day: null });
export const clearTimelineSelection = () => useAppStore.setState({ day: null, outcome: null });

export const setExplorerFilters = (filters: Partial<Pick<Selection, 'level' | 'field' | 'status' | 'q'>>) =>
  useAppStore.setState(filters);

export const setSlide = (slide: number | null) => useAppStore.setState({ slide });

export const setChartMode = (chart: ChartMode) => useAppStore.setState({ chart });

export function applySelection(partial: Partial<Selection>) {
  useAppStore.setState(partial);
}

export function selectSelection(state: AppState): Selection {
  const { dataset: _dataset, ...selection } = state;
  return selection;
}

// --- dataset slice ----------------------------------------------------------------------------

let loadGeneration = 0;

export async function loadTripDataset(fetchDataset: () => ReturnType<typeof loadDataset> = () => loadDataset()) {
  const generation = ++loadGeneration;
  useAppStore.setState({ dataset: { status: 'loading' } });
  try {
    const dataset = await fetchDataset();
    if (generation !== loadGeneration) return;
    const model = buildTripModel(dataset);
    setOfferedLangs(dataset.trip.languages);
    // A country, day or outcome from a link that the data does not know is dropped, not shown as broken;
    // so is a language the mission does not offer.
    const { day, outcome, country, lang } = useAppStore.getState();
    useAppStore.setState({
      lang: offeredLangs().includes(lang) ? lang : preferredLang([lang]),
      dataset: { status: 'ready', model },
      country: country && dataset.trip.countries.some((c) => c.code === country) ? country : null,
      day: day && dataset.derived.tripDays.includes(day) ? day : null,
      outcome: outcome && model.outcomeByNumber.has(outcome) ? outcome : null,
    });
  } catch (err) {
    if (generation !== loadGeneration) return;
    const error =
      err instanceof DatasetLoadError ? err : new DatasetLoadError('network', err instanceof Error ? err.message : String(err));
    useAppStore.setState({ dataset: { status: 'error', kind: error.kind, detail: error.detail } });
  }
}

/** The loaded model, for views that render only once the dataset is ready. */
export function useTripModel(): TripModel {
  const dataset = useAppStore((s) => s.dataset);
  if (dataset.status !== 'ready') throw new Error('useTripModel called before the dataset loaded');
  return dataset.model;
}

export const useLang = () => useAppStore((s) => s.lang);
export const useCountry = () => useAppStore((s) => s.country);

export function resetAppStore() {
  useAppStore.setState({ ...initialState }, true);
}
