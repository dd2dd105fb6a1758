import { describe, expect, it } from 'vitest';
import { chooseLabelSpots, computeLabelLayout, computeMarkerClusters, nearestPoint, rectsOverlap, spotRect, type LabelRequest, type SpotRequest } from './labels';

const options = { dotRadius: 8, obstacles: [], view: { left: 0, top: 0, width: 800, height: 500 }, margin: 2 };

describe('computeLabelLayout', () => {
  it('puts a lone label just right of its dot, without a leader line', () => {
    const [placed] = computeLabelLayout([{ id: 'a', x: 100, y: 100, width: 80, height: 16 }], options);
    expect(placed).toMatchObject({ id: 'a', left: 114, top: 92, leader: false });
  });

  it('keeps labels of dots a few pixels apart from overlapping each other or any dot', () => {
    // Astana at city zoom: four venues within 20 px of each other, long names.
    const labels: LabelRequest[] = [
      { id: 'aifc', x: 300, y: 200, width: 220, height: 32 },
      { id: 'hub', x: 294, y: 198, width: 90, height: 16 },
      { id: 'uni', x: 280, y: 206, width: 150, height: 16 },
      { id: 'tower', x: 310, y: 190, width: 110, height: 16 },
    ];
    const placed = computeLabelLayout(labels, options);
    for (const a of placed) {
      for (const b of placed) if (a !== b) expect(rectsOverlap(a, b)).toBe(false);
      for (const l of labels) expect(rectsOverlap(a, { left: l.x - 8, top: l.y - 8, width: 16, height: 16 })).toBe(false);
      expect(a.left).toBeGreaterThanOrEqual(0);
      expect(a.left + a.width).toBeLessThanOrEqual(800);
    }
  });

  it('stays clear of obstacles such as the map controls', () => {
    const obstacle = { left: 110, top: 80, width: 200, height: 40 };
    const [placed] = computeLabelLayout([{ id: 'a', x: 100, y: 100, width: 80, height: 16 }], { ...options, obstacles: [obstacle] });
    expect(rectsOverlap(placed!, obstacle, 2)).toBe(false);
  });

  it('gives a leader line to every label moved from its first place, and none to a label just right of its dot', () => {
    // Two dots a few pixels apart: the second label cannot sit right of its dot, and goes elsewhere.
    const placed = computeLabelLayout(
      [
        { id: 'hub', x: 100, y: 100, width: 80, height: 16 },
        { id: 'aifc', x: 106, y: 104, width: 120, height: 32 },
      ],
      options,
    );
    const byId = new Map(placed.map((p) => [p.id, p]));
    // The bigger label is placed first and keeps its first place; the other moves.
    expect(byId.get('aifc')).toMatchObject({ left: 120, leader: false });
    expect(byId.get('hub')!.leader).toBe(true);
    // Even one moved only to the left of its dot, as near as the first place, is joined to it.
    const [left] = computeLabelLayout([{ id: 'a', x: 100, y: 100, width: 80, height: 16 }], {
      ...options,
      obstacles: [{ left: 105, top: 60, width: 200, height: 80 }],
    });
    expect(left).toMatchObject({ left: 100 - 14 - 80, leader: true });
  });

  it('returns the labels in the order given', () => {
    const placed = computeLabelLayout(
      [
        { id: 'low', x: 100, y: 300, width: 40, height: 16 },
        { id: 'high', x: 100, y: 100, width: 40, height: 16 },
      ],
      options,
    );
    expect(placed.map((p) => p.id)).toEqual(['low', 'high']);
  });
});

describe('nearestPoint', () => {
  it('finds where a leader line meets a label', () => {
    expect(nearestPoint({ left: 10, top: 10, width: 20, height: 10 }, 0, 0)).toEqual([10, 10]);
    expect(nearestPoint({ left: 10, top: 10, width: 20, height: 10 }, 15, 40)).toEqual([15, 20]);
  });
});

describe('computeMarkerClusters', () => {
  const targetsOverlap = (a: { x: number; y: number }, b: { x: number; y: number }, size: number) =>
    Math.abs(a.x - b.x) < size && Math.abs(a.y - b.y) < size;

  it('keeps markers whose targets do not touch apart, in the order given', () => {
    const clusters = computeMarkerClusters(
      [
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: 30, y: 0 },
      ],
      { size: 24, gap: 2 },
    );
    expect(clusters).toEqual([
      { ids: ['a'], x: 0, y: 0 },
      { ids: ['b'], x: 30, y: 0 },
    ]);
  });

  it('merges markers a few pixels apart into one at their middle that lists them all, until no two targets overlap', () => {
    // Astana at city zoom on a phone (44 px targets): the university, AIFC/AIX and the Hub within
    // 20 px of each other, the Baiterek tower 55 px away, the airport far off.
    const points = [
      { id: 'airport', x: 60, y: 150 },
      { id: 'university', x: 0, y: 0 },
      { id: 'aifc+aix', x: 15, y: 3 },
      { id: 'hub', x: 11, y: 2 },
      { id: 'tower', x: 28, y: -53 },
    ];
    const clusters = computeMarkerClusters(points, { size: 44, gap: 2 });
    expect(clusters.map((c) => c.ids)).toEqual([['airport'], ['university', 'aifc+aix', 'hub'], ['tower']]);
    expect(clusters[1]).toMatchObject({ x: 26 / 3, y: 5 / 3 });
    for (const a of clusters) for (const b of clusters) if (a !== b) expect(targetsOverlap(a, b, 44 + 2)).toBe(false);
    // With 24 px targets the tower is far enough from the group.
    expect(computeMarkerClusters(points, { size: 24, gap: 2 }).map((c) => c.ids.length)).toEqual([1, 3, 1]);
  });

  it('merges again when a merged marker comes to overlap a third', () => {
    const clusters = computeMarkerClusters(
      [
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: 20, y: 0 },
        { id: 'c', x: 36, y: 0 },
      ],
      { size: 24, gap: 0 },
    );
    // b and c merge first (16 px apart) at 28; a, 28 px from it, stays apart.
    expect(clusters.map((c) => c.ids)).toEqual([['a'], ['b', 'c']]);
    // a and b merge first (12 px apart) at 16, which overlaps c (22 px away): all three merge.
    const close = computeMarkerClusters(
      [
        { id: 'a', x: 10, y: 0 },
        { id: 'b', x: 22, y: 0 },
        { id: 'c', x: 38, y: 0 },
      ],
      { size: 24, gap: 0 },
    );
    expect(close.map((c) => c.ids)).toEqual([['a', 'b', 'c']]);
  });

  it("leaves out a marker whose target would overlap a fixed one (a city's), until zoomed in", () => {
    const clusters = computeMarkerClusters(
      [
        { id: 'tower', x: 10, y: 10 },
        { id: 'airport', x: 200, y: 200 },
      ],
      { size: 44, gap: 2, fixed: [{ x: 0, y: 0 }] },
    );
    expect(clusters.map((c) => c.ids)).toEqual([['airport']]);
  });
});

describe('chooseLabelSpots', () => {
  const view = { left: 0, top: 0, width: 400, height: 300 };

  it('hangs a label where Leaflet puts a tooltip in that direction', () => {
    expect(spotRect({ x: 100, y: 100, side: 'top' }, 60, 20, 6)).toEqual({ left: 70, top: 74, width: 60, height: 20 });
    expect(spotRect({ x: 100, y: 100, side: 'right', gap: 18 }, 60, 20, 6)).toEqual({ left: 118, top: 90, width: 60, height: 20 });
  });

  it("moves a leg's label off a city's caption to the next free spot along its leg", () => {
    // A phone: a short leg ends at a city whose caption lies where the label would go first.
    const caption = { left: 84, top: 130, width: 67, height: 24 };
    const request: SpotRequest = {
      id: 'bishkek--dushanbe',
      width: 57,
      height: 22,
      spots: [
        { x: 70, y: 160, side: 'top' },
        { x: 40, y: 170, side: 'top' },
        { x: 40, y: 170, side: 'bottom' },
      ],
    };
    const [chosen] = chooseLabelSpots([request], { obstacles: [caption], view, margin: 2, gap: 6 });
    expect(chosen).toBe(1);
    expect(rectsOverlap(spotRect(request.spots[chosen!]!, 57, 22, 6), caption, 2)).toBe(false);
    // With nothing in the way it keeps its first spot.
    expect(chooseLabelSpots([request], { obstacles: [], view, margin: 2, gap: 6 })).toEqual([0]);
  });

  it('keeps labels off each other, and off the edge of the view when it can', () => {
    const first: SpotRequest = { id: 'a', width: 50, height: 20, spots: [{ x: 100, y: 100, side: 'right' }] };
    const second: SpotRequest = {
      id: 'b',
      width: 50,
      height: 20,
      spots: [
        { x: 110, y: 100, side: 'right' },
        { x: 5, y: 100, side: 'left' },
        { x: 110, y: 100, side: 'bottom' },
      ],
    };
    expect(chooseLabelSpots([first, second], { obstacles: [], view, margin: 2, gap: 6 })).toEqual([0, 2]);
  });

  it('where every spot covers something, takes the one that covers least', () => {
    const request: SpotRequest = {
      id: 'a',
      width: 40,
      height: 20,
      spots: [
        { x: 100, y: 100, side: 'right' },
        { x: 100, y: 100, side: 'left' },
      ],
    };
    const obstacles = [
      { left: 100, top: 80, width: 60, height: 40 },
      { left: 70, top: 85, width: 5, height: 5 },
    ];
    expect(chooseLabelSpots([request], { obstacles, view, margin: 0, gap: 6 })).toEqual([1]);
  });
});
