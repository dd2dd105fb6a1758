/**
 * The indexed model every view reads, built once at load from the raw dataset.
 */
import type {
  Agreement,
  CountryCode,
  DataNote,
  Milestone,
  Outcome,
  Place,
  Source,
  TripDataset,
  TripEvent,
} from './schema';
import { setMissionCountries } from './mission';

export interface SectionRef {
  source: Source;
  heading: string;
  headingEn: string;
  headingRu?: string;
}

export interface TripModel {
  dataset: TripDataset;
  placeById: ReadonlyMap<string, Place>;
  eventById: ReadonlyMap<string, TripEvent>;
  eventsByDate: ReadonlyMap<string, TripEvent[]>;
  agreementById: ReadonlyMap<string, Agreement>;
  milestoneById: ReadonlyMap<string, Milestone>;
  outcomeByNumber: ReadonlyMap<number, Outcome>;
  /** The day each outcome was announced (its announcing event's day), by outcome number. */
  outcomeAnnouncedOn: ReadonlyMap<number, string>;
  /** The days of the events each outcome covers, in order, by outcome number: what picking it highlights. */
  outcomeDays: ReadonlyMap<number, string[]>;
  sourceById: ReadonlyMap<string, Source>;
  /** Keyed `source/section`. */
  sectionByKey: ReadonlyMap<string, SectionRef>;
  /** Data notes by the id of each item they are about. */
  notesByItem: ReadonlyMap<string, DataNote[]>;
  /** The country a place is in: a trip country's code or home's. */
  countryOfPlace: (placeId: string) => CountryCode | undefined;
}

function byKey<K, T>(items: readonly T[], keyOf: (item: T) => K): Map<K, T> {
  return new Map(items.map((item) => [keyOf(item), item] as const));
}

function groupBy<T>(items: readonly T[], keysOf: (item: T) => string[]) {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

export function buildTripModel(dataset: TripDataset): TripModel {
  setMissionCountries(dataset.trip);
  const placeById = byKey(dataset.places, (p) => p.id);
  const sectionByKey = new Map<string, SectionRef>();
  for (const source of dataset.sources) {
    for (const section of source.sections) {
      sectionByKey.set(`${source.id}/${section.id}`, { source, heading: section.heading, headingEn: section.headingEn, ...(section.headingRu ? { headingRu: section.headingRu } : {}) });
    }
  }
  const eventsByDate = groupBy(
    [...dataset.events].sort((a, b) => (a.date + (a.time ?? '99')).localeCompare(b.date + (b.time ?? '99'))),
    (e) => [e.date],
  );
  const eventById = byKey(dataset.events, (e) => e.id);
  const outcomeAnnouncedOn = new Map<number, string>();
  const outcomeDays = new Map<number, string[]>();
  for (const o of dataset.outcomes) {
    const announced = eventById.get(o.announcedAt);
    if (announced) outcomeAnnouncedOn.set(o.number, announced.date);
    const days = o.events.flatMap((id) => {
      const event = eventById.get(id);
      return event ? [event.date] : [];
    });
    outcomeDays.set(o.number, [...new Set(days)].sort());
  }
  return {
    dataset,
    placeById,
    eventById,
    eventsByDate,
    agreementById: byKey(dataset.agreements, (a) => a.id),
    milestoneById: byKey(dataset.milestones, (m) => m.id),
    outcomeByNumber: byKey(dataset.outcomes, (o) => o.number),
    outcomeAnnouncedOn,
    outcomeDays,
    sourceById: byKey(dataset.sources, (s) => s.id),
    sectionByKey,
    notesByItem: groupBy(dataset.notes, (n) => n.about),
    countryOfPlace: (placeId) => placeById.get(placeId)?.country,
  };
}
