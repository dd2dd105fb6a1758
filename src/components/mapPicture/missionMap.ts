/**
 * A mission's map as the picture model takes it, straight from the trip model: its cities with
 * unwrapped longitudes, its legs (and the planned flight), and its countries in the agreement
 * shading. For renderers outside the map view (the PowerPoint picture); the map view builds the same
 * from its own model (features/map/pictureInput.ts).
 */
import type { TripModel } from '../../data/buildTripModel';
import { countryByCode } from '../../data/mission';
import type { CountryCode } from '../../data/schema';
import { pickText, type Lang } from '../../i18n/lang';
import { legLabelAt, plannedLegLabel, PLANNED_LABEL_AT, tripLegLabel, type LegWords } from './legWords';
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

export type { LegWords };

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
    const milestone = model.milestoneById.get(route.milestone);
    return from && to && milestone
      ? [{ id: 'planned', from: positionOf(from), to: positionOf(to), variant: 'planned', label: plannedLegLabel(milestone, words, lang, false), labelAt: PLANNED_LABEL_AT, onLine: true }]
      : [];
  });
  const legs = computeRouteLegs(dataset.days, home).flatMap((leg): PictureLegInput[] => {
    const from = byId.get(leg.from);
    const to = byId.get(leg.to);
    if (!from || !to) return [];
    const label = tripLegLabel({ date: leg.date, toName: name(leg.to), homeName: name(home) }, words, lang, false);
    return [{ id: leg.id, from: positionOf(from), to: positionOf(to), variant: 'trip', label, labelAt: legLabelAt(false) }];
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
