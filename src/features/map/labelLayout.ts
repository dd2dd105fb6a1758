/**
 * Placing venue labels at city zoom so no two overlap and none covers a venue's dot: a greedy search
 * over positions around each dot at growing distances (a leader line joins the far ones). Pure
 * numbers in screen pixels, so the tests need no map.
 */

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
  /** True when the label sits away from its dot and needs a line to it. */
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
    let chosen: { rect: Rect; distance: number } | null = null;
    for (const mustBeInside of view ? [true, false] : [false]) {
      for (const distance of DISTANCES) {
        for (const direction of DIRECTIONS) {
          const rect = candidate(label, direction, distance, dotRadius);
          if (mustBeInside && view && !inside(rect, view)) continue;
          if (free(rect)) {
            chosen = { rect, distance };
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
      chosen = { rect: { left: label.x + dotRadius + DISTANCES[0]!, top: bottom, width: label.width, height: label.height }, distance: Infinity };
    }
    placed.push({ id: label.id, ...chosen.rect, leader: chosen.distance > DISTANCES[0]! });
  }
  return labels.map((l) => placed.find((p) => p.id === l.id)!);
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
