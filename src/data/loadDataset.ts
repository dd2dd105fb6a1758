/**
 * Fetch and validate the dataset. Each way it can fail has its own kind, so the error panel can
 * say what went wrong in the reader's language.
 */
import { textFingerprint } from './fingerprint';
import type { TripDataset } from './schema';

export type LoadErrorKind = 'network' | 'http' | 'not-json' | 'truncated' | 'invalid' | 'timeout';

export class DatasetLoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    readonly detail: string,
  ) {
    super(`${kind}: ${detail}`);
    this.name = 'DatasetLoadError';
  }
}

export const DATASET_URL = 'data/trip.json';

const fingerprints = new WeakMap<TripDataset, string>();
/**
 * The fingerprint (./fingerprint.ts) of the text a dataset loaded here was parsed from: the
 * prerendered page records the one it was rendered from, so the app hydrates that page only when
 * it loaded the same file (a server may serve newer data than the page was built with).
 */
export const loadedFingerprint = (dataset: TripDataset): string | undefined => fingerprints.get(dataset);

export async function loadDataset(
  url = DATASET_URL,
  { fetchImpl = fetch, timeoutMs = 15_000 }: { fetchImpl?: typeof fetch; timeoutMs?: number } = {},
): Promise<TripDataset> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  // The validator loads beside the dataset's request, not with the first screen's code: it is
  // needed only once the text is in, and comes from the same origin (and the offline copy).
  const validator = import('./validate');
  // A failed request is reported as such; a validator that fails to load is reported below.
  validator.catch(() => undefined);
  let text: string;
  let response: Response;
  try {
    // Default caching, so the <link rel=preload> in index.html can serve this request.
    response = await fetchImpl(url, { signal: controller.signal });
    if (!response.ok) throw new DatasetLoadError('http', `${response.status} ${response.statusText}`.trim());
    text = await response.text();
  } catch (err) {
    if (err instanceof DatasetLoadError) throw err;
    if (controller.signal.aborted) throw new DatasetLoadError('timeout', `no answer after ${timeoutMs / 1000} s`);
    throw new DatasetLoadError('network', err instanceof Error ? err.message : String(err));
  } finally {
    clearTimeout(timer);
  }
  const trimmed = text.trimStart();
  if (trimmed.startsWith('<')) throw new DatasetLoadError('not-json', `${url} returned HTML, not JSON`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const looksCut = trimmed.startsWith('{') && !text.trimEnd().endsWith('}');
    throw new DatasetLoadError(looksCut ? 'truncated' : 'not-json', err instanceof Error ? err.message : String(err));
  }
  let validate: typeof import('./validate');
  try {
    validate = await validator;
  } catch (err) {
    throw new DatasetLoadError('network', `the data checker did not load: ${err instanceof Error ? err.message : String(err)}`);
  }
  const { formatProblem, validateDataset } = validate;
  const result = validateDataset(value, url);
  if (!result.ok) {
    const shown = result.problems.slice(0, 5).map(formatProblem);
    const more = result.problems.length > 5 ? ` (+${result.problems.length - 5} more)` : '';
    throw new DatasetLoadError('invalid', shown.join('; ') + more);
  }
  fingerprints.set(result.dataset, textFingerprint(text));
  return result.dataset;
}
