/**
 * A mission's map as the picture model takes it, straight from the trip model: its cities with
 * unwrapped longitudes, its legs (and the planned flight), and its countries in the agreement
 * shading. For renderers outside the map view (the PowerPoint picture); the map view builds the same
 * from its own model (features/map/pictureInput.ts).
 */
import type { TripModel } from '../../data/buildTripModel';
import { countryByCode } from '../../data/mission';
import type { CountryCode } from '../../data/schema';
import { formatDate } from '../../i18n/format';
import { fill, pickText, type Lang, type Template } from '../../i18n/lang';
import { computeMissionCentre, unwrapPlace } from './frame';
import { computeRouteLegs, positionOf } from './geometry';
import type { PictureCity, PictureCountryInput, PictureLegInput } from './picture';
import { computeCountryShades } from './shading';

export interface MissionMap {
  centreLon: number;
  cities: PictureCity[];
  legs: PictureLegInput[];
  countries: PictureCountryInput[];
}

/** The words on the legs, in the reader's language: "To {city}, {date}", "Return to {home}". */
export interface LegWords {
  legTo: Template<'city' | 'date'>;
  returnLeg: Template<'home'>;
}

export function describeMissionMap(model: TripModel, lang: Lang, country: CountryCode | null, words: LegWords): MissionMap {
  const { dataset } = model;
  const centreLon = computeMissionCentre(dataset.places.filter((p) => p.kind === 'city'));
  const cities = dataset.places.filter((p) => p.kind === 'city').map((p) => unwrapPlace(p, centreLon));
  const byId = new Map(cities.map((c) => [c.id, c]));
  const home = dataset.trip.home.place;
  const stops = new Set(dataset.days.map((d) => d.place));
  const name = (id: string) => {
    const place = byId.get(id);
    return place ? pickText(place.name, lang) : id;
  };
  const planned = dataset.trip.routes.flatMap((route): PictureLegInput[] => {
    const from = byId.get(route.from);
    const to = byId.get(route.to);
    return from && to && model.milestoneById.has(route.milestone)
      ? [{ id: 'planned', from: positionOf(from), to: positionOf(to), variant: 'planned', label: null, labelAt: 0.5 }]
      : [];
  });
  const legs = computeRouteLegs(dataset.days, home).flatMap((leg): PictureLegInput[] => {
    const from = byId.get(leg.from);
    const to = byId.get(leg.to);
    if (!from || !to) return [];
    const label = leg.date ? fill(words.legTo, { city: name(leg.to), date: formatDate(leg.date, lang, 'short') }) : fill(words.returnLeg, { home: name(home) });
    return [{ id: leg.id, from: positionOf(from), to: positionOf(to), variant: 'trip', label, labelAt: 0.45 }];
  });
  const { shades } = computeCountryShades(dataset.derived.agreementTotals.byCountry);
  return {
    centreLon,
    cities: cities.map((c) => ({
      id: c.id,
      name: pickText(c.name, lang),
      position: positionOf(c),
      stop: stops.has(c.id),
      home: c.id === home,
      dimmed: country !== null && c.id !== home && c.country !== country,
    })),
    legs: [...planned.slice(0, 1), ...legs],
    countries: shades.flatMap((shade) => {
      const featureId = countryByCode(shade.code)?.isoNumeric;
      return featureId ? [{ featureId, colour: shade.colour, selected: country === shade.code, dimmed: country !== null && country !== shade.code }] : [];
    }),
  };
}
