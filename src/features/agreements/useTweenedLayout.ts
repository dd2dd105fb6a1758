import { easeCubicInOut } from 'd3-ease';
import { useEffect, useRef, useState } from 'react';
import { interpolateBreakdownLayout, type BreakdownLayout } from './computeBreakdownLayout';

const DURATION_MS = 450;

/** True when the user asked for less motion (or the browser cannot tell, as in tests). */
export function prefersReducedMotion(): boolean {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return true;
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * The layout to draw: when the target changes, tween from what is on screen to it in animation
 * frames (d3-interpolate does the numbers, React the DOM); with reduced motion, jump.
 */
export function useTweenedLayout(target: BreakdownLayout): BreakdownLayout {
  const [frame, setFrame] = useState<{ target: BreakdownLayout; shown: BreakdownLayout }>({ target, shown: target });
  const shownRef = useRef<BreakdownLayout>(target);

  useEffect(() => {
    const from = shownRef.current;
    if (from === target || prefersReducedMotion()) {
      shownRef.current = target;
      return;
    }
    const tween = interpolateBreakdownLayout(from, target);
    const start = performance.now();
    let handle = 0;
    const tick = (now: number) => {
      const t = Math.min(1, (now - start) / DURATION_MS);
      const shown = t >= 1 ? target : tween(easeCubicInOut(t));
      shownRef.current = shown;
      setFrame({ target, shown });
      if (t < 1) handle = requestAnimationFrame(tick);
    };
    handle = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(handle);
  }, [target]);

  if (frame.target === target) return frame.shown;
  // The target just changed: keep the last frame on screen until the tween's first frame, so nothing jumps.
  return prefersReducedMotion() ? target : frame.shown;
}
