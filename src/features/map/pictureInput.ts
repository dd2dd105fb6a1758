import type { Basemap } from '../../data/basemap';
import type { CountryCode } from '../../data/schema';
import { countryByCode } from '../../data/mission';
import { basemapShift, type MapFit } from '../../components/mapPicture/frame';
import { positionOf } from '../../components/mapPicture/geometry';
import type { MapPictureInput, PictureLegInput } from '../../components/mapPicture/picture';
import { pickText, type Lang } from '../../i18n/lang';
import { legLabelAt, plannedLegLabel, PLANNED_LABEL_AT, tripLegLabel, type LegWords } from '../../components/mapPicture/legWords';
import type { MapModel } from './cityInfo';
import type { CountryShade } from './mapTypes';

interface PictureSource {
  lang: Lang;
  mapModel: MapModel;
  basemap: Basemap | null;
  fit: MapFit;
  shades: readonly CountryShade[];
  country: CountryCode | null;
  /** The leg messages, and whether the map is phone-sized (only the dates then), as the live map has them. */
  words: LegWords;
  narrow: boolean;
}

/**
 * The map view's values as the picture model takes them, for the first-screen drawing: the legs with
 * the live map's words (legWords.ts), placed by the picture model's placer from estimated widths.
 */
export function toPictureInput({ lang, mapModel, basemap, fit, shades, country, words, narrow }: PictureSource): MapPictureInput {
  const plannedFlight = mapModel.plannedFlight;
  const planned: PictureLegInput[] = plannedFlight
    ? [
        {
          id: 'planned',
          from: positionOf(plannedFlight.from),
          to: positionOf(plannedFlight.to),
          variant: 'planned',
          label: plannedLegLabel(plannedFlight.milestone, words, lang, narrow),
          labelAt: PLANNED_LABEL_AT,
          onLine: true,
        },
      ]
    : [];
  const homeName = pickText(mapModel.home.name, lang);
  const legs = mapModel.legs.flatMap((leg): PictureLegInput[] => {
    const from = mapModel.cityById.get(leg.from);
    const to = mapModel.cityById.get(leg.to);
    if (!from || !to) return [];
    const label = tripLegLabel({ date: leg.date, toName: pickText(to.place.name, lang), homeName }, words, lang, narrow);
    return [{ id: leg.id, from: positionOf(from.place), to: positionOf(to.place), variant: 'trip', label, labelAt: legLabelAt(narrow) }];
  });
  return {
    basemap,
    basemapShift: basemap ? basemapShift(basemap, mapModel.centreLon) : 0,
    fit,
    cities: mapModel.cities.map((info) => ({
      id: info.place.id,
      name: pickText(info.place.name, lang),
      position: positionOf(info.place),
      stop: info.days.length > 0,
      home: info.isHome,
      dimmed: country !== null && !info.isHome && info.place.country !== country,
    })),
    legs: [...planned, ...legs],
    countries: shades.flatMap((shade) => {
      const featureId = countryByCode(shade.code)?.isoNumeric;
      return featureId ? [{ featureId, colour: shade.colour, selected: country === shade.code, dimmed: country !== null && country !== shade.code }] : [];
    }),
  };
}
