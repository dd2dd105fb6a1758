/**
 * The venues at city zoom, in screen pixels so the tests need no map: markers whose targets would
 * overlap join into one marker that lists them; each marker's label goes where it overlaps no other
 * label, no dot and no map control (a greedy search over positions around the dot at growing
 * distances), and a label moved away from its first place gets a leader line.
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

/** Every label placed: none overlaps another, a dot or an obstacle when there is any room at all. */
export function computeLabelLayout(labels: readonly LabelRequest[], options: LayoutOptions): PlacedLabel[] {
  const { dotRadius, obstacles, view, margin } = options;
  const dots: Rect[] = labels.map((l) => ({ left: l.x - dotRadius, top: l.y - dotRadius, width: 2 * dotRadius, height: 2 * dotRadius }));
  const placed: PlacedLabel[] = [];
  const free = (r: Rect) =>
    !placed.some((p) => rectsOverlap(p, r, margin)) && !dots.some((d) => rectsOverlap(d, r, 1)) && !obstacles.some((o) => rectsOverlap(o, r, margin));
  // The biggest labels first (they have the fewest places to go), then top to bottom and left to
  // right: the same input always gives the same picture.
  const order = [...labels].sort((a, b) => b.width * b.height - a.width * a.height || a.y - b.y || a.x - b.x || a.id.localeCompare(b.id));
  for (const label of order) {
    let chosen: { rect: Rect; first: boolean } | null = null;
    for (const mustBeInside of view ? [true, false] : [false]) {
      for (const distance of DISTANCES) {
        for (const direction of DIRECTIONS) {
          const rect = candidate(label, direction, distance, dotRadius);
          if (mustBeInside && view && !inside(rect, view)) continue;
          if (free(rect)) {
            chosen = { rect, first: distance === DISTANCES[0] && direction === DIRECTIONS[0] };
            break;
          }
        }
        if (chosen) break;
      }
      if (chosen) break;
    }
    if (!chosen) {
      // Nowhere near is free: stack it under everything placed so far, still clear of the others.
      const bottom = Math.max(label.y + dotRadius, ...placed.map((p) => p.top + p.height)) + margin;
      chosen = { rect: { left: label.x + dotRadius + DISTANCES[0]!, top: bottom, width: label.width, height: label.height }, first: false };
    }
    placed.push({ id: label.id, ...chosen.rect, leader: !chosen.first });
  }
  return labels.map((l) => placed.find((p) => p.id === l.id)!);
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

/**
 * Greedy line breaking with a text measurer: words stay whole unless one alone is wider than the
 * line (a Chinese name has no spaces), which then breaks between characters.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    const next = line ? `${line} ${word}` : word;
    if (measure(next) <= maxWidth || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  };
  for (const word of words) {
    if (measure(word) <= maxWidth) {
      push(word);
      continue;
    }
    // Too wide alone: fill lines character by character.
    for (const char of word) {
      if (line && measure(line + char) > maxWidth) {
        lines.push(line);
        line = char;
      } else line += char;
    }
  }
  if (line) lines.push(line);
  return lines;
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

function overlapArea(a: Rect, b: Rect, margin: number): number {
  const w = Math.min(a.left + a.width, b.left + b.width) + margin - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) + margin - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * For labels that may hang from several spots (a route leg's label, anywhere along its line): the
 * first spot of each whose box stays in view and clear of the obstacles (city dots and captions,
 * map controls) and of the labels placed before it. Where no spot is clear (a short leg between
 * two captioned cities), the one that covers least, in view if it can be. Returns the chosen
 * spot's index for each request, in the order given.
 */
export function chooseLabelSpots(requests: readonly SpotRequest[], options: { obstacles: readonly Rect[]; view: Rect | null; margin: number; gap: number }): number[] {
  const { obstacles, view, margin, gap } = options;
  const placed: Rect[] = [];
  return requests.map((request) => {
    let best = { index: 0, cost: Infinity };
    for (const [index, spot] of request.spots.entries()) {
      const box = spotRect(spot, request.width, request.height, gap);
      const covered = [...obstacles, ...placed].reduce((sum, o) => sum + overlapArea(o, box, margin), 0);
      // Outside the view costs more than covering any one thing inside it.
      const cost = covered + (view && !inside(box, view) ? request.width * request.height : 0);
      if (cost < best.cost) best = { index, cost };
      if (cost === 0) break;
    }
    const spot = request.spots[best.index];
    if (spot) placed.push(spotRect(spot, request.width, request.height, gap));
    return best.index;
  });
}
