import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

// One ResizeObserver for every chart on the page. The browser reports all their sizes after the
// layout it does anyway, and the charts re-render together, at once, before that frame is painted:
// no chart shows at its fallback width, and none reads its width on mounting, which forced a
// layout of the whole page for each chart (the largest part of the dashboard's start-up script).
const onResize = new Map<Element, (width: number, height: number) => void>();
let observer: ResizeObserver | null = null;

function sharedObserver(): ResizeObserver {
  observer ??= new ResizeObserver((entries) => {
    flushSync(() => {
      for (const entry of entries) onResize.get(entry.target)?.(entry.contentRect.width, entry.contentRect.height);
    });
  });
  return observer;
}

/** Follows an element's content box with the shared observer; jsdom has none, so nothing is reported. */
function useObservedBox<T extends HTMLElement>(report: (width: number, height: number) => void) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    onResize.set(element, report);
    const resizes = sharedObserver();
    resizes.observe(element);
    return () => {
      resizes.unobserve(element);
      onResize.delete(element);
    };
  }, [report]);
  return ref;
}

/**
 * The content width of an element, followed with a ResizeObserver, so the chart is laid out for the
 * room it has and its text keeps its size on a phone. jsdom has no ResizeObserver: the fallback stays.
 */
export function useElementWidth<T extends HTMLElement>(fallback: number) {
  const [width, setWidth] = useState(fallback);
  const report = useCallback((next: number) => {
    if (next > 0) setWidth(Math.round(next));
  }, []);
  const ref = useObservedBox<T>(report);
  return [ref, width] as const;
}

/** The content box of an element (null until the first report), from the same shared observer. */
export function useElementSize<T extends HTMLElement>() {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const report = useCallback((width: number, height: number) => {
    // Whole pixels, as Leaflet reads a map's size (clientWidth), so a drawing fits as the live map does.
    const [w, h] = [Math.round(width), Math.round(height)];
    if (w > 0 && h > 0) setSize((old) => (old?.width === w && old.height === h ? old : { width: w, height: h }));
  }, []);
  const ref = useObservedBox<T>(report);
  return [ref, size] as const;
}
