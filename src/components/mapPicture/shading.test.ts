import { computeLegendStops, contrastRatio, createShadeScale, relativeLuminance, SHADE_DARK, SHADE_LIGHT } from './shading';

describe('createShadeScale', () => {
  const shade = createShadeScale(61);

  it('runs from the light end at 0 to the dark end at the maximum', () => {
    expect(relativeLuminance(shade(0))).toBeCloseTo(relativeLuminance(SHADE_LIGHT), 3);
    expect(relativeLuminance(shade(61))).toBeCloseTo(relativeLuminance(SHADE_DARK), 3);
  });

  it('is monotonic: more agreements, darker colour', () => {
    let previous = Infinity;
    for (let count = 0; count <= 61; count++) {
      const luminance = relativeLuminance(shade(count));
      expect(luminance).toBeLessThan(previous);
      previous = luminance;
    }
  });

  it('tells Kazakhstan (61) and Uzbekistan (35) apart', () => {
    expect(shade(61)).not.toBe(shade(35));
    expect(contrastRatio(shade(61), shade(35))).toBeGreaterThan(2);
  });

  it('clamps counts outside the domain', () => {
    expect(shade(100)).toBe(shade(61));
    expect(shade(-5)).toBe(shade(0));
  });

  it('needs a positive maximum', () => {
    expect(() => createShadeScale(0)).toThrow(RangeError);
  });

  it('keeps both countries distinguishable from the pale land around them (3:1 for graphics, with the border)', () => {
    // The trip countries carry a navy border (#0b2545); the shade itself must differ from the land.
    expect(contrastRatio(shade(35), '#f1efe9')).toBeGreaterThan(3);
    expect(contrastRatio('#0b2545', '#f1efe9')).toBeGreaterThan(3);
  });
});

describe('computeLegendStops', () => {
  it('gives round stops within the domain, each with the colour the map uses', () => {
    const shade = createShadeScale(61);
    const stops = computeLegendStops(shade);
    expect(stops.map((s) => s.value)).toEqual([0, 20, 40, 60]);
    for (const stop of stops) {
      expect(stop.colour).toBe(shade(stop.value));
      expect(stop.offset).toBeCloseTo(stop.value / 61, 9);
    }
  });
});

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
