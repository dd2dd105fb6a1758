import {
  boxesIntersect,
  clipRingToBox,
  quantizeRing,
  ringArea2,
  ringBox,
  simplifyLine,
  turnNearest,
  turnsIntoWindow,
  unwrapRing,
  type Box,
} from './basemapGeometry';

const box: Box = { west: 0, south: 0, east: 10, north: 10 };
const square = (x0: number, y0: number, size: number) => [
  [x0, y0],
  [x0 + size, y0],
  [x0 + size, y0 + size],
  [x0, y0 + size],
  [x0, y0],
];

describe('clipRingToBox', () => {
  it('keeps a ring that lies inside', () => {
    expect(clipRingToBox(square(2, 2, 3), box)).toEqual(square(2, 2, 3));
  });

  it('drops a ring that lies outside', () => {
    expect(clipRingToBox(square(20, 20, 3), box)).toEqual([]);
  });

  it('cuts a ring that crosses the box to the part inside, closed', () => {
    const clipped = clipRingToBox(square(8, 8, 4), box);
    expect(clipped[0]).toEqual(clipped[clipped.length - 1]);
    expect(Math.abs(ringArea2(clipped)) / 2).toBeCloseTo(4, 9);
    for (const [x, y] of clipped) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(10);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(10);
    }
  });
});

describe('quantizeRing', () => {
  it('rounds to the grid and drops repeated points', () => {
    const ring = [
      [0.001, 0.002],
      [1.004, 0.001],
      [1.0049, 0.0],
      [1.0, 1.003],
      [0.0, 1.0],
      [0.001, 0.002],
    ];
    expect(quantizeRing(ring, 0.01)).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ]);
  });

  it('drops rings that collapse or are smaller than the minimum area', () => {
    expect(quantizeRing(square(0, 0, 0.001), 0.01)).toEqual([]);
    expect(quantizeRing(square(0, 0, 0.1), 0.01, 0.05)).toEqual([]);
    expect(quantizeRing(square(0, 0, 0.1), 0.01, 0.01)).toHaveLength(5);
  });
});

describe('simplifyLine', () => {
  it('keeps both ends and the corners, and drops points within the tolerance', () => {
    const line = [
      [0, 0],
      [1, 0.01],
      [2, -0.01],
      [3, 0],
      [3, 3],
    ];
    expect(simplifyLine(line, 0.05)).toEqual([
      [0, 0],
      [3, 0],
      [3, 3],
    ]);
    expect(simplifyLine(line, 0.001)).toEqual(line);
  });
});

describe('unwrapRing', () => {
  it('makes a ring that crosses the antimeridian continuous, so clipping leaves no band across the map', () => {
    const ring = [
      [170, 60],
      [180, 60],
      [-175, 62],
      [-175, 66],
      [180, 66],
      [170, 66],
      [170, 60],
    ];
    expect(unwrapRing(ring).map((p) => p[0])).toEqual([170, 180, 185, 185, 180, 170, 170]);
    expect(ringBox(unwrapRing(ring))).toEqual({ west: 170, south: 60, east: 185, north: 66 });
  });
});

describe('placing shapes in the mission window', () => {
  it('moves a shape by whole turns into the window around the centre', () => {
    // Lima's surroundings, for a mission centred over the Pacific (window -338 to 22).
    expect(turnsIntoWindow({ west: -81, south: -18, east: -68, north: 0 }, -158)).toEqual([0]);
    // Hong Kong, on the window's west side.
    expect(turnsIntoWindow({ west: 113.8, south: 22.1, east: 114.4, north: 22.6 }, -158)).toEqual([-360]);
    // Fiji's eastern islands, for a mission centred on Asia (window -88 to 272).
    expect(turnsIntoWindow({ west: -180, south: -17, east: -178, north: -16 }, 92)).toEqual([360]);
  });

  it('gives a shape across the window edge one copy on each side, so neither end of the window is bare', () => {
    // A shape from 15° to 30°E against the window -338 to 22 of the Pacific mission.
    expect(turnsIntoWindow({ west: 15, south: 40, east: 30, north: 50 }, -158)).toEqual([-360, 0]);
  });

  it('keeps a hole with its outer ring', () => {
    expect(turnNearest({ west: 100, south: 0, east: 110, north: 10 }, -255)).toBe(-360);
    expect(turnNearest({ west: 100, south: 0, east: 110, north: 10 }, 100)).toBe(0);
  });

  it('tells boxes that touch or overlap from boxes apart', () => {
    const a: Box = { west: 0, south: 0, east: 10, north: 10 };
    expect(boxesIntersect(a, { west: 10, south: 5, east: 20, north: 6 })).toBe(true);
    expect(boxesIntersect(a, { west: 11, south: 5, east: 20, north: 6 })).toBe(false);
    expect(boxesIntersect(a, { west: 2, south: 11, east: 3, north: 12 })).toBe(false);
  });
});
