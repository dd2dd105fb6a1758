import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadExampleModel } from '../../../tests/fixtures/missions';
import type { Lang } from '../../i18n/lang';
import { resetAppStore, setCountry, setLang, useAppStore } from '../../store/appStore';
import EconomyView from './EconomyView';
import { formatFigureValue, formatPeriod } from './formatFigure';

// The fictional example mission; this trip's figures are checked in data/checks/EconomyView.test.tsx.
const model = loadExampleModel();
const { dataset } = model;
const economyFigures = dataset.figures.filter((f) => f.subject !== 'trip');

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
  it.each<Lang>(['en', 'zh-Hant'])('shows every economic figure of the dataset, formatted, with its period (%s)', (lang) => {
    renderView(lang);
    for (const figure of economyFigures) {
      const item = card(figure.id);
      expect(item, figure.id).not.toBeNull();
      const value = within(item!).getByText((_, el) => el?.classList.contains('figure-card__value') ?? false);
      expect(value.textContent).toContain(formatFigureValue(figure, lang));
      expect(within(item!).getAllByText(formatPeriod(figure.period, lang)).length).toBeGreaterThan(0);
    }
  });

  it('offers a CSV of each chart’s data beside SVG and PNG', () => {
    renderView('en');
    const charts = document.querySelectorAll('figure.chart-frame');
    expect(charts.length).toBeGreaterThanOrEqual(2);
    for (const chart of charts) {
      expect(within(chart as HTMLElement).getByRole('button', { name: 'CSV' })).toBeInTheDocument();
    }
  });

  it('shows a figure as the data gives it, in both languages, and what a rank is counted among', () => {
    renderView('en');
    expect(card('mn-exports')).toHaveTextContent('US$15 billion');
    expect(card('tj-population-rank')).toHaveTextContent('3rd in the region');
    act(() => setLang('zh-Hant'));
    expect(card('mn-exports')).toHaveTextContent('150億美元');
    expect(card('home-region-trade-rank')).toHaveTextContent('亞洲第2');
  });

  it('opens what a figure measures and its source on keyboard focus, and closes it with Escape', () => {
    renderView('en');
    const body = within(card('mn-exports')!).getByRole('group', { name: /US\$15 billion/ });
    const tip = within(card('mn-exports')!).getByRole('tooltip', { hidden: true });
    expect(tip).not.toBeVisible();
    fireEvent.focus(body);
    expect(tip).toBeVisible();
    expect(tip).toHaveTextContent('Example Gazette, 23 September 2031');
    expect(body).toHaveAccessibleDescription(/Source: Example Gazette/);
    fireEvent.keyDown(body, { key: 'Escape' });
    expect(tip).not.toBeVisible();
  });

  it('links a figure to the data note about it', () => {
    renderView('en');
    expect(within(card('mn-exports')!).getByRole('link', { name: /Data note/ })).toHaveAttribute('href', '#note-example-note');
    expect(within(card('mn-imports')!).queryByRole('link')).toBeNull();
  });

  it('narrows to one country: its figures only, no trade chart where it has none, and says so', () => {
    renderView('en');
    act(() => setCountry('KG'));
    expect(screen.getByText(/Showing Kyrgyzstan only/)).toBeInTheDocument();
    expect(card('kg-gdp-growth')).not.toBeNull();
    expect(card('mn-exports')).toBeNull();
    expect(card('tj-gdp-growth')).toBeNull();
    expect(screen.queryByRole('heading', { name: /exports and imports/ })).toBeNull();
  });

  it('frames the trade chart with its takeaway, the derived surplus and a table alternative', () => {
    renderView('en');
    const frame = screen.getByRole('figure', { name: 'Mongolia’s exports and imports, 2030' });
    expect(frame).toHaveTextContent('a trade surplus of US$3 billion');
    const chart = within(frame).getByRole('img');
    expect(within(chart).getByText('US$15 billion')).toBeInTheDocument();
    expect(within(chart).getByText('US$12 billion')).toBeInTheDocument();
    fireEvent.click(within(frame).getByRole('button', { name: 'Show as table' }));
    const table = within(frame).getByRole('table');
    expect(within(table).getByRole('rowheader', { name: /Trade balance/ }).closest('tr')).toHaveTextContent('US$3 billion');
    expect(frame).toHaveTextContent('Source: Example Gazette');
  });
});
