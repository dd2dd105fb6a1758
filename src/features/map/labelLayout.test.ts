import { describe, expect, it } from 'vitest';
import { computeLabelLayout, nearestPoint, rectsOverlap, wrapText, type LabelRequest } from './labelLayout';

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

describe('nearestPoint and wrapText', () => {
  it('finds where a leader line meets a label', () => {
    expect(nearestPoint({ left: 10, top: 10, width: 20, height: 10 }, 0, 0)).toEqual([10, 10]);
    expect(nearestPoint({ left: 10, top: 10, width: 20, height: 10 }, 15, 40)).toEqual([15, 20]);
  });

  it('breaks at spaces, and between characters only for a word wider than the line', () => {
    const measure = (s: string) => s.length * 10;
    expect(wrapText('Nursultan Nazarbayev International Airport', 210, measure)).toEqual(['Nursultan Nazarbayev', 'International Airport']);
    expect(wrapText('一二三四五六七八', 50, measure)).toEqual(['一二三四五', '六七八']);
    expect(wrapText('Hub', 200, measure)).toEqual(['Hub']);
  });
});
