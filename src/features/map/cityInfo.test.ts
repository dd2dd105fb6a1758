import { loadExampleModel } from '../../../tests/fixtures/missions';
import { buildMapModel, selectHighlightedPlaces } from './cityInfo';
import { formatDue } from '../../components/mapPicture/legWords';

// The fictional example mission: the map must say what the data says (this trip's map: data/checks/map.test.ts).
const model = loadExampleModel();
const mapModel = buildMapModel(model);

describe('buildMapModel on a mission', () => {
  it('lists the cities, home first, then in the order the trip reaches them', () => {
    expect(mapModel.cities.map((c) => c.place.id)).toEqual(['hong-kong', 'ulaanbaatar', 'bishkek', 'dushanbe']);
    expect(mapModel.home.id).toBe('hong-kong');
  });

  it('draws home -> each city on the day the trip reaches it -> home (no date)', () => {
    expect(mapModel.legs.map((l) => [l.from, l.to, l.date])).toEqual([
      ['hong-kong', 'ulaanbaatar', '2031-09-14'],
      ['ulaanbaatar', 'bishkek', '2031-09-17'],
      ['bishkek', 'dushanbe', '2031-09-20'],
      ['dushanbe', 'hong-kong', null],
    ]);
  });

  it("finds the planned flight trip.json's routes name, and its start in the milestones", () => {
    expect(mapModel.plannedFlight?.from.id).toBe('hong-kong');
    expect(mapModel.plannedFlight?.to.id).toBe('ulaanbaatar');
    expect(mapModel.plannedFlight?.milestone.due).toBe('2032-Q2');
  });

  it('gives each stop its days, events, officials met and agreements with its country', () => {
    const ulaanbaatar = mapModel.cityById.get('ulaanbaatar')!;
    expect(ulaanbaatar.days).toEqual(['2031-09-14', '2031-09-15', '2031-09-16']);
    expect(ulaanbaatar.events.map((e) => e.id)).toEqual(['event-1', 'event-2', 'event-3']);
    expect(ulaanbaatar.agreements).toEqual({ country: 'MN', total: 7 });
    const dushanbe = mapModel.cityById.get('dushanbe')!;
    expect(dushanbe.days).toEqual(['2031-09-20', '2031-09-21', '2031-09-22']);
    expect(dushanbe.agreements).toEqual({ country: 'TJ', total: 3 });
    // The head of the delegation, named in every country, is not someone the delegation "met"; a
    // minister named in one city is.
    expect(ulaanbaatar.officials).toEqual([]);
    const minister = { name: { en: 'Invented Minister', zhHant: '虛構部長' }, role: { en: 'Minister', zhHant: '部長' } };
    const withMinister = loadExampleModel();
    withMinister.eventById.get('event-2')!.officials.push(minister);
    expect(buildMapModel(withMinister).cityById.get('ulaanbaatar')!.officials.map((o) => o.name.en)).toEqual(['Invented Minister']);
  });

  it('has no days or agreements of its own for home', () => {
    expect(mapModel.cityById.get('hong-kong')!.agreements).toBeNull();
    expect(mapModel.cityById.get('hong-kong')!.days).toEqual([]);
    expect(mapModel.cityById.get('ulaanbaatar')!.milestones.map((m) => m.id)).toEqual(['ulaanbaatar-flights-begin']);
  });

  it('lists the venues the data names', () => {
    expect(mapModel.venues.length).toBeGreaterThan(0);
    expect(mapModel.venues.every((v) => v.kind === 'venue')).toBe(true);
  });
});

describe('selectHighlightedPlaces', () => {
  it('highlights the city of the selected day', () => {
    expect([...selectHighlightedPlaces(model, '2031-09-18', null)]).toEqual(['bishkek']);
    expect([...selectHighlightedPlaces(model, '2031-09-14', null)]).toEqual(['ulaanbaatar']);
  });

  it('highlights the places of the events an outcome covers (it has no place of its own)', () => {
    const outcome = model.outcomeByNumber.get(1)!;
    const places = selectHighlightedPlaces(model, null, 1);
    expect(places.size).toBeGreaterThan(0);
    const eventPlaces = new Set(outcome.events.flatMap((id) => [model.eventById.get(id)!.place, model.eventById.get(id)!.venue ?? []].flat()));
    expect(places).toEqual(eventPlaces);
    // An outcome with no event behind it lights no city.
    const undated = model.dataset.outcomes.find((o) => o.events.length === 0)!;
    expect(selectHighlightedPlaces(model, null, undated.number).size).toBe(0);
  });

  it('highlights nothing without a selection', () => {
    expect(selectHighlightedPlaces(model, null, null).size).toBe(0);
  });
});

describe('formatDue', () => {
  const dueText = { en: 'First quarter of 2027', zhHant: '2027年第一季' };
  it('shortens a quarter for a map label in both languages', () => {
    expect(formatDue({ due: '2027-Q1', dueText }, 'en')).toBe('Q1 2027');
    expect(formatDue({ due: '2027-Q1', dueText }, 'zh-Hant')).toBe('2027年第一季');
    expect(formatDue({ due: '2027-Q4', dueText }, 'zh-Hant')).toBe('2027年第四季');
  });
  it("falls back to the data's words for anything else", () => {
    expect(formatDue({ due: null, dueText }, 'en')).toBe('First quarter of 2027');
    expect(formatDue({ due: '2027-03', dueText }, 'zh-Hant')).toBe('2027年第一季');
  });
});
