import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadExampleModel } from '../../../tests/fixtures/missions';
import { buildMapModel } from './cityInfo';
import { CityPanels } from './CityPanels';
import { formatScaleDistance } from './controls/ScaleBar';
import { selectCityInView } from './controls/CityCard';

// The fictional example mission; this trip's cities and venues are checked in data/checks/CityPanels.test.tsx.
const model = loadExampleModel();
const mapModel = buildMapModel(model);

describe('buildMapModel: venues', () => {
  it('gives each city the venues the reports name there, and each venue its events', () => {
    expect(mapModel.cityById.get('ulaanbaatar')!.venues.map((v) => v.id)).toEqual(['example-hall']);
    expect(mapModel.cityById.get('bishkek')!.venues).toEqual([]);
    expect(mapModel.eventsByVenue.get('example-hall')?.map((e) => e.id)).toEqual(['event-2']);
  });
});

describe('CityPanels', () => {
  it('draws one panel per city the trip spent days in, listing its events by day', () => {
    render(<CityPanels lang="en" cities={mapModel.cities} highlighted={new Set()} onShowOnMap={() => {}} />);
    const panels = screen.getAllByRole('article');
    expect(panels.map((p) => p.dataset.city)).toEqual(['ulaanbaatar', 'bishkek', 'dushanbe']);
    const ulaanbaatar = within(panels[0]!);
    expect(ulaanbaatar.getByText('15 Sept').nextElementSibling).toHaveTextContent('Example event 2');
    expect(ulaanbaatar.getByText(/Agreements and MoUs with Mongolia/)).toHaveTextContent('7');
  });

  it('writes the panels in Chinese, and its button asks the map for the city', async () => {
    const asked: string[] = [];
    render(<CityPanels lang="zh-Hant" cities={mapModel.cities} highlighted={new Set(['bishkek'])} onShowOnMap={(c) => asked.push(c.place.id)} />);
    expect(screen.getByRole('region', { name: '城市近觀' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '在地圖上顯示比什凱克' }));
    expect(asked).toEqual(['bishkek']);
    expect(screen.getAllByRole('article')[1]).toHaveAttribute('data-highlighted', 'true');
  });
});

describe('map helpers', () => {
  it('writes the scale in the reader’s units', () => {
    expect(formatScaleDistance(500, 'en')).toBe('500 m');
    expect(formatScaleDistance(2000, 'en')).toBe('2 km');
    expect(formatScaleDistance(2000, 'zh-Hant')).toMatch(/2\s?公里/);
  });

  it('finds the city the map is zoomed in to, and none when zoomed out', () => {
    const { lat, lon: lng } = model.placeById.get('bishkek')!;
    expect(selectCityInView(mapModel.cities, { lat: lat + 0.02, lng: lng - 0.02 }, 11)?.place.id).toBe('bishkek');
    expect(selectCityInView(mapModel.cities, { lat, lng }, 5)).toBeNull();
    expect(selectCityInView(mapModel.cities, { lat: lat - 10, lng }, 11)).toBeNull();
  });
});
