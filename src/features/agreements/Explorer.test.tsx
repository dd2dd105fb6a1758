import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadExampleDataset } from '../../../tests/fixtures/missions';
import { makeSyntheticDataset } from '../../../scripts/make-synthetic';
import { buildTripModel } from '../../data/buildTripModel';
import { resetAppStore, setCountry, useAppStore } from '../../store/appStore';
import AgreementsView from './AgreementsView';
import { EXPLORER_PAGE_SIZE } from './Explorer';
import { captureDownloads } from '../../../tests/setup/downloads';

// The example mission plus generated agreements: 500 named agreements and its country-and-level totals.
const dataset = makeSyntheticDataset(loadExampleDataset(), { agreements: 500, events: 0, seed: 7 });
const model = buildTripModel(dataset);
const ROWS = dataset.agreements.length + dataset.agreementCounts.length;
const mnRows = dataset.agreements.filter((a) => a.country === 'MN').length + dataset.agreementCounts.filter((c) => c.country === 'MN').length;

function renderView(selection: Partial<ReturnType<typeof useAppStore.getState>> = {}) {
  useAppStore.setState({ dataset: { status: 'ready', model }, ...selection });
  return render(<AgreementsView />);
}

const explorer = () => screen.getByRole('region', { name: /Agreements explorer|協議瀏覽器/ });
const bodyRows = () => within(explorer()).getAllByRole('row').slice(1);
const count = () => within(explorer()).getByRole('status').textContent;

// Renders and indexes 500 agreements: slow on a busy machine, so more than the default 5 s.
describe('Explorer with many agreements', { timeout: 60_000 }, () => {
  let blobs: Blob[];
  beforeEach(() => {
    resetAppStore();
    blobs = captureDownloads().blobs;
  });
  afterEach(() => vi.restoreAllMocks());

  it('draws one page of rows, counts them all, and shows more on demand', () => {
    expect(dataset.agreements).toHaveLength(500);
    renderView();
    expect(bodyRows()).toHaveLength(EXPLORER_PAGE_SIZE);
    expect(count()).toBe(`Showing 50 of ${ROWS} rows`);

    fireEvent.click(within(explorer()).getByRole('button', { name: 'Show 50 more' }));
    expect(bodyRows()).toHaveLength(2 * EXPLORER_PAGE_SIZE);
    expect(count()).toBe(`Showing 100 of ${ROWS} rows`);
    // Focus moves to the first row the button revealed.
    expect(document.activeElement).toBe(within(bodyRows()[EXPLORER_PAGE_SIZE]!).getByRole('rowheader'));

    fireEvent.click(within(explorer()).getByRole('button', { name: `Show all ${ROWS}` }));
    expect(bodyRows()).toHaveLength(ROWS);
    expect(count()).toBe(`${ROWS} of ${ROWS} rows shown`);
    expect(within(explorer()).queryByRole('button', { name: /^Show (all|\d+ more)/ })).toBeNull();
  });

  it('prints every row of the filter: all of them between beforeprint and afterprint', () => {
    renderView({ country: 'MN' });
    expect(bodyRows()).toHaveLength(EXPLORER_PAGE_SIZE);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(bodyRows()).toHaveLength(mnRows);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(bodyRows()).toHaveLength(EXPLORER_PAGE_SIZE);
  });

  it('goes back to the first page when a filter changes', () => {
    renderView();
    fireEvent.click(within(explorer()).getByRole('button', { name: 'Show 50 more' }));
    expect(bodyRows()).toHaveLength(100);
    act(() => setCountry('MN'));
    expect(bodyRows()).toHaveLength(EXPLORER_PAGE_SIZE);
    expect(count()).toBe(`Showing 50 of ${mnRows} matching rows (${ROWS} in all)`);
    expect(new Set(bodyRows().map((row) => row.querySelectorAll('td')[0]!.textContent))).toEqual(new Set(['Mongolia']));
    // Back to a filter seen before: still the first page, not the page left behind.
    act(() => setCountry(null));
    expect(bodyRows()).toHaveLength(EXPLORER_PAGE_SIZE);
  });

  it('sorts the whole filtered set, not only the page on screen', () => {
    renderView();
    const titleOf = (row: HTMLElement) => row.querySelector('.explorer__title')!.textContent!;
    const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });
    const firstPage = bodyRows().map(titleOf);
    const aggregateTitles = firstPage.slice(0, dataset.agreementCounts.length);
    const everyTitle = [...aggregateTitles, ...dataset.agreements.map((a) => a.title.en)];
    fireEvent.click(within(explorer()).getByRole('button', { name: /^Agreement/ }));
    const expected = [...everyTitle].sort(collator.compare).slice(0, EXPLORER_PAGE_SIZE);
    // Sorting only the rows on screen would give these instead.
    expect(expected).not.toEqual([...firstPage].sort(collator.compare));
    expect(bodyRows().map(titleOf)).toEqual(expected);
  });

  it('exports every filtered row as CSV, not only the page on screen', async () => {
    renderView({ country: 'MN' });
    expect(bodyRows()).toHaveLength(EXPLORER_PAGE_SIZE);
    fireEvent.click(within(explorer()).getByRole('button', { name: 'CSV' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const text = new TextDecoder().decode(new Uint8Array(await blobs[0]!.arrayBuffer()).slice(3));
    const lines = text.trim().split('\r\n');
    expect(mnRows).toBeGreaterThan(EXPLORER_PAGE_SIZE);
    expect(lines).toHaveLength(1 + mnRows);
    expect(lines.slice(1).every((line) => line.includes(',Mongolia,'))).toBe(true);
  });

  it('searches every row, and speaks Chinese', () => {
    renderView({ lang: 'zh-Hant', q: '礦業合資' });
    // The example's mining venture is found among the 500.
    expect(bodyRows()).toHaveLength(1);
    act(() => useAppStore.setState({ q: '' }));
    expect(count()).toBe(`顯示${ROWS}行中的50行`);
    expect(within(explorer()).getByRole('button', { name: '再顯示50行' })).toBeInTheDocument();
    expect(within(explorer()).getByRole('button', { name: `顯示全部${ROWS}行` })).toBeInTheDocument();
  });
});
