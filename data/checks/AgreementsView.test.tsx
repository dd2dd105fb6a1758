/** This trip's agreements as the view shows them: 61 + 35 = 96, the named items, outcomes and search in three languages (src/features/agreements/). */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadMissionDataset } from './mission';
const dataset = loadMissionDataset();
import { buildTripModel } from '../../src/data/buildTripModel';
import type { TripDataset } from '../../src/data/schema';
import { resetAppStore, setCountry, setExplorerFilters, useAppStore } from '../../src/store/appStore';
import AgreementsView from '../../src/features/agreements/AgreementsView';
import { captureDownloads } from '../../tests/setup/downloads';
import { loadLanguage } from '../../src/i18n/languagePacks';

const model = buildTripModel(dataset as TripDataset);

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
  beforeAll(() => loadLanguage('zh-Hans'));
  beforeEach(() => {
    resetAppStore();
    blobs = captureDownloads().blobs;
  });
  afterEach(() => vi.restoreAllMocks());

  it('draws each country with its government and non-government parts and its total, 96 in all', () => {
    renderView();
    expect(screen.getByRole('heading', { level: 3, name: '96 agreements and MoUs by country and level' })).toBeInTheDocument();
    const svg = chart();
    for (const [name, count] of [
      ['Kazakhstan, Government', 8],
      ['Kazakhstan, Non-government', 53],
      ['Uzbekistan, Government', 7],
      ['Uzbekistan, Non-government', 28],
    ] as const) {
      expect(within(svg).getByRole('button', { name: `${name}: ${count} agreements. Select to filter.` })).toBeInTheDocument();
    }
    const kz = svg.querySelector('[data-bar="KZ"]')!;
    const uz = svg.querySelector('[data-bar="UZ"]')!;
    expect([...kz.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['Kazakhstan', '8', '53', '61']);
    expect([...uz.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['Uzbekistan', '7', '28', '35']);
  });

  it('offers the chart as a table with the same numbers', () => {
    renderView();
    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table', { name: /96 agreements and MoUs by country and level/ });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => within(row).queryAllByRole('cell').map((c) => c.textContent));
    expect(rows.slice(1)).toEqual([
      ['8', '53', '61'],
      ['7', '28', '35'],
      ['15', '81', '96'],
    ]);
  });

  it('a country filter updates the chart and the explorer together', () => {
    renderView();
    expect(new Set(rowCountries())).toEqual(new Set(['Kazakhstan', 'Uzbekistan']));
    act(() => setCountry('UZ'));
    expect(screen.getByRole('heading', { level: 3, name: '35 agreements and MoUs with Uzbekistan, by level' })).toBeInTheDocument();
    expect(within(chart()).queryByRole('button', { name: /Kazakhstan/ })).toBeNull();
    expect(within(chart()).getByRole('button', { name: /Uzbekistan, Government: 7/ })).toBeInTheDocument();
    expect(new Set(rowCountries())).toEqual(new Set(['Uzbekistan']));
  });

  it('clicking a segment filters by its country and level; clicking it again clears both', () => {
    renderView();
    const segment = within(chart()).getByRole('button', { name: /Kazakhstan, Government: 8/ });
    fireEvent.click(segment);
    expect(useAppStore.getState()).toMatchObject({ country: 'KZ', level: 'government' });
    expect(within(chart()).getByRole('button', { name: /Kazakhstan, Government: 8/ })).toHaveAttribute('aria-pressed', 'true');
    expect(rowTitles()).toContain('Kazakhstan: all government documents');
    expect(rowCountries().every((c) => c === 'Kazakhstan')).toBe(true);
    fireEvent.keyDown(within(chart()).getByRole('button', { name: /Kazakhstan, Government: 8/ }), { key: 'Enter' });
    expect(useAppStore.getState()).toMatchObject({ country: null, level: null });
  });

  it('search finds rows by an English word and by a Chinese word', () => {
    renderView();
    const search = screen.getByRole('searchbox', { name: 'Search (English or Chinese)' });
    fireEvent.change(search, { target: { value: 'nazarbayev' } });
    expect(useAppStore.getState().q).toBe('nazarbayev');
    expect(rowTitles()).toEqual(['Hong Kong universities – Nazarbayev University cooperation']);
    fireEvent.change(search, { target: { value: '港交所' } });
    expect(rowTitles()).toEqual(['HKEX – AIFC Authority MoU', 'HKEX – Astana International Exchange MoU']);
    expect(screen.getByText('2 of 19 rows shown')).toBeInTheDocument();
  });

  it('shows an empty state when nothing matches, and clears the filters from it', () => {
    renderView({ q: 'no-such-agreement', country: 'UZ' });
    expect(screen.queryByRole('table', { name: /Agreements explorer/ })).toBeNull();
    expect(screen.getByText('No agreement matches these filters.')).toBeInTheDocument();
    expect(screen.getByText('No rows match')).toBeInTheDocument();
    const clear = screen.getAllByRole('button', { name: 'Clear filters' });
    fireEvent.click(clear[clear.length - 1]!);
    expect(useAppStore.getState()).toMatchObject({ q: '', country: null, level: null, field: null, status: null });
    expect(rowTitles()).toHaveLength(19);
  });

  it('shows the field breakdown with the unnamed remainder as its own bar', () => {
    renderView();
    const modes = screen.getByRole('group', { name: 'Break the agreements down by' });
    fireEvent.click(within(modes).getByRole('button', { name: 'Field' }));
    expect(within(modes).getByRole('button', { name: 'Field' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText(/name 6 documents one by one \(they do not say which of the 96 these are\); the other 90 are not itemised/)).toBeInTheDocument();
    const svg = chart();
    expect(within(svg).getByRole('button', { name: 'Kazakhstan: 56 documents not itemised in the reports. Select to filter by country.' })).toBeInTheDocument();
    expect(within(svg).getByRole('button', { name: 'Uzbekistan: 34 documents not itemised in the reports. Select to filter by country.' })).toBeInTheDocument();
    expect(within(svg).getByRole('button', { name: 'Finance, Kazakhstan: 2. Select to filter.' })).toBeInTheDocument();
  });

  it('shows the one named amount against the stated total', () => {
    renderView();
    fireEvent.click(within(screen.getByRole('group', { name: 'Break the agreements down by' })).getByRole('button', { name: 'Amounts' }));
    expect(screen.getByText('The reports itemise US$100 million of the over US$1.65 billion stated for all the agreements; the rest is not broken down.')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Amounts/ })).toHaveTextContent('over US$1.55 billion');
  });

  it('marks the agreements of the outcome chosen on the timeline', () => {
    renderView({ outcome: 7 });
    expect(screen.getByText(/Linked to outcome 7:/)).toBeInTheDocument();
    const linked = within(explorerTable())
      .getAllByRole('row')
      .filter((row) => row.getAttribute('aria-current') === 'true');
    expect(linked.map((row) => row.querySelector('.explorer__title')!.textContent)).toEqual([
      'Hong Kong universities – Nazarbayev University cooperation',
    ]);
  });

  it('says under the level chart how many named agreements the chosen outcome links to, per country', () => {
    renderView({ outcome: 3 });
    expect(screen.getByText('Outcome 3 links to 5 named agreements: 2 Kazakhstan, 3 Uzbekistan. None of them is among the documents these bars count.')).toBeInTheDocument();
    act(() => useAppStore.setState({ lang: 'zh-Hant' }));
    expect(screen.getByText('成果3連結5項具名協議：哈薩克斯坦2項、烏茲別克斯坦3項。這些協議均不在圖中計算的文件之內。')).toBeInTheDocument();
  });

  it('outlines the fields that hold the chosen outcome\'s agreements in the field chart', () => {
    renderView({ chart: 'field', outcome: 6 });
    // Outcome 6: aviation with Uzbekistan is counted in the 96; the other two are outside it.
    const outlined = chart().querySelectorAll('[data-highlighted]');
    expect([...outlined].map((g) => g.getAttribute('data-segment'))).toEqual(['aviation/UZ']);
    expect(within(chart()).getByRole('button', { name: /^Aviation, Uzbekistan: 1\. .*Holds agreements of outcome 6\.$/ })).toBeInTheDocument();
    expect(
      screen.getByText('Outcome 6 links to 3 named agreements: 1 Kazakhstan, 2 Uzbekistan. Outlined: the fields holding 1 of them (Aviation).'),
    ).toBeInTheDocument();
  });

  it('says when none of the outcome\'s agreements is in the field bars, and shows no note for amounts', () => {
    renderView({ chart: 'field', outcome: 3 });
    expect(chart().querySelectorAll('[data-highlighted]')).toHaveLength(0);
    expect(screen.getByText(/None of them is among the documents these bars count\./)).toBeInTheDocument();
    act(() => useAppStore.setState({ chart: 'amounts' }));
    expect(screen.queryByText(/Outcome 3 links to/)).not.toBeInTheDocument();
  });

  it('shows a row source on demand', () => {
    renderView();
    const button = screen.getByRole('button', { name: 'Show source: HKEX – AIFC Authority MoU' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const list = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(list).toBeVisible();
    expect(list.textContent).toMatch(/Ta Kung Pao|Wen Wei Po|6 June 2026/);
  });

  it('exports the filtered rows as CSV with a BOM', async () => {
    renderView({ country: 'KZ', level: 'government' });
    const explorer = screen.getByRole('region', { name: 'Agreements explorer' });
    fireEvent.click(within(explorer).getByRole('button', { name: 'CSV' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trim().split('\r\n');
    expect(lines[0]).toMatch(/^Agreement,Row type,Country,Level,Field,Status,Documents in the 96 \(totals rows\),Named item counted in the 96,/);
    // The KZ government total, then the three named KZ government arrangements (an office, two talks).
    expect(lines).toHaveLength(1 + 4);
    expect(lines[1]).toMatch(/^Kazakhstan: all government documents,total reported,Kazakhstan,Government,,,8,,/);
    // A named item: the reports do not say whether it is one of the 96.
    expect(lines[2]).toMatch(/^Hong Kong Economic and Trade Office in Kazakhstan,named agreement,Kazakhstan,Government,Official representation,Planned,,Not stated,/);
  });

  it('says "Not stated" in the "In the 96" column for every named item, in each language', () => {
    renderView();
    const counted = [...explorerTable().querySelectorAll('td.explorer__counted')].map((td) => td.textContent);
    expect(counted.slice(0, 4)).toEqual(['8 in all', '53 in all', '7 in all', '28 in all']);
    expect(new Set(counted.slice(4))).toEqual(new Set(['Not stated']));
    act(() => useAppStore.setState({ lang: 'zh-Hant' }));
    expect([...explorerTable().querySelectorAll('td.explorer__counted')].at(-1)!.textContent).toBe('報道未有說明');
  });

  it.each([
    ['en', '哈萨克', 'KZ'],
    ['en', '哈薩克', 'KZ'],
    ['zh-Hant', '哈萨克', 'KZ'],
    ['zh-Hant', '免签', 'UZ'],
    ['en', '免签', 'UZ'],
    ['zh-Hant', '税务', null],
    ['en', '国泰', 'KZ'],
    ['zh-Hant', '国泰', 'KZ'],
    ['zh-Hans', '哈萨克', 'KZ'],
    ['zh-Hans', '哈薩克', 'KZ'],
    ['zh-Hans', '免签', 'UZ'],
    ['zh-Hans', '国泰', 'KZ'],
  ] as const)('finds rows for Simplified or Traditional input in %s mode: %s', (lang, q, country) => {
    renderView({ lang });
    act(() => setExplorerFilters({ q }));
    const countries = rowCountries();
    expect(countries.length).toBeGreaterThan(0);
    if (country) {
      const names = { en: ['Kazakhstan', 'Uzbekistan'], 'zh-Hant': ['哈薩克斯坦', '烏茲別克斯坦'], 'zh-Hans': ['哈萨克斯坦', '乌兹别克斯坦'] }[lang];
      const name = country === 'KZ' ? names[0] : names[1];
      expect(new Set(countries)).toEqual(new Set([name]));
    }
  });

  it('finds every Kazakhstan row, and only those, for 哈萨克 in English mode', () => {
    renderView({ lang: 'en', country: 'KZ' });
    const kazakhRows = rowTitles();
    act(() => setCountry(null));
    act(() => setExplorerFilters({ q: '哈萨克' }));
    expect(rowTitles()).toEqual(kazakhRows);
    expect(kazakhRows.length).toBe(2 + dataset.agreements.filter((a) => a.country === 'KZ').length);
  });

  it('marks the agreements behind the day chosen on the timeline, in the chart and the explorer', () => {
    renderView({ day: '2026-06-01' });
    // The one named item of that day: the office in Kazakhstan Lee disclosed on the day of the talks,
    // a plan rather than one of the documents the bars count.
    expect(screen.getByText('On 1 June 2026: 1 named agreement, 1 Kazakhstan. None of them is among the documents these bars count.')).toBeInTheDocument();
    const marked = within(explorerTable()).getAllByRole('row').filter((tr) => tr.getAttribute('aria-current') === 'true');
    expect(marked.map((tr) => tr.getAttribute('data-row'))).toEqual(['hketo-kazakhstan']);
    expect(screen.getByRole('note')).toHaveTextContent('Agreements of 1 June 2026 1 highlighted row belongs to it.');
    // The reports date none of the Tashkent items (the consulate, visa, air, customs, tax and investment ones).
    act(() => useAppStore.setState({ day: '2026-06-04' }));
    expect(screen.getByText('No named agreement is dated 4 June 2026 or tied to an event that day.')).toBeInTheDocument();
    expect(chart().querySelectorAll('[data-highlighted]')).toHaveLength(0);
    act(() => useAppStore.setState({ day: null }));
    expect(chart().querySelectorAll('[data-highlighted]')).toHaveLength(0);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('gives the government and non-government totals, and each country\'s share, in the legend and the takeaway', () => {
    renderView();
    const takeaway = 'Of the 96 documents, 61 are with Kazakhstan and 35 are with Uzbekistan. 15 are government documents (8 with Kazakhstan and 7 with Uzbekistan) and 81 non-government (53 with Kazakhstan and 28 with Uzbekistan).';
    expect(screen.getByText(takeaway)).toBeInTheDocument();
    expect(within(chart()).getByText('Government: 15 (8 with Kazakhstan and 7 with Uzbekistan)')).toBeInTheDocument();
    expect(within(chart()).getByText('Non-government: 81 (53 with Kazakhstan and 28 with Uzbekistan)')).toBeInTheDocument();
    act(() => useAppStore.setState({ lang: 'zh-Hant' }));
    expect(screen.getByText('96份文件中，哈薩克斯坦佔61份及烏茲別克斯坦佔35份；政府層面文件15份（哈薩克斯坦8份及烏茲別克斯坦7份），非政府層面81份（哈薩克斯坦53份及烏茲別克斯坦28份）。')).toBeInTheDocument();
    expect(within(chart()).getByText('政府層面：15份（哈薩克斯坦8份及烏茲別克斯坦7份）')).toBeInTheDocument();
  });

  it('speaks Chinese', () => {
    renderView({ lang: 'zh-Hant' });
    expect(screen.getByRole('heading', { level: 3, name: '按國家及層面劃分的96份協議及合作備忘錄' })).toBeInTheDocument();
    expect(within(chart()).getByRole('button', { name: '哈薩克斯坦・政府層面：8份協議。選取以篩選。' })).toBeInTheDocument();
    act(() => setExplorerFilters({ q: 'Nazarbayev' }));
    expect(rowTitles()).toEqual(['兩所香港高校與納扎爾巴耶夫大學合作']);
  });
});
