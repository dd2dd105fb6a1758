/**
 * Resolves in a later task, so the browser can paint and answer input first: scheduler.yield()
 * where there is one (Chromium; the continuation runs ahead of other queued tasks), else a
 * setTimeout(0) task.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
