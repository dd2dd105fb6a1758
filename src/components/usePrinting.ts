/**
 * True while the page is being printed (or shown as print, as a PDF render emulates it): a view that
 * shows a page of rows at a time then renders them all, since paper has no "Show more" button.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => typeof window !== 'undefined' && !!window.matchMedia?.('print').matches);
  useEffect(() => {
    if (typeof window === 'undefined') return;
    // Synchronously: the browser lays the page out for paper right after beforeprint's handlers.
    const set = (value: boolean) => flushSync(() => setPrinting(value));
    const before = () => set(true);
    const after = () => set(window.matchMedia?.('print').matches ?? false);
    const query = window.matchMedia?.('print');
    const change = (event: MediaQueryListEvent) => set(event.matches);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    query?.addEventListener?.('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      query?.removeEventListener?.('change', change);
    };
  }, []);
  return printing;
}
