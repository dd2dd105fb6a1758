/**
 * Everything the PowerPoint download needs, in one chunk loaded when someone asks for the file:
 * the deck description, the map picture (the dashboard map's picture model, drawn) and the pptxgenjs renderer.
 */
import type { TripModel } from '../../../data/buildTripModel';
import type { CountryCode } from '../../../data/schema';
import type { Lang } from '../../../i18n/lang';
import { describeDeck } from '../deck/describeDeck';
import type { DeckDescription, DeckParts } from '../deck/types';
import { loadBasemap } from '../../../components/mapPicture/loadBasemap';
import { renderMapPng } from '../routeMapPng';
import { renderPptx } from './renderPptx';

/** The route map of the deck, drawn at 1920 × 1080, as PNG bytes. */
async function mapPicture(deck: DeckDescription): Promise<Uint8Array | undefined> {
  const body = deck.slides.find((s) => s.body.kind === 'map')?.body;
  if (body?.kind !== 'map') return undefined;
  const blob = await renderMapPng(body.map.picture, await loadBasemap(), deck.lang);
  return new Uint8Array(await blob.arrayBuffer());
}

export async function makePptxFile(
  model: TripModel,
  lang: Lang,
  country: CountryCode | null,
  buildParts: (model: TripModel, lang: Lang, country: CountryCode | null) => DeckParts,
): Promise<{ deck: DeckDescription; blob: Blob }> {
  const deck = describeDeck(model, lang, { country }, buildParts(model, lang, country));
  const mapPng = await mapPicture(deck);
  return { deck, blob: await renderPptx(deck, mapPng ? { mapPng } : {}) };
}
