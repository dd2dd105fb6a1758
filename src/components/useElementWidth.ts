import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

// One ResizeObserver for every chart on the page. The browser reports all their sizes after the
// layout it does anyway, and the charts re-render together, at once, before that frame is painted:
// no chart shows at its fallback width, and none reads its width on mounting, which forced a
// layout of the whole page for each chart (the largest part of the dashboard's start-up script).
const onResize = new Map<Element, (width: number) => void>();
let observer: ResizeObserver | null = null;

function sharedObserver(): ResizeObserver {
  observer ??= new ResizeObserver((entries) => {
    flushSync(() => {
      for (const entry of entries) onResize.get(entry.target)?.(entry.contentRect.width);
    });
  });
  return observer;
}

/**
 * The content width of an element, followed with a ResizeObserver, so the chart is laid out for the
 * room it has and its text keeps its size on a phone. jsdom has no ResizeObserver: the fallback stays.
 */
export function useElementWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    onResize.set(element, (next) => {
      if (next > 0) setWidth(Math.round(next));
    });
    const resizes = sharedObserver();
    resizes.observe(element);
    return () => {
      resizes.unobserve(element);
      onResize.delete(element);
    };
  }, []);
  return [ref, width] as const;
}
