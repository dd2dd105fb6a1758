import { afterEach, describe, expect, it, vi } from 'vitest';
import { rankMessages } from './figures';
import { pickMessages } from './lang';
import { createLanguageLoader, isLanguageReady, loadLanguage, type LanguagePack } from './languagePacks';
import { installRussian } from './russian';

/** A pack whose downloads the test settles by hand. */
function fakePack() {
  let installed = false;
  const listeners = new Set<() => void>();
  const downloads: { resolve: () => void; reject: (err: Error) => void }[] = [];
  const pack: LanguagePack = {
    isInstalled: () => installed,
    fetch: vi.fn(
      () =>
        new Promise<void>((resolve, reject) => {
          downloads.push({
            resolve: () => {
              installed = true;
              listeners.forEach((listener) => listener());
              resolve();
            },
            reject,
          });
        }),
    ),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { pack, downloads };
}

describe('createLanguageLoader', () => {
  it('has English and Traditional Chinese ready from the start, a language with a pack only once it is installed', async () => {
    const { pack, downloads } = fakePack();
    const loader = createLanguageLoader({ ru: pack });
    expect(loader.isLanguageReady('en')).toBe(true);
    expect(loader.isLanguageReady('zh-Hant')).toBe(true);
    expect(loader.isLanguageReady('ru')).toBe(false);
    await loader.loadLanguage('en');
    expect(pack.fetch).not.toHaveBeenCalled();

    const loading = loader.loadLanguage('ru');
    expect(loader.isLanguageReady('ru')).toBe(false);
    downloads[0]!.resolve();
    await loading;
    expect(loader.isLanguageReady('ru')).toBe(true);
    // Ready: nothing more is fetched.
    await loader.loadLanguage('ru');
    expect(pack.fetch).toHaveBeenCalledTimes(1);
  });

  it('shares one download between the calls made while it runs', async () => {
    const { pack, downloads } = fakePack();
    const loader = createLanguageLoader({ ru: pack });
    const first = loader.loadLanguage('ru');
    const second = loader.loadLanguage('ru');
    expect(second).toBe(first);
    expect(pack.fetch).toHaveBeenCalledTimes(1);
    downloads[0]!.resolve();
    await Promise.all([first, second]);
  });

  it('tries again after a failed download, and tells subscribers when the pack arrives', async () => {
    const { pack, downloads } = fakePack();
    const loader = createLanguageLoader({ ru: pack });
    const changed = vi.fn();
    const stop = loader.subscribe(changed);

    const failing = loader.loadLanguage('ru');
    downloads[0]!.reject(new Error('offline'));
    await expect(failing).rejects.toThrow('offline');
    expect(loader.isLanguageReady('ru')).toBe(false);
    expect(changed).not.toHaveBeenCalled();

    const retry = loader.loadLanguage('ru');
    expect(pack.fetch).toHaveBeenCalledTimes(2);
    downloads[1]!.resolve();
    await retry;
    expect(loader.isLanguageReady('ru')).toBe(true);
    expect(changed).toHaveBeenCalledTimes(1);
    stop();
  });
});

describe('the app’s loader', () => {
  afterEach(() => loadLanguage('ru'));

  it('loads the Russian pack, after which every message bundle picks Russian', async () => {
    installRussian(null);
    expect(isLanguageReady('ru')).toBe(false);
    await loadLanguage('ru');
    expect(isLanguageReady('ru')).toBe(true);
    expect(pickMessages(rankMessages, 'ru').rankAmong).toBe('{rank} место {among}');
  });

  it('falls back to English, and says so in development, when Russian is asked for before its pack', () => {
    installRussian(null);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(pickMessages(rankMessages, 'ru').rankAmong).toBe('{rank} in {among}');
    expect(error).toHaveBeenCalledWith(expect.stringContaining(`loadLanguage('ru')`));
    error.mockRestore();
  });
});
