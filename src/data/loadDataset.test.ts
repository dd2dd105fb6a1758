import { describe, expect, it } from 'vitest';
import { loadTestDataset } from '../../tests/setup/dataset';
import { textFingerprint } from './fingerprint';
import { DatasetLoadError, loadDataset, loadedFingerprint } from './loadDataset';

const respond = (body: string, init: ResponseInit = { status: 200 }) => async () => new Response(body, init);

async function failure(fetchImpl: typeof fetch, timeoutMs = 1000): Promise<DatasetLoadError> {
  try {
    await loadDataset('data/trip.json', { fetchImpl, timeoutMs });
  } catch (err) {
    if (err instanceof DatasetLoadError) return err;
    throw err;
  }
  throw new Error('expected the load to fail');
}

describe('loadDataset', () => {
  const good = JSON.stringify(loadTestDataset());

  it('returns the validated dataset', async () => {
    const dataset = await loadDataset('data/trip.json', { fetchImpl: respond(good) as typeof fetch });
    expect(dataset).toEqual(JSON.parse(good));
  });

  it('remembers the fingerprint of the text each dataset came from', async () => {
    const dataset = await loadDataset('data/trip.json', { fetchImpl: respond(good) as typeof fetch });
    expect(loadedFingerprint(dataset)).toBe(textFingerprint(good));
    // FNV-1a's published test vectors, and one changed character.
    expect(textFingerprint('')).toBe('811c9dc5');
    expect(textFingerprint('a')).toBe('e40c292c');
    expect(textFingerprint(good.replace('96', '97'))).not.toBe(textFingerprint(good));
  });

  it('names each way of failing', async () => {
    expect((await failure(respond('Not found', { status: 404, statusText: 'Not Found' }) as typeof fetch)).kind).toBe('http');
    expect((await failure(respond('<!doctype html><html></html>') as typeof fetch)).kind).toBe('not-json');
    expect((await failure(respond(good.slice(0, good.length / 2)) as typeof fetch)).kind).toBe('truncated');
    expect((await failure((async () => { throw new TypeError('Failed to fetch'); }) as typeof fetch)).kind).toBe('network');
    const mismatch = await failure(respond(JSON.stringify({ ...JSON.parse(good), agreements: 'none' })) as typeof fetch);
    expect(mismatch.kind).toBe('invalid');
    expect(mismatch.detail).toContain('agreements');
  });

  it('gives up after the timeout', async () => {
    const never = ((_url: string, init?: RequestInit) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as typeof fetch;
    const error = await failure(never, 20);
    expect(error.kind).toBe('timeout');
  });
});
