/** This trip's city panels and venues: Astana, Tashkent, Almaty (src/features/map/). */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildMapModel } from '../../src/features/map/cityInfo';
import { CityPanels } from '../../src/features/map/CityPanels';
import { selectCityInView } from '../../src/features/map/controls/CityCard';
import { loadMissionModel } from './mission';

const model = loadMissionModel();
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
  it('finds the city the map is zoomed in to, and none when zoomed out', () => {
    expect(selectCityInView(mapModel.cities, { lat: 51.1, lng: 71.42 }, 11)?.place.id).toBe('astana');
    expect(selectCityInView(mapModel.cities, { lat: 51.1, lng: 71.42 }, 5)).toBeNull();
    expect(selectCityInView(mapModel.cities, { lat: 30, lng: 90 }, 11)).toBeNull();
  });
});
