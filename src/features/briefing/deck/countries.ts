/**
 * The one place the deck looks up a trip country's look: its name, the feature id of its shape on the
 * base map, its colour and light tint. The country list itself comes from the dataset
 * (trip.countries); when countries carry these fields in data/, this helper reads them from there.
 */
import type { CountryCode } from '../../../data/schema';
import { countryName } from '../../../i18n/labels';
import type { Lang } from '../../../i18n/lang';

// Natural Earth ids (ISO 3166-1 numeric); the country's colour and its light tint (app.css --kz, --kz-soft).
const COUNTRY_LOOK: Record<CountryCode, { isoNumeric: string; fill: string; mapFill: string }> = {
  KZ: { isoNumeric: '398', fill: '#00739e', mapFill: '#cde9f4' },
  UZ: { isoNumeric: '860', fill: '#2b7a3d', mapFill: '#d3ecd9' },
};

export interface DeckCountry {
  code: CountryCode;
  name: string;
  isoNumeric: string;
  /** Bars and labels in the country's colour. */
  fill: string;
  /** The light tint: the map's shading, approximate figures. */
  mapFill: string;
}

export function deckCountry(code: CountryCode, lang: Lang): DeckCountry {
  return { code, name: countryName(code, lang), ...COUNTRY_LOOK[code] };
}
