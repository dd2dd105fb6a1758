/**
 * The shading of the trip countries by their number of agreements: one sequential blue scale
 * (a clamped linear map of the count, interpolated in Lab by labInterpolate.ts), so darker always
 * means more, and the legend reads off the same function. No d3-scale: the map is on the first
 * screen, and a linear map is one line (issue 16).
 */
import { ticks } from 'd3-array';
import { interpolateLab } from './labInterpolate';

/** Light end: visible against the grey neighbours; dark end: the navy of the masthead family. */
export const SHADE_LIGHT = '#dbe9f6';
export const SHADE_DARK = '#0b3d6e';

export interface ShadeScale {
  (count: number): string;
  domain: readonly [number, number];
}

/** Colour for a count from 0 to `max` (values outside are clamped). */
export function createShadeScale(max: number): ShadeScale {
  if (!(max > 0)) throw new RangeError('the shading needs a positive maximum');
  const colourAt = interpolateLab(SHADE_LIGHT, SHADE_DARK);
  const shade = ((count: number) => colourAt(Math.min(1, Math.max(0, count / max)))) as ShadeScale;
  shade.domain = [0, max];
  return shade;
}

export interface LegendStop {
  value: number;
  colour: string;
  /** Position along the legend bar, 0..1. */
  offset: number;
}

/**
 * Round-number stops for the legend (0, 20, 40, 60 for a maximum of 61). The bar itself runs to the
 * maximum; the countries' own values are marked on it separately.
 */
export function computeLegendStops(shade: ShadeScale, count = 4): LegendStop[] {
  const [min, max] = shade.domain;
  return ticks(min, max, count).map((value) => ({ value, colour: shade(value), offset: (value - min) / (max - min) }));
}

/** Relative luminance (WCAG 2.2), for choosing text colour on a shade and for tests. */
export function relativeLuminance(colour: string): number {
  const match = /^rgb\((\d+), (\d+), (\d+)\)$/.exec(colour) ?? /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!match) throw new Error(`unknown colour ${colour}`);
  const channels = match.slice(1, 4).map((c) => (colour.startsWith('#') ? parseInt(c, 16) : Number(c)) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export interface CountryShade<Code extends string = string> {
  code: Code;
  total: number;
  colour: string;
}

/**
 * Each country's shade by its number of agreements, on one scale whose maximum is the largest count:
 * the map, its legend and every picture of it read the same colours off this.
 */
export function computeCountryShades<Code extends string>(totals: readonly { country: Code; total: number }[]): { shades: CountryShade<Code>[]; scale: ShadeScale } {
  const scale = createShadeScale(Math.max(1, ...totals.map((c) => c.total)));
  return { shades: totals.map((c) => ({ code: c.country, total: c.total, colour: scale(c.total) })), scale };
}
