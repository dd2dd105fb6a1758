/**
 * Where a leg's label may hang: at several places along its great circle, on the side of the line
 * facing away from the route's middle or the other, near the line or further off. The picture and
 * the live map both give these to the one placer (labels.ts); the live map measures its labels in
 * the page, the picture with the shared text metrics.
 */
import { estimateTextWidth } from '../textMetrics';
import { computeLabelSide, type LatLon } from './geometry';
import { LEG_LABEL_GAP, OPPOSITE_SIDE, spotRect, type Rect } from './labels';
import type { LabelSide } from './geometry';

export interface LegLabelSpot {
  at: number;
  flipped: boolean;
  /** Pixels between the line and the label. */
  gap: number;
  /** The leg is too short on screen for a label at this zoom (MIN_LABELLED_LEG). */
  hidden?: boolean;
}

export interface LegLabelCandidate extends LegLabelSpot {
  side: LabelSide;
  /** The point on the leg the label hangs from, in pixels. */
  x: number;
  y: number;
  rect: Rect;
}

/** Other places along a leg to try, after the preferred one: the middle first, then out towards the ends. */
const FALLBACK_AT = [0.5, 0.35, 0.65, 0.22, 0.78, 0.1, 0.9];
/** Further from the line, where a short leg between two captioned cities has no room beside it. */
export const FAR_GAP = 3 * LEG_LABEL_GAP;
/**
 * A leg drawn shorter than this (three close cities seen from the other side of the world) carries
 * no label at this zoom: any place for it would lie on the cities' captions or far from its line.
 * Zoomed in, the leg grows and its label shows; the itinerary and the popups say the same.
 */
export const MIN_LABELLED_LEG = 32;

/** A leg label's box as map.css draws it: 0.75rem semibold, 1 px × 6 px padding, 1 px border. */
export function measureLegLabel(text: string): { width: number; height: number } {
  return { width: Math.ceil(estimateTextWidth(text, 12, true) + 14), height: 22 };
}

/** A leg drawn too short for a label: its ends closer than MIN_LABELLED_LEG pixels. */
export function isShortLeg(arc: readonly LatLon[], toScreen: (position: LatLon) => readonly [number, number]): boolean {
  const [x0, y0] = toScreen(arc[0]!);
  const [x1, y1] = toScreen(arc[arc.length - 1]!);
  return Math.hypot(x1 - x0, y1 - y0) < MIN_LABELLED_LEG;
}

/** Every place the label of the leg along `arc` may go, best first; none on a leg too short for one. */
export function legLabelCandidates(
  arc: readonly LatLon[],
  preferredAt: number,
  centre: LatLon,
  toScreen: (position: LatLon) => readonly [number, number],
  width: number,
  height: number,
): LegLabelCandidate[] {
  if (isShortLeg(arc, toScreen)) return [];
  const tries = [preferredAt, ...FALLBACK_AT.filter((at) => at !== preferredAt)];
  return [LEG_LABEL_GAP, FAR_GAP].flatMap((gap) =>
    [false, true].flatMap((flipped) =>
      tries.map((at) => {
        const { position, side: away } = computeLabelSide(arc, at, centre);
        const side = flipped ? OPPOSITE_SIDE[away] : away;
        const [x, y] = toScreen(position);
        return { at, flipped, gap, side, x, y, rect: spotRect({ x, y, side, gap }, width, height, gap) };
      }),
    ),
  );
}
