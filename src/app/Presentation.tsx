/**
 * The deck as the app composes it: the briefing feature's presentation mode, given the views it
 * shows and the other features' parts of the deck description. Loaded lazily (with its charts'
 * code) when someone presents.
 */
import type { TripModel } from '../data/buildTripModel';
import { PresentationMode } from '../features/briefing/PresentationMode';
import type { Lang } from '../i18n/lang';
import { buildDeckParts } from './deckParts';
import { SLIDE_VIEWS } from './slideViews';

export default function Presentation({ model, lang, slide, sourcesLabel }: { model: TripModel; lang: Lang; slide: number; sourcesLabel: string }) {
  return <PresentationMode model={model} lang={lang} slide={slide} views={SLIDE_VIEWS} buildParts={buildDeckParts} sourcesLabel={sourcesLabel} />;
}
