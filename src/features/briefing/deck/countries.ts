/**
 * The one place the deck looks up a trip country's look: its name, the feature id of its shape on the
 * base map, its colour and light tint, all from the dataset (trip.json's countries).
 */
import { countryByCode, countryColours } from '../../../data/mission';
import type { CountryCode } from '../../../data/schema';
import { countryName } from '../../../i18n/labels';
import type { Lang } from '../../../i18n/lang';

export interface DeckCountry {
  code: CountryCode;
  name: string;
  /** Natural Earth's id of the country's shape (ISO 3166-1 numeric). */
  isoNumeric: string;
  /** Bars and labels in the country's colour. */
  fill: string;
  /** The light tint: the map's shading, approximate figures. */
  mapFill: string;
}

export function deckCountry(code: CountryCode, lang: Lang): DeckCountry {
  const colours = countryColours(code);
  return { code, name: countryName(code, lang), isoNumeric: countryByCode(code)?.isoNumeric ?? '', fill: colours.main, mapFill: colours.soft };
}
