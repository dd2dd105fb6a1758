import type { ReactNode } from 'react';

interface TooltipProps {
  /** Anchor point in px, relative to the positioned chart container. */
  x: number;
  y: number;
  /** Width of the container, so the tooltip opens leftwards near the right edge. */
  containerWidth: number;
  children: ReactNode;
}

/**
 * A visual tooltip for a hovered or focused mark. It is aria-hidden: the mark's own aria-label carries
 * the same figure for screen readers, so nothing is announced twice.
 */
export function Tooltip({ x, y, containerWidth, children }: TooltipProps) {
  const flip = x > containerWidth * 0.6;
  return (
    <div
      className={`chart-tooltip${flip ? ' chart-tooltip--left' : ''}`}
      style={{ left: `${x}px`, top: `${y}px` }}
      aria-hidden="true"
    >
      {children}
    </div>
  );
}
