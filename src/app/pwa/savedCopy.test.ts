import { savedDatasetDate } from './savedCopy';

/** A CacheStorage holding `entries` (cache name -> url -> Date header). */
function fakeCaches(entries: Record<string, Record<string, string | null>>): CacheStorage {
  const open = async (name: string) => {
    const urls = entries[name] ?? {};
    return {
      keys: async () => Object.keys(urls).map((url) => new Request(url)),
      match: async (request: Request) => {
        const date = urls[request.url];
        return new Response('{}', { headers: date ? { date } : {} });
      },
    } as unknown as Cache;
  };
  return { keys: async () => Object.keys(entries), open } as unknown as CacheStorage;
}

describe('the saved copy’s date', () => {
  it('is the Date header of the dataset in the precache', async () => {
    const caches = fakeCaches({
      'mission-atlas-on-demand': { 'https://a.example/data/trip.json': 'Mon, 01 Jun 2026 00:00:00 GMT' },
      'workbox-precache-v2-https://a.example/': {
        'https://a.example/index.html?__WB_REVISION__=1': 'Fri, 05 Jun 2026 08:00:00 GMT',
        'https://a.example/data/trip.json?__WB_REVISION__=abc': 'Fri, 05 Jun 2026 09:00:00 GMT',
      },
    });
    expect((await savedDatasetDate(caches))?.toISOString()).toBe('2026-06-05T09:00:00.000Z');
  });

  it('is the older copy while a newer build is being saved beside it (the page shows the older)', async () => {
    const caches = fakeCaches({
      'workbox-precache-v2-https://a.example/': {
        'https://a.example/data/trip.json?__WB_REVISION__=new': 'Sat, 06 Jun 2026 09:00:00 GMT',
        'https://a.example/data/trip.json?__WB_REVISION__=old': 'Fri, 05 Jun 2026 09:00:00 GMT',
      },
    });
    expect((await savedDatasetDate(caches))?.toISOString()).toBe('2026-06-05T09:00:00.000Z');
  });

  it('is unknown without a saved dataset, a Date header or the Cache API', async () => {
    expect(await savedDatasetDate(fakeCaches({ 'workbox-precache-v2-x': { 'https://a.example/data/trip.json': null } }))).toBeNull();
    expect(await savedDatasetDate(fakeCaches({}))).toBeNull();
    expect(await savedDatasetDate(undefined)).toBeNull();
  });
});
