/**
 * One way to get a language ready before its words are shown. English and Traditional Chinese are
 * in every page; 简体中文 needs its generated table (zhHans.ts) and Русский its pack of message
 * texts (russian.ts), each fetched once, from the app's own bundle, when the language is chosen.
 * The app, the embed page and the store's language switch wait for loadLanguage / useLanguageReady.
 */
import { useSyncExternalStore } from 'react';
import { installPluralBlocks, type Lang } from './lang';
import { installRussian, isRussianInstalled, subscribeRussian } from './russian';
import { installZhHansTable, isZhHansReady, subscribeZhHans, type ZhHansTable } from './zhHans';

/** What a language needs that is not in the page from the start. */
export interface LanguagePack {
  isInstalled(): boolean;
  /** Downloads and installs it. */
  fetch(): Promise<void>;
  /** Calls back when it is installed or removed. */
  subscribe(listener: () => void): () => void;
}

export interface LanguageLoader {
  isLanguageReady(lang: Lang): boolean;
  /** Resolves when the language is ready; calls while a download runs share it; after a failure the next call tries again. */
  loadLanguage(lang: Lang): Promise<void>;
  subscribe(listener: () => void): () => void;
}

export function createLanguageLoader(packs: Partial<Record<Lang, LanguagePack>>): LanguageLoader {
  const loading = new Map<Lang, Promise<void>>();
  const isLanguageReady = (lang: Lang) => packs[lang]?.isInstalled() ?? true;
  return {
    isLanguageReady,
    loadLanguage(lang) {
      const pack = packs[lang];
      if (!pack || pack.isInstalled()) return Promise.resolve();
      let pending = loading.get(lang);
      if (!pending) {
        // Forgotten once settled: a failed download (offline after a deploy) is tried again next time.
        pending = pack.fetch().finally(() => loading.delete(lang));
        loading.set(lang, pending);
      }
      return pending;
    },
    subscribe(listener) {
      const unsubscribe = Object.values(packs).map((pack) => pack.subscribe(listener));
      return () => unsubscribe.forEach((stop) => stop());
    },
  };
}

const loader = createLanguageLoader({
  'zh-Hans': {
    isInstalled: isZhHansReady,
    fetch: () => import('./zh-hans.generated.json').then((module) => installZhHansTable(module.default as ZhHansTable)),
    subscribe: subscribeZhHans,
  },
  ru: {
    isInstalled: isRussianInstalled,
    fetch: () =>
      import('./packs/ru').then((module) => {
        installPluralBlocks(module.fillPluralBlocks);
        installRussian(module.russianTables);
      }),
    subscribe: subscribeRussian,
  },
});

/** Whether the language's words can be shown now. */
export const isLanguageReady = (lang: Lang): boolean => loader.isLanguageReady(lang);

/** Makes the language ready (once; later calls share the download). */
export const loadLanguage = (lang: Lang): Promise<void> => loader.loadLanguage(lang);

/** Whether the language is ready, re-rendering when its pack arrives. */
export function useLanguageReady(lang: Lang): boolean {
  const isReady = () => loader.isLanguageReady(lang);
  return useSyncExternalStore(loader.subscribe, isReady, isReady);
}
