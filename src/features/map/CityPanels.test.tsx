import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildTripModel } from '../../data/buildTripModel';
import { tripDatasetSchema } from '../../data/schema';
import { buildMapModel } from './cityInfo';
import { CityPanels } from './CityPanels';
import { formatScaleDistance } from './controls/ScaleBar';
import { selectCityInView } from './controls/CityCard';

const model = buildTripModel(tripDatasetSchema.parse(JSON.parse(readFileSync('public/data/trip.json', 'utf8'))));
const mapModel = buildMapModel(model);

describe('buildMapModel: venues', () => {
  it('gives each city the venues the reports name there, and each venue its events', () => {
    const astana = mapModel.cityById.get('astana')!;
    expect(astana.venues.map((v) => v.id)).toContain('nazarbayev-university');
    expect(mapModel.cityById.get('tashkent')!.venues.map((v) => v.id)).toEqual(['it-park-uzbekistan']);
    expect(mapModel.cityById.get('almaty')!.venues).toEqual([]);
    expect(mapModel.eventsByVenue.get('nursultan-nazarbayev-airport')?.map((e) => e.date)).toEqual(['2026-05-31']);
  });
});

describe('CityPanels', () => {
  it('draws one panel per city the trip spent days in, listing its events by day', () => {
    render(<CityPanels lang="en" cities={mapModel.cities} highlighted={new Set()} onShowOnMap={() => {}} />);
    const panels = screen.getAllByRole('article');
    expect(panels.map((p) => p.dataset.city)).toEqual(['astana', 'tashkent']);
    const tashkent = within(panels[1]!);
    expect(tashkent.getByText('4 Jun').nextElementSibling).toHaveTextContent("Meetings with Uzbekistan's leaders");
    expect(tashkent.getByText('The reports name one venue here, IT Park Uzbekistan, and no other.')).toBeInTheDocument();
    expect(within(panels[0]!).getByText(/Agreements and MoUs with Kazakhstan/)).toHaveTextContent('61');
  });

  it('writes the panels in Chinese, and its button asks the map for the city', async () => {
    const asked: string[] = [];
    render(<CityPanels lang="zh-Hant" cities={mapModel.cities} highlighted={new Set(['tashkent'])} onShowOnMap={(c) => asked.push(c.place.id)} />);
    expect(screen.getByRole('region', { name: '城市近觀' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '在地圖上顯示塔什干' }));
    expect(asked).toEqual(['tashkent']);
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
    expect(selectCityInView(mapModel.cities, { lat: 51.1, lng: 71.42 }, 11)?.place.id).toBe('astana');
    expect(selectCityInView(mapModel.cities, { lat: 51.1, lng: 71.42 }, 5)).toBeNull();
    expect(selectCityInView(mapModel.cities, { lat: 30, lng: 90 }, 11)).toBeNull();
  });
});
