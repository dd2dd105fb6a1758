/**
 * The deck's wiring: the app may import every feature, so it hands the briefing deck each feature's
 * own part (the headline figures, the agreements and economy charts). Loaded with the deck only.
 */
import type { TripModel } from '../data/buildTripModel';
import type { CountryCode } from '../data/schema';
import { agreementsDeckPart } from '../features/agreements/deckPart';
import type { DeckParts } from '../features/briefing/deck/types';
import { economyDeckPart } from '../features/economy/deckPart';
import { pickMessages, type Lang } from '../i18n/lang';
import { headlineDeckPart } from './Header';
import { appMessages } from './messages';

export function buildDeckParts(model: TripModel, lang: Lang, country: CountryCode | null): DeckParts {
  return {
    appTitle: pickMessages(appMessages, lang).appTitle,
    headline: headlineDeckPart(model, lang, country),
    agreements: agreementsDeckPart(model, lang, country),
    economy: economyDeckPart(model, lang, country),
  };
}
