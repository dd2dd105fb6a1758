import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The rendered width of an element, kept current with ResizeObserver; 0 until measured (and in
 * test DOMs without layout). The timeline picks its orientation and axis length from it, so it
 * follows its own box, as a container query would, not the window.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(Math.round(element.getBoundingClientRect().width));
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
