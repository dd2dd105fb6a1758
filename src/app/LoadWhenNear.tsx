import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';
import { yieldToBrowser } from './yieldToBrowser';

/** How far beyond the viewport a view starts loading: a quarter of a screen of scrolling ahead. */
export const NEAR_MARGIN = '25% 0px';

// Reasons to load every view at once: printing, or a link to something inside a view not loaded yet.
const loadAllListeners = new Set<() => void>();
let loadAll = false;
function loadEveryView() {
  loadAll = true;
  for (const listener of loadAllListeners) listener();
}

const hashTarget = (hash: string) => (hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null);

/**
 * The address names an element that is not there yet (a data note, inside the notes view): load
 * the views, then go to it and focus it, as following the link would have done.
 */
function followHash() {
  const hash = window.location.hash;
  if (hash.length < 2 || hashTarget(hash)) return;
  loadEveryView();
  const observer = new MutationObserver(() => {
    const target = hashTarget(hash);
    if (!target) return;
    stop();
    target.scrollIntoView();
    target.focus({ preventScroll: true });
  });
  const timer = setTimeout(() => stop(), 15_000);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(document.body, { childList: true, subtree: true });
}

let listening = false;
function listenOnce() {
  if (listening) return;
  listening = true;
  window.addEventListener('beforeprint', loadEveryView);
  window.addEventListener('hashchange', followHash);
  followHash();
}

/**
 * A view's loading line until it nears the viewport, then the view (issue 16): a view's code is
 * fetched when the reader is about to see it, not with the first screen. The line is the same
 * element the prerender and Suspense show, so nothing on screen changes when this takes over.
 * A link to a view (#view-timeline) scrolls to its panel, which then loads it. Everything loads at
 * once where there is no IntersectionObserver (unit tests, old browsers), for printing, and for a
 * link to something inside a view (#note-…).
 */
export function LoadWhenNear({ id, placeholder, children }: { id: string; placeholder: string; children: ReactNode }) {
  const [near, setNear] = useState(() => loadAll || typeof IntersectionObserver === 'undefined');
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const load = () => setNear(true);
    let seen = false;
    const observer = new IntersectionObserver((entries) => {
      if (seen || !entries.some((e) => e.isIntersecting)) return;
      seen = true;
      // Not inside the observer's callback with every other view that came near: each view mounts
      // in a task of its own, as a transition (which yields to input every few milliseconds), and
      // its loading line stays until it is ready.
      void yieldToBrowser().then(() => startTransition(load));
    }, { rootMargin: NEAR_MARGIN });
    observer.observe(element);
    loadAllListeners.add(load);
    listenOnce();
    return () => {
      observer.disconnect();
      loadAllListeners.delete(load);
    };
  }, [near]);
  if (near) return children;
  return (
    <p ref={ref} className={`view-loading view-loading--${id}`}>
      {placeholder}
    </p>
  );
}
