/**
 * Fills of the agreement charts, as literal colours so an exported SVG keeps them without our CSS.
 * Every fill is >= 3:1 against white (graphical objects) and carries white labels at >= 4.5:1:
 * KZ #004e6b 9.1:1, #00739e 5.3:1; UZ #1c5229 9.2:1, #2b7a3d 5.3:1; grey #5f6b78 5.4:1.
 * Government is the darker shade of the country's hue (app.css --kz / --uz are the lighter ones).
 */
import type { CountryCode, Level } from '../../data/schema';

export const LEVEL_FILL: Record<CountryCode, Record<Level, string>> = {
  KZ: { government: '#004e6b', 'non-government': '#00739e' },
  UZ: { government: '#1c5229', 'non-government': '#2b7a3d' },
};

export const COUNTRY_FILL: Record<CountryCode, string> = {
  KZ: '#00739e',
  UZ: '#2b7a3d',
};

/** The part of the amount the reports do not break down. */
export const REST_FILL = '#5f6b78';

export const LABEL_ON_FILL = '#ffffff';
