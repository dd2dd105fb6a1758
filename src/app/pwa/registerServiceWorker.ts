/**
 * Registers the service worker the build generates (sw.js, Workbox; see vite.config.ts) from the
 * app's own module: the CSP allows no inline script.
 *
 * Updates never mix two builds: the worker precaches one build's code and data together and serves
 * them until the reader accepts the next one. A new worker waits (no skipWaiting, no clientsClaim);
 * the page offers "A new version is available: reload"; accepting activates it and reloads, so the
 * page and everything it loads next come from the new build. When another tab accepts, this page's
 * worker changes under it, and it reloads too rather than run old code against new files.
 */
import { offerUpdate } from './pwaStore';

/** How often an open page asks the server for a new build (also on coming back online or into view). */
const UPDATE_CHECK_MS = 30 * 60 * 1000;

let started = false;

export function registerServiceWorker(win: Window = window): void {
  if (started) return;
  started = true;
  const container = win.navigator.serviceWorker;
  if (!import.meta.env.PROD || !container) return;

  let reloading = false;
  const reload = () => {
    if (reloading) return;
    reloading = true;
    win.location.reload();
  };
  // Another tab switched to a new build: this page's code is the old one.
  const hadController = !!container.controller;
  container.addEventListener('controllerchange', () => {
    if (hadController) reload();
  });

  const offer = (worker: ServiceWorker) =>
    offerUpdate(() => {
      worker.addEventListener('statechange', () => {
        if (worker.state === 'activated') reload();
      });
      worker.postMessage({ type: 'SKIP_WAITING' });
    });

  const start = async () => {
    // The worker script sits beside index.html and embed.html (the build is served from any folder).
    const registration = await container.register(new URL('sw.js', win.document.baseURI).href, { scope: './' });
    // A worker waiting already (a build newer than the active one), or found later.
    if (registration.waiting) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && registration.active && registration.active !== worker) offer(worker);
      });
    });
    const check = () => {
      if (win.navigator.onLine !== false) registration.update().catch(() => undefined);
    };
    win.setInterval(check, UPDATE_CHECK_MS);
    win.addEventListener('online', check);
    win.document.addEventListener('visibilitychange', () => {
      if (win.document.visibilityState === 'visible') check();
    });
  };
  void start().catch(() => undefined);
}
