/**
 * Where the map's words go, in screen pixels so the tests need no map: ONE cost-based placer for
 * every label the map writes (city captions, venue labels, leg labels). Each label offers its
 * places, best first; each place costs the area it covers of what is already there (dots, captions,
 * controls, labels placed before it), more when it leaves the view, and a little for being further
 * down the list; the cheapest wins, the first free one at once. Renderers only draw the result.
 */
import type { LabelSide } from './geometry';

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  /** The dot the label belongs to, in pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel extends Rect {
  id: string;
  /**
   * True when the label had to move from its first place (just right of its dot): among dots a few
   * pixels apart a label above, to the left or further away could belong to any, so a line joins it
   * to its own.
   */
  leader: boolean;
}

export interface LayoutOptions {
  /** Half the size of each dot, kept clear of every label. */
  dotRadius: number;
  /** Areas no label may cover (map controls, other captions). */
  obstacles: readonly Rect[];
  /** Where labels should stay (the visible map); a label goes outside only when nothing inside is free. */
  view: Rect | null;
  /** Space kept between two labels. */
  margin: number;
}

const DISTANCES = [6, 18, 34, 56, 84, 120, 170];
/** Right, left, below, above, then the diagonals: the order a reader expects a label. */
const DIRECTIONS: readonly [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
  [1, 1],
  [1, -1],
  [-1, 1],
  [-1, -1],
];

export function rectsOverlap(a: Rect, b: Rect, margin = 0): boolean {
  return (
    a.left < b.left + b.width + margin &&
    b.left < a.left + a.width + margin &&
    a.top < b.top + b.height + margin &&
    b.top < a.top + a.height + margin
  );
}

function inside(r: Rect, view: Rect): boolean {
  return r.left >= view.left && r.top >= view.top && r.left + r.width <= view.left + view.width && r.top + r.height <= view.top + view.height;
}

function candidate(label: LabelRequest, [dx, dy]: [number, number], distance: number, dotRadius: number): Rect {
  const reach = dotRadius + distance;
  const d = dx !== 0 && dy !== 0 ? reach * Math.SQRT1_2 : reach;
  const left = dx > 0 ? label.x + d : dx < 0 ? label.x - d - label.width : label.x - label.width / 2;
  const top = dy > 0 ? label.y + d : dy < 0 ? label.y - d - label.height : label.y - label.height / 2;
  return { left, top, width: label.width, height: label.height };
}

export interface PlacementRequest {
  id: string;
  /** Where it may go, best first. */
  candidates: readonly Rect[];
  /** Left out (-1) rather than put where it covers something: a caption among cities too close to name. */
  optional?: boolean;
}

export interface PlacementOptions {
  /** Areas no label may cover when it can help it: dots, captions, map controls. */
  obstacles: readonly Rect[];
  /** Where labels should stay (the visible map): outside costs more than covering any one thing inside. */
  view: Rect | null;
  /** Space kept between a label and anything else. */
  margin: number;
}

/** The area of `b` (grown by `margin`) that `a` covers. */
export function overlapArea(a: Rect, b: Rect, margin = 0): number {
  const w = Math.min(a.left + a.width, b.left + b.width) + margin - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) + margin - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The one placer: for each request in the order given, the candidate that covers least of the
 * obstacles and of the labels placed before it (a free one at once). Returns the chosen index of
 * each request, in the order given (-1 for one with no candidates, or optional with no free one).
 */
export function placeLabels(requests: readonly PlacementRequest[], options: PlacementOptions): number[] {
  const { obstacles, view, margin } = options;
  const placed: Rect[] = [];
  return requests.map((request) => {
    let best = { index: 0, cost: Infinity, covered: 0 };
    for (const [index, box] of request.candidates.entries()) {
      let covered = 0;
      for (const o of obstacles) covered += overlapArea(o, box, margin);
      for (const o of placed) covered += overlapArea(o, box, margin);
      const outside = view && !inside(box, view) ? box.width * box.height + 1 : 0;
      const cost = covered + outside;
      if (cost < best.cost) best = { index, cost, covered };
      if (cost === 0) break;
    }
    const chosen = request.candidates[best.index];
    // An optional label is left out where it would cover something; off the view it covers nothing.
    if (!chosen || (request.optional && best.covered > 0)) return -1;
    placed.push(chosen);
    return best.index;
  });
}

/** The candidate boxes around a dot: right, left, below, above, then the diagonals, at growing distances. */
function candidatesAround(label: LabelRequest, dotRadius: number): Rect[] {
  return DISTANCES.flatMap((distance) => DIRECTIONS.map((direction) => candidate(label, direction, distance, dotRadius)));
}

/**
 * Labels around dots (the venues at city zoom), placed by placeLabels: none overlaps another, a dot
 * or an obstacle when there is any room at all. The biggest labels go first (they have the fewest
 * places to go), then top to bottom and left to right: the same input always gives the same picture.
 */
export function computeLabelLayout(labels: readonly LabelRequest[], options: LayoutOptions): PlacedLabel[] {
  const { dotRadius, obstacles, view, margin } = options;
  const dots: Rect[] = labels.map((l) => ({ left: l.x - dotRadius, top: l.y - dotRadius, width: 2 * dotRadius, height: 2 * dotRadius }));
  const order = [...labels].sort((a, b) => b.width * b.height - a.width * a.height || a.y - b.y || a.x - b.x || a.id.localeCompare(b.id));
  const requests = order.map((label) => ({ id: label.id, candidates: candidatesAround(label, dotRadius) }));
  const chosen = placeLabels(requests, { obstacles: [...obstacles, ...dots], view, margin });
  const placed = new Map(
    requests.map((r, i): [string, PlacedLabel] => [r.id, { id: r.id, ...r.candidates[chosen[i]!]!, leader: chosen[i] !== 0 }]),
  );
  return labels.map((l) => placed.get(l.id)!);
}

export interface MarkerPoint {
  id: string;
  x: number;
  y: number;
}

export interface MarkerCluster {
  /** The ids of the points it stands for, in the order given. */
  ids: string[];
  /** Where its marker goes: the middle of its points. */
  x: number;
  y: number;
}

/** Two square targets of side `size` centred on a and b overlap, or come closer than `gap`. */
const targetsClash = (a: { x: number; y: number }, b: { x: number; y: number }, size: number, gap: number) =>
  Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y)) < size + gap;

/**
 * One marker for points whose square targets (`size` px, WCAG 2.2 target size) would overlap: the
 * closest two clashing markers merge at their middle, until no two clash, so every target stays
 * whole and apart. A marker that would clash with a `fixed` target (another layer's, such as a
 * city's) is left out at this zoom: it shows once the map is zoomed in far enough.
 */
export function computeMarkerClusters(
  points: readonly MarkerPoint[],
  options: { size: number; gap: number; fixed?: readonly { x: number; y: number }[] },
): MarkerCluster[] {
  const { size, gap, fixed = [] } = options;
  const clusters = points.map((p) => ({ ids: [p.id], x: p.x, y: p.y }));
  for (;;) {
    let pair: [number, number] | null = null;
    let closest = Infinity;
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const a = clusters[i]!;
        const b = clusters[j]!;
        const distance = Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y));
        if (targetsClash(a, b, size, gap) && distance < closest) {
          closest = distance;
          pair = [i, j];
        }
      }
    }
    if (!pair) break;
    const [i, j] = pair;
    const a = clusters[i]!;
    const b = clusters.splice(j, 1)[0]!;
    // The middle of all the points, each counted once.
    const n = a.ids.length + b.ids.length;
    a.x = (a.x * a.ids.length + b.x * b.ids.length) / n;
    a.y = (a.y * a.ids.length + b.y * b.ids.length) / n;
    a.ids.push(...b.ids);
  }
  const order = new Map(points.map((p, i) => [p.id, i]));
  for (const c of clusters) c.ids.sort((a, b) => order.get(a)! - order.get(b)!);
  return clusters.filter((c) => !fixed.some((f) => targetsClash(c, f, size, gap)));
}

/** The point of `rect` nearest to (x, y): where a leader line from the dot meets the label. */
export function nearestPoint(rect: Rect, x: number, y: number): [number, number] {
  return [Math.max(rect.left, Math.min(x, rect.left + rect.width)), Math.max(rect.top, Math.min(y, rect.top + rect.height))];
}

/** How far a route leg's label hangs from its line, in pixels. */
export const LEG_LABEL_GAP = 6;
export const OPPOSITE_SIDE: Record<LabelSide, LabelSide> = { top: 'bottom', bottom: 'top', left: 'right', right: 'left' };

/** A place a label may hang from: a point and the side of it the label goes. */
export interface Spot {
  x: number;
  y: number;
  side: LabelSide;
  /** Pixels between the spot and the label, when not the layout's own. */
  gap?: number;
}

export interface SpotRequest {
  id: string;
  width: number;
  height: number;
  /** Where it may go, best first. */
  spots: readonly Spot[];
}

/** The box of a label of this size hung `gap` px from a spot, as Leaflet places a tooltip in that direction. */
export function spotRect(spot: Spot, width: number, height: number, layoutGap: number): Rect {
  const gap = spot.gap ?? layoutGap;
  switch (spot.side) {
    case 'right':
      return { left: spot.x + gap, top: spot.y - height / 2, width, height };
    case 'left':
      return { left: spot.x - gap - width, top: spot.y - height / 2, width, height };
    case 'top':
      return { left: spot.x - width / 2, top: spot.y - gap - height, width, height };
    case 'bottom':
      return { left: spot.x - width / 2, top: spot.y + gap, width, height };
  }
}

/**
 * For labels that may hang from several spots (a route leg's label, anywhere along its line): the
 * spot placeLabels picks for each, clear of the obstacles (city dots and captions, map controls) and
 * of the labels placed before it where it can be. Returns the chosen spot's index for each request.
 */
export function chooseLabelSpots(requests: readonly SpotRequest[], options: { obstacles: readonly Rect[]; view: Rect | null; margin: number; gap: number }): number[] {
  const { gap, ...placement } = options;
  return placeLabels(
    requests.map((r) => ({ id: r.id, candidates: r.spots.map((spot) => spotRect(spot, r.width, r.height, gap)) })),
    placement,
  );
}
