/** This trip's map: its cities, legs, stops and the planned flight (src/features/map/cityInfo.ts). */
import { buildMapModel, selectHighlightedPlaces } from '../../src/features/map/cityInfo';
import { loadMissionModel } from './mission';

const model = loadMissionModel();
const mapModel = buildMapModel(model);

describe('buildMapModel on the trip dataset', () => {
  it('lists the four cities, home first, then in the order the trip reaches them', () => {
    expect(mapModel.cities.map((c) => c.place.id)).toEqual(['hong-kong', 'astana', 'tashkent', 'almaty']);
    expect(mapModel.home.id).toBe('hong-kong');
  });

  it('draws Hong Kong -> Astana (31 May) -> Tashkent (3 June) -> Hong Kong (no date)', () => {
    expect(mapModel.legs.map((l) => [l.from, l.to, l.date])).toEqual([
      ['hong-kong', 'astana', '2026-05-31'],
      ['astana', 'tashkent', '2026-06-03'],
      ['tashkent', 'hong-kong', null],
    ]);
  });

  it('finds the planned Hong Kong - Almaty flight and its start in the milestones', () => {
    expect(mapModel.plannedFlight?.from.id).toBe('hong-kong');
    expect(mapModel.plannedFlight?.to.id).toBe('almaty');
    expect(mapModel.plannedFlight?.milestone.due).toBe('2027-Q1');
  });

  it('gives each stop its days, events, officials met and agreements with its country', () => {
    const astana = mapModel.cityById.get('astana')!;
    expect(astana.days).toEqual(['2026-05-31', '2026-06-01', '2026-06-02']);
    expect(astana.events.map((e) => e.id)).toEqual(['arrival-astana', 'meeting-tokayev', 'press-conference-astana']);
    expect(astana.agreements).toEqual({ country: 'KZ', total: 61 });
    const names = astana.officials.map((o) => o.name.en);
    expect(names).toContain('Kassym-Jomart Tokayev');
    // The head of the delegation is not someone the delegation "met".
    expect(names).not.toContain('John Lee Ka-chiu');

    const tashkent = mapModel.cityById.get('tashkent')!;
    expect(tashkent.days).toEqual(['2026-06-03', '2026-06-04', '2026-06-05']);
    expect(tashkent.agreements).toEqual({ country: 'UZ', total: 35 });
    expect(tashkent.officials.map((o) => o.name.en)).toContain('Shavkat Mirziyoyev');
  });

  it('has no days or agreements of its own for Hong Kong, and no stay in Almaty', () => {
    expect(mapModel.cityById.get('hong-kong')!.agreements).toBeNull();
    expect(mapModel.cityById.get('almaty')!.days).toEqual([]);
    expect(mapModel.cityById.get('almaty')!.milestones.map((m) => m.id)).toEqual(['direct-flights-begin']);
  });

  it('lists the venues the data names', () => {
    expect(mapModel.venues.length).toBeGreaterThan(0);
    expect(mapModel.venues.every((v) => v.kind === 'venue')).toBe(true);
  });
});

describe('selectHighlightedPlaces', () => {
  it('highlights the city of the selected day', () => {
    expect([...selectHighlightedPlaces(model, '2026-06-04', null)]).toEqual(['tashkent']);
    expect([...selectHighlightedPlaces(model, '2026-05-31', null)]).toEqual(['astana']);
  });
});
