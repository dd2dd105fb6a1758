/** This trip's economy view: its figures, ranks, trade chart, growth qualifiers and background (src/features/economy/). */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadMissionDataset } from './mission';
const trip = loadMissionDataset();
import { buildTripModel } from '../../src/data/buildTripModel';
import { tripDatasetSchema } from '../../src/data/schema';
import type { Lang } from '../../src/i18n/lang';
import { resetAppStore, setCountry, setLang, useAppStore } from '../../src/store/appStore';
import EconomyView from '../../src/features/economy/EconomyView';

const dataset = tripDatasetSchema.parse(trip);
const model = buildTripModel(dataset);

function renderView(lang: Lang = 'en') {
  useAppStore.setState({ dataset: { status: 'ready', model }, lang });
  return render(<EconomyView />);
}

function card(id: string) {
  const item = document.querySelector(`[data-figure="${id}"]`);
  return item instanceof HTMLElement ? item : null;
}

beforeEach(() => resetAppStore());

describe('EconomyView', () => {

  it('shows Kazakhstan’s GDP as the reports give it, in both languages', () => {
    renderView('en');
    expect(card('kz-gdp')).toHaveTextContent('US$305.9 billion');
    act(() => setLang('zh-Hant'));
    expect(card('kz-gdp')).toHaveTextContent('3,059億美元');
  });

  it('says what a rank is counted among', () => {
    renderView('en');
    expect(card('hk-investor-rank-asia')).toHaveTextContent('4th in Asia');
    expect(card('hk-investor-rank-world')).toHaveTextContent('10th in the world');
    expect(card('uz-uranium-rank')).toHaveTextContent('5th in the world');
  });

  it('opens what a figure measures and its source on keyboard focus, and closes it with Escape', () => {
    renderView('en');
    const body = within(card('kz-gdp')!).getByRole('group', { name: /GDP US\$305\.9 billion/ });
    const tip = within(card('kz-gdp')!).getByRole('tooltip', { hidden: true });
    expect(tip).not.toBeVisible();
    fireEvent.focus(body);
    expect(tip).toBeVisible();
    expect(tip).toHaveTextContent('Ta Kung Pao, 1 June 2026');
    expect(tip).toHaveTextContent("Kazakhstan's gross domestic product in 2025");
    expect(body).toHaveAccessibleDescription(/Source: Ta Kung Pao/);
    fireEvent.keyDown(body, { key: 'Escape' });
    expect(tip).not.toBeVisible();
    fireEvent.blur(body);
    fireEvent.focus(body);
    expect(tip).toBeVisible();
  });

  it('opens the details on hover too', () => {
    renderView('en');
    const body = within(card('uz-gdp-growth')!).getByRole('group');
    fireEvent.mouseEnter(body);
    expect(within(card('uz-gdp-growth')!).getByRole('tooltip')).toHaveTextContent('6 June 2026');
    fireEvent.mouseLeave(body);
    expect(within(card('uz-gdp-growth')!).queryByRole('tooltip')).toBeNull();
  });

  it('links the investor ranks to their data note', () => {
    renderView('en');
    const link = within(card('hk-investor-rank-world')!).getByRole('link', { name: /Data note/ });
    expect(link).toHaveAttribute('href', '#note-hk-investor-rank');
    expect(within(card('kz-gdp')!).queryByRole('link')).toBeNull();
  });

  it('narrows to Uzbekistan: no Kazakhstan figure, no trade chart, and says so', () => {
    renderView('en');
    act(() => setCountry('UZ'));
    expect(screen.getByText(/Showing Uzbekistan only/)).toBeInTheDocument();
    expect(card('kz-gdp')).toBeNull();
    expect(card('hk-investor-rank-asia')).toBeNull();
    expect(card('hk-central-asia-trade-growth')).toBeNull();
    expect(card('uz-gdp-growth')).not.toBeNull();
    expect(screen.queryByText('US$305.9 billion')).toBeNull();
    expect(screen.queryByRole('heading', { name: /exports and imports/ })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Uzbekistan’s growth: 2025 against recent years' })).toBeInTheDocument();
  });

  it('narrows to Kazakhstan: its figures and Hong Kong’s investor ranks there, nothing of Uzbekistan', () => {
    renderView('en');
    act(() => setCountry('KZ'));
    expect(screen.getByText(/Showing Kazakhstan/)).toBeInTheDocument();
    expect(card('kz-gdp')).not.toBeNull();
    expect(card('hk-investor-rank-world')).not.toBeNull();
    expect(card('uz-gdp-growth')).toBeNull();
    expect(card('hk-central-asia-trade-growth')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Uzbekistan' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Kazakhstan’s exports and imports, 2025' })).toBeInTheDocument();
  });

  it('frames the trade chart with its takeaway, the derived surplus and a table alternative', () => {
    renderView('en');
    const frame = screen.getByRole('figure', { name: 'Kazakhstan’s exports and imports, 2025' });
    expect(frame).toHaveTextContent('a trade surplus of US$14.3 billion');
    const chart = within(frame).getByRole('img');
    expect(within(chart).getByText('US$79.1 billion')).toBeInTheDocument();
    expect(within(chart).getByText('US$64.8 billion')).toBeInTheDocument();
    expect(within(chart).getByText('Surplus US$14.3 billion')).toBeInTheDocument();
    fireEvent.click(within(frame).getByRole('button', { name: 'Show as table' }));
    const table = within(frame).getByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'Total foreign trade' }).closest('tr')).toHaveTextContent('US$143.9 billion');
    expect(within(table).getByRole('rowheader', { name: /Trade balance/ }).closest('tr')).toHaveTextContent('US$14.3 billion');
    expect(within(frame).getByRole('button', { name: 'SVG' })).toBeInTheDocument();
    expect(within(frame).getByRole('button', { name: 'PNG' })).toBeInTheDocument();
    expect(frame).toHaveTextContent('Source: Ta Kung Pao');
  });

  it('draws growth with the reports’ qualifiers and an open end for "over"', () => {
    renderView('en');
    const frame = screen.getByRole('figure', { name: 'Economic growth: 2025 against recent years' });
    expect(frame).toHaveTextContent('Uzbekistan grew faster in 2025 (7.7% against 6.5%)');
    const chart = within(frame).getByRole('img');
    for (const label of ['6.5%', 'about 6%', '7.7%', 'over 5%']) expect(within(chart).getByText(label)).toBeInTheDocument();
    expect(chart.querySelectorAll('.economy-bar__arrow')).toHaveLength(1);
    expect(chart.querySelector('[data-certainty="over"] .economy-bar__arrow')).not.toBeNull();
    expect(within(frame).getByText(/Lower bound/)).toBeInTheDocument();
  });

  it('is all in Chinese when the language is Chinese', () => {
    renderView('zh-Hant');
    expect(screen.getByRole('heading', { name: '哈薩克斯坦的出口與進口（2025年）' })).toBeInTheDocument();
    expect(screen.getByText('順差143億美元')).toBeInTheDocument();
    const growth = screen.getByRole('figure', { name: '經濟增長：2025年與近年比較' });
    expect(within(growth).getByRole('img')).toHaveTextContent('超過5%');
    expect(card('kz-oil-reserves')).toHaveTextContent('近140億噸');
    expect(card('hk-investor-rank-asia')).toHaveTextContent('亞洲第4');
  });

  it('opens with the background a briefing needs, cited, following the filter', () => {
    renderView('en');
    const background = screen.getByRole('region', { name: 'Background' });
    expect(background).toHaveTextContent(/main export market in Central Asia/);
    expect(background).toHaveTextContent(/Belt and Road initiative was first put forward/);
    expect(background).toHaveTextContent(/double-landlocked|no coast/);
    expect(background).toHaveTextContent(/"white gold" \(cotton\)/);
    expect(background).toHaveTextContent(/copper and tungsten/);
    expect(background).toHaveTextContent(/Ta Kung Pao, 1 June 2026/);
    act(() => setCountry('UZ'));
    const uz = screen.getByRole('region', { name: 'Background' });
    expect(uz).not.toHaveTextContent(/Belt and Road initiative/);
    expect(uz).toHaveTextContent(/four "golds"/);
  });
});
