/**
 * When the copy on screen was saved: the Date header of the dataset in the service worker's
 * precache (the server's clock when the worker downloaded it). While a newer build is being
 * saved beside it, the older entry is the one this page shows.
 */
import type { CopySource } from './offlineText';

const DATASET_PATH = /\/data\/trip\.json$/;

export async function savedDatasetDate(cacheStorage: CacheStorage | undefined = globalThis.caches): Promise<Date | null> {
  if (!cacheStorage) return null;
  let earliest: Date | null = null;
  for (const name of await cacheStorage.keys()) {
    if (!name.startsWith('workbox-precache')) continue;
    const cache = await cacheStorage.open(name);
    for (const request of await cache.keys()) {
      if (!DATASET_PATH.test(new URL(request.url).pathname)) continue;
      const header = (await cache.match(request))?.headers.get('date');
      const date = header ? new Date(header) : null;
      if (date && !Number.isNaN(date.getTime()) && (!earliest || date < earliest)) earliest = date;
    }
  }
  return earliest;
}

/** The saved copy when this page runs from one; otherwise the copy this page loaded. */
export async function currentCopy(): Promise<CopySource> {
  const controlled = typeof navigator !== 'undefined' && !!navigator.serviceWorker?.controller;
  const saved = controlled ? await savedDatasetDate().catch(() => null) : null;
  return saved ? { kind: 'saved', date: saved } : { kind: 'loaded', date: new Date(performance.timeOrigin) };
}
