import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildExampleZhHansTable, loadExampleModel } from '../../../tests/fixtures/missions';
import { resetAppStore, setCountry, useAppStore } from '../../store/appStore';
import AgreementsView from './AgreementsView';
import { captureDownloads } from '../../../tests/setup/downloads';
import { installZhHansTable } from '../../i18n/zhHans';

// The fictional example mission; this trip's agreements are checked in data/checks/AgreementsView.test.tsx.
const model = loadExampleModel();

function renderView(selection: Partial<ReturnType<typeof useAppStore.getState>> = {}) {
  useAppStore.setState({ dataset: { status: 'ready', model }, ...selection });
  return render(<AgreementsView />);
}

/** The chart's <svg>: a group (its marks are focusable) named by the chart's title and takeaway. */
const chart = () => {
  const title = screen.getAllByRole('heading', { level: 3 })[0]!.textContent!;
  return screen.getAllByRole('group', { name: new RegExp(`^${title.replace(/[()]/g, '.')} `) })[0]!;
};
const explorerTable = () => screen.getByRole('table', { name: /Agreements explorer|協議瀏覽器|协议浏览器/ });
/** The row headers of the explorer: each row's badge(s) and title. */
const rowTitles = () =>
  within(explorerTable())
    .getAllByRole('rowheader')
    .map((th) => th.querySelector('.explorer__title')!.textContent);
const rowCountries = () =>
  within(explorerTable())
    .getAllByRole('row')
    .slice(1)
    .map((tr) => tr.querySelectorAll('td')[0]!.textContent);

describe('AgreementsView', { timeout: 15_000 }, () => {
  let blobs: Blob[];
  beforeAll(async () => installZhHansTable(await buildExampleZhHansTable()));
  beforeEach(() => {
    resetAppStore();
    blobs = captureDownloads().blobs;
  });
  afterEach(() => vi.restoreAllMocks());

  it('keeps the chart mode in the store, so the URL can carry it', () => {
    renderView({ chart: 'field' });
    const modes = within(screen.getByRole('group', { name: 'Break the agreements down by' }));
    expect(modes.getByRole('button', { name: 'Field' })).toHaveAttribute('aria-pressed', 'true');
    expect(modes.getByRole('button', { name: 'Country and level' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getAllByRole('heading', { level: 3 })[0]).toHaveTextContent('Which fields the named agreements cover');
    fireEvent.click(modes.getByRole('button', { name: 'Amounts' }));
    expect(useAppStore.getState().chart).toBe('amounts');
    expect(modes.getByRole('button', { name: 'Amounts' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('draws each country with its government and non-government parts and its total, 14 in all', () => {
    renderView();
    expect(screen.getByRole('heading', { level: 3, name: '14 agreements and MoUs by country and level' })).toBeInTheDocument();
    const svg = chart();
    for (const [name, count] of [
      ['Mongolia, Government', 2],
      ['Mongolia, Non-government', 5],
      ['Kyrgyzstan, Government', 1],
      ['Tajikistan, Non-government', 2],
    ] as const) {
      expect(within(svg).getByRole('button', { name: `${name}: ${count} agreements. Select to filter.` })).toBeInTheDocument();
    }
    expect([...svg.querySelector('[data-bar="MN"]')!.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['Mongolia', '2', '5', '7']);
    expect([...svg.querySelector('[data-bar="TJ"]')!.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['Tajikistan', '1', '2', '3']);
  });

  it('offers the chart as a table with the same numbers', () => {
    renderView();
    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table', { name: /14 agreements and MoUs by country and level/ });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => within(row).queryAllByRole('cell').map((c) => c.textContent));
    expect(rows.slice(1)).toEqual([
      ['2', '5', '7'],
      ['1', '3', '4'],
      ['1', '2', '3'],
      ['4', '10', '14'],
    ]);
  });

  it('a country filter updates the chart and the explorer together', () => {
    renderView();
    expect(new Set(rowCountries())).toEqual(new Set(['Mongolia', 'Kyrgyzstan', 'Tajikistan']));
    act(() => setCountry('KG'));
    expect(screen.getByRole('heading', { level: 3, name: '4 agreements and MoUs with Kyrgyzstan, by level' })).toBeInTheDocument();
    expect(within(chart()).queryByRole('button', { name: /Mongolia/ })).toBeNull();
    expect(within(chart()).getByRole('button', { name: /Kyrgyzstan, Government: 1/ })).toBeInTheDocument();
    expect(new Set(rowCountries())).toEqual(new Set(['Kyrgyzstan']));
  });

  it('clicking a segment filters by its country and level; clicking it again clears both', () => {
    renderView();
    fireEvent.click(within(chart()).getByRole('button', { name: /Mongolia, Government: 2/ }));
    expect(useAppStore.getState()).toMatchObject({ country: 'MN', level: 'government' });
    expect(within(chart()).getByRole('button', { name: /Mongolia, Government: 2/ })).toHaveAttribute('aria-pressed', 'true');
    expect(rowTitles()).toContain('Mongolia: all government documents');
    expect(rowCountries().every((c) => c === 'Mongolia')).toBe(true);
    fireEvent.keyDown(within(chart()).getByRole('button', { name: /Mongolia, Government: 2/ }), { key: 'Enter' });
    expect(useAppStore.getState()).toMatchObject({ country: null, level: null });
  });

  it('search finds rows by an English word and by a Chinese word, in either script', () => {
    renderView();
    const search = screen.getByRole('searchbox', { name: 'Search (English or Chinese)' });
    fireEvent.change(search, { target: { value: 'mining' } });
    expect(useAppStore.getState().q).toBe('mining');
    expect(rowTitles()).toEqual(['Example mining venture']);
    fireEvent.change(search, { target: { value: '礦業' } });
    expect(rowTitles()).toEqual(['Example mining venture']);
    fireEvent.change(search, { target: { value: '矿业' } });
    expect(rowTitles()).toEqual(['Example mining venture']);
    expect(screen.getByText('1 of 11 rows shown')).toBeInTheDocument();
  });

  it('shows an empty state when nothing matches, and clears the filters from it', () => {
    renderView({ q: 'no-such-agreement', country: 'KG' });
    expect(screen.queryByRole('table', { name: /Agreements explorer/ })).toBeNull();
    expect(screen.getByText('No agreement matches these filters.')).toBeInTheDocument();
    const clear = screen.getAllByRole('button', { name: 'Clear filters' });
    fireEvent.click(clear[clear.length - 1]!);
    expect(useAppStore.getState()).toMatchObject({ q: '', country: null, level: null, field: null, status: null });
    expect(rowTitles()).toHaveLength(11);
  });

  it('shows a row source on demand', () => {
    renderView();
    const button = screen.getByRole('button', { name: 'Show source: Example mining venture' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const list = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(list).toBeVisible();
    expect(list.textContent).toMatch(/Example Gazette, 23 September 2031/);
  });

  it('exports the filtered rows as CSV with a BOM', async () => {
    renderView({ country: 'MN', level: 'government' });
    const explorer = screen.getByRole('region', { name: 'Agreements explorer' });
    fireEvent.click(within(explorer).getByRole('button', { name: 'CSV' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trim().split('\r\n');
    expect(lines[0]).toMatch(/^Agreement,Row type,Country,Level,Field,Status,Documents in the 14 \(totals rows\),Named item counted in the 14,/);
    // The Mongolian government total, then its two named government items.
    expect(lines).toHaveLength(1 + 3);
    expect(lines[1]).toMatch(/^Mongolia: all government documents,total reported,Mongolia,Government,,,2,,/);
  });
});
