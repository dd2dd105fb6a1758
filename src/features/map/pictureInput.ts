import type { Basemap } from '../../data/basemap';
import type { CountryCode } from '../../data/schema';
import { countryByCode } from '../../data/mission';
import { basemapShift, type MapFit } from '../../components/mapPicture/frame';
import { positionOf } from '../../components/mapPicture/geometry';
import type { MapPictureInput, PictureLegInput } from '../../components/mapPicture/picture';
import { formatDate } from '../../i18n/format';
import { fill, pickText, type Lang, type Template } from '../../i18n/lang';
import type { MapModel } from './cityInfo';
import { formatDue } from './formatDue';
import type { CountryShade } from './mapTypes';

/** The words on the legs, in the reader's language; without them the legs go unlabelled. */
export interface LegWords {
  legTo: Template<'city' | 'date'>;
  returnLeg: Template<'home'>;
  plannedFlightFrom: Template<'due'>;
}

interface PictureSource {
  lang: Lang;
  mapModel: MapModel;
  basemap: Basemap | null;
  fit: MapFit;
  shades: readonly CountryShade[];
  country: CountryCode | null;
}

/**
 * The map view's values as the picture model takes them. The first-screen drawing leaves the legs
 * unlabelled (the live map measures and places their labels once it is in); the printed map, which
 * has no live map after it, passes the words and labels them as the live map does.
 */
export function toPictureInput({ lang, mapModel, basemap, fit, shades, country }: PictureSource, words?: LegWords): MapPictureInput {
  const planned: PictureLegInput[] = mapModel.plannedFlight
    ? [
        {
          id: 'planned',
          from: positionOf(mapModel.plannedFlight.from),
          to: positionOf(mapModel.plannedFlight.to),
          variant: 'planned',
          label: words ? fill(words.plannedFlightFrom, { due: formatDue(mapModel.plannedFlight.milestone, lang) }) : null,
          labelAt: 0.5,
        },
      ]
    : [];
  const legs = mapModel.legs.flatMap((leg): PictureLegInput[] => {
    const from = mapModel.cityById.get(leg.from);
    const to = mapModel.cityById.get(leg.to);
    if (!from || !to) return [];
    const label = !words
      ? null
      : leg.date
        ? fill(words.legTo, { city: pickText(to.place.name, lang), date: formatDate(leg.date, lang, 'short') })
        : fill(words.returnLeg, { home: pickText(mapModel.home.name, lang) });
    return [{ id: leg.id, from: positionOf(from.place), to: positionOf(to.place), variant: 'trip', label, labelAt: 0.45 }];
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
