/**
 * Fills of the agreement charts, as literal colours so an exported SVG keeps them without our CSS.
 * Every fill is >= 3:1 against white (graphical objects) and carries white labels at >= 4.5:1:
 * the country colours come from trip.json (checked there: main and strong carry white text);
 * grey #5f6b78 5.4:1. Government is the darker (strong) shade of the country's hue.
 */
import { countryColours } from '../../data/mission';
import type { CountryCode } from '../../data/schema';

/** Government in the country's strong shade, non-government in its main colour (trip.json). */
export { levelFill } from '../../data/mission';

/** A country's own colour (trip.json), for charts split by country. */
export const countryFill = (code: CountryCode): string => countryColours(code).main;

/** The part of the amount the reports do not break down. */
export const REST_FILL = '#5f6b78';

export const LABEL_ON_FILL = '#ffffff';
