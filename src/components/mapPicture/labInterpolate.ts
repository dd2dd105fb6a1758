/**
 * Interpolation between two colours in CIE Lab, as d3-interpolate's interpolateLab does (same D65
 * constants as d3-color, same "rgb(r, g, b)" output). The map is on the first screen, and these
 * few lines spare it d3-interpolate and d3-color (about 5 KiB gzip); labInterpolate.test.ts holds
 * them to d3's own results.
 */

type Triple = [number, number, number];

const XN = 0.96422;
const YN = 1;
const ZN = 0.82521;
const T0 = 4 / 29;
const T1 = 6 / 29;
const T2 = 3 * T1 * T1;
const T3 = T1 * T1 * T1;

const toLinear = (channel: number) => {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (c: number) => 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const xyzToLab = (t: number) => (t > T3 ? Math.cbrt(t) : t / T2 + T0);
const labToXyz = (t: number) => (t > T1 ? t * t * t : T2 * (t - T0));

function parseHex(colour: string): Triple {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!match) throw new Error(`expected a colour as #rrggbb, got ${colour}`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

function rgbToLab([red, green, blue]: Triple): Triple {
  const r = toLinear(red);
  const g = toLinear(green);
  const b = toLinear(blue);
  const y = xyzToLab((0.2225045 * r + 0.7168786 * g + 0.0606169 * b) / YN);
  const grey = r === g && g === b;
  const x = grey ? y : xyzToLab((0.4360747 * r + 0.3850649 * g + 0.1430804 * b) / XN);
  const z = grey ? y : xyzToLab((0.0139322 * r + 0.0971045 * g + 0.7141733 * b) / ZN);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

function labToRgbString([l, a, b]: Triple): string {
  const fy = (l + 16) / 116;
  const x = XN * labToXyz(fy + a / 500);
  const y = YN * labToXyz(fy);
  const z = ZN * labToXyz(fy - b / 200);
  const channel = (c: number) => Math.max(0, Math.min(255, Math.round(fromLinear(c)) || 0));
  const r = channel(3.1338561 * x - 1.6168667 * y - 0.4906146 * z);
  const g = channel(-0.9787684 * x + 1.9161415 * y + 0.033454 * z);
  const bl = channel(0.0719453 * x - 0.2289914 * y + 1.4052427 * z);
  return `rgb(${r}, ${g}, ${bl})`;
}

/** A function from t in 0..1 to the colour that far from `from` to `to` in Lab, as "rgb(r, g, b)". */
export function interpolateLab(from: string, to: string): (t: number) => string {
  const start = rgbToLab(parseHex(from));
  const end = rgbToLab(parseHex(to));
  return (t) => labToRgbString([0, 1, 2].map((i) => start[i]! + t * (end[i]! - start[i]!)) as Triple);
}
