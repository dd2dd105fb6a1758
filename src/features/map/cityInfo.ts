/**
 * What the map says about each city, derived once from the model: the same values feed the popups
 * and the text itinerary, so the two never disagree.
 */
import type { TripModel } from '../../data/buildTripModel';
import type { CountryCode, Milestone, Place, TripEvent } from '../../data/schema';
import { computeMissionCentre, unwrapPlace } from '../../components/mapPicture/frame';
import { computeRouteLegs, type RouteLeg } from '../../components/mapPicture/geometry';

export interface OfficialMet {
  name: TripEvent['officials'][number]['name'];
  role: TripEvent['officials'][number]['role'];
}

export interface CityInfo {
  place: Place;
  /** The mission's home city (trip.json home.place). */
  isHome: boolean;
  /** The trip days spent in the city, in order. */
  days: string[];
  /** The events there, in date and time order. */
  events: TripEvent[];
  /** Hosts and others named at the events, without the delegation's own members. */
  officials: OfficialMet[];
  /** Agreements with the city's country; null for home. */
  agreements: { country: CountryCode; total: number } | null;
  /** Planned links that end here (trip.json routes), e.g. a new direct flight from home. */
  milestones: Milestone[];
  /** The venues the reports name in this city. */
  venues: Place[];
}

export interface MapModel {
  /**
   * The longitude the map is centred on; every place below has its longitude unwrapped around it,
   * so a route over the antimeridian is drawn, framed and flown to in one piece.
   */
  centreLon: number;
  home: Place;
  cities: CityInfo[];
  cityById: ReadonlyMap<string, CityInfo>;
  legs: RouteLeg[];
  /** The planned flight of trip.json's routes, when there is one. */
  plannedFlight: { from: Place; to: Place; milestone: Milestone } | null;
  venues: Place[];
  /** The events held at each venue, by venue id, in date order. */
  eventsByVenue: ReadonlyMap<string, TripEvent[]>;
}

/**
 * The delegation's own members (the Chief Executive) appear at events in several countries; hosts
 * appear in one. So "officials met" in a city leaves out anyone named in more than one country.
 */
function delegationNames(events: readonly TripEvent[], countryOf: (placeId: string) => string | undefined): Set<string> {
  const countriesByName = new Map<string, Set<string>>();
  for (const event of events) {
    const country = countryOf(event.place) ?? '';
    for (const official of event.officials) {
      const seen = countriesByName.get(official.name.en) ?? new Set<string>();
      seen.add(country);
      countriesByName.set(official.name.en, seen);
    }
  }
  return new Set([...countriesByName].filter(([, countries]) => countries.size > 1).map(([name]) => name));
}

/**
 * The planned flight: the first route of trip.json (`routes`), from home to a city, labelled by its
 * milestone's due date so the label ("first quarter of 2027") follows any correction there.
 */
function findPlannedFlight(model: TripModel, cities: readonly Place[]): { from: Place; to: Place; milestone: Milestone } | null {
  for (const route of model.dataset.trip.routes) {
    const from = cities.find((c) => c.id === route.from);
    const to = cities.find((c) => c.id === route.to);
    const milestone = model.milestoneById.get(route.milestone);
    if (from && to && milestone) return { from, to, milestone };
  }
  return null;
}

export function buildMapModel(model: TripModel): MapModel {
  const { dataset } = model;
  const centreLon = computeMissionCentre(dataset.places.filter((p) => p.kind === 'city'));
  const places = dataset.places.map((p) => unwrapPlace(p, centreLon));
  const cities = places.filter((p) => p.kind === 'city');
  const home = cities.find((p) => p.id === dataset.trip.home.place);
  if (!home) throw new Error(`the dataset has no home city "${dataset.trip.home.place}"`);
  const delegation = delegationNames(dataset.events, model.countryOfPlace);
  const planned = findPlannedFlight(model, cities);
  const infos = cities.map((place): CityInfo => {
    const events = [...dataset.events]
      .filter((e) => e.place === place.id)
      .sort((a, b) => (a.date + (a.time ?? '99')).localeCompare(b.date + (b.time ?? '99')));
    const officials = new Map<string, OfficialMet>();
    for (const event of events) {
      for (const official of event.officials) {
        if (!delegation.has(official.name.en) && !officials.has(official.name.en)) officials.set(official.name.en, official);
      }
    }
    const totals = dataset.derived.agreementTotals.byCountry.find((c) => c.country === place.country);
    return {
      place,
      isHome: place.id === home.id,
      days: dataset.days.filter((d) => d.place === place.id).map((d) => d.date).sort(),
      events,
      officials: [...officials.values()],
      agreements: totals ? { country: totals.country, total: totals.total } : null,
      milestones: planned && planned.to.id === place.id ? [planned.milestone] : [],
      venues: places.filter((p) => p.kind === 'venue' && p.city === place.id),
    };
  });
  // Cities in the order the trip reaches them; places the trip did not visit come last.
  const order = (info: CityInfo) => (info.place.id === home.id ? '' : (info.days[0] ?? '9999'));
  infos.sort((a, b) => order(a).localeCompare(order(b)));
  return {
    centreLon,
    home,
    cities: infos,
    cityById: new Map(infos.map((info) => [info.place.id, info])),
    legs: computeRouteLegs(dataset.days, home.id),
    plannedFlight: planned,
    venues: places.filter((p) => p.kind === 'venue'),
    eventsByVenue: groupEventsByVenue(dataset.events),
  };
}

/** The places a day or an outcome points at, for highlighting on the map. */
export function selectHighlightedPlaces(model: TripModel, day: string | null, outcome: number | null): Set<string> {
  const places = new Set<string>();
  if (day) {
    for (const d of model.dataset.days) if (d.date === day) places.add(d.place);
  }
  if (outcome !== null) {
    const found = model.outcomeByNumber.get(outcome);
    // An outcome has no place of its own: the places of the events it covers.
    if (found) {
      for (const id of found.events) {
        const event = model.eventById.get(id);
        if (event) {
          places.add(event.place);
          if (event.venue) places.add(event.venue);
        }
      }
    }
  }
  return places;
}

function groupEventsByVenue(events: readonly TripEvent[]): Map<string, TripEvent[]> {
  const byVenue = new Map<string, TripEvent[]>();
  for (const event of [...events].sort((a, b) => a.date.localeCompare(b.date))) {
    if (!event.venue) continue;
    byVenue.set(event.venue, [...(byVenue.get(event.venue) ?? []), event]);
  }
  return byVenue;
}
