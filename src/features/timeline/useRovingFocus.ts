import { useRef, type KeyboardEvent } from 'react';
import type { Orientation } from './layout';

/** Which key moves where: along the layout's axis; on the vertical layout Left/Right work too. */
export function nextIndexFor(key: string, index: number, count: number, orientation: Orientation): number | null {
  const back = orientation === 'horizontal' ? ['ArrowLeft'] : ['ArrowUp', 'ArrowLeft'];
  const forward = orientation === 'horizontal' ? ['ArrowRight'] : ['ArrowDown', 'ArrowRight'];
  if (count === 0) return null;
  if (back.includes(key)) return Math.max(0, index - 1);
  if (forward.includes(key)) return Math.min(count - 1, index + 1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

/**
 * A roving tabindex (WAI-ARIA APG): the group is one Tab stop; arrow keys, Home and End move focus
 * and, here, the selection with it, so the map and chart follow the keyboard.
 */
export function useRovingFocus(count: number, tabStop: number, orientation: Orientation, onMove: (index: number) => void) {
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  return {
    itemRef: (index: number) => (element: HTMLButtonElement | null) => {
      items.current[index] = element;
    },
    tabIndexOf: (index: number) => (index === tabStop ? 0 : -1),
    onKeyDown: (index: number) => (event: KeyboardEvent<HTMLButtonElement>) => {
      const next = nextIndexFor(event.key, index, count, orientation);
      if (next === null) return;
      event.preventDefault();
      items.current[next]?.focus();
      if (next !== index) onMove(next);
    },
  };
}
