import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartFrame } from './ChartFrame';
import type { ReactNode } from 'react';
import { captureDownloads } from '../../tests/setup/downloads';

const table = {
  columns: [{ label: 'Country' }, { label: 'Agreements', numeric: true }],
  rows: [
    { key: 'KZ', cells: ['Kazakhstan', 61] },
    { key: 'UZ', cells: ['=Uzbekistan', 35] },
  ],
};

function renderFrame(lang: 'en' | 'zh-Hant' = 'en', footer?: ReactNode) {
  return render(
    <ChartFrame
      footer={footer}
      id="demo"
      lang={lang}
      title="Agreements by country"
      takeaway="Kazakhstan signed most."
      source={<p>Source: Ta Kung Pao</p>}
      table={table}
      csv
      fileName="demo"
      exportDate="2026-06-06"
    >
      {({ svgProps }) => (
        <svg {...svgProps} viewBox="0 0 300 100">
          <rect width="61" height="20" />
        </svg>
      )}
    </ChartFrame>,
  );
}

describe('ChartFrame', () => {
  let blobs: Blob[];
  let names: string[];
  beforeEach(() => {
    ({ blobs, names } = captureDownloads());
  });
  afterEach(() => vi.restoreAllMocks());

  it('names the chart by its title and takeaway', () => {
    renderFrame();
    expect(screen.getByRole('heading', { level: 3, name: 'Agreements by country' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Agreements by country Kazakhstan signed most.' })).toBeInTheDocument();
  });

  it('shows the data as a table on demand', () => {
    renderFrame();
    const toggle = screen.getByRole('button', { name: 'Show as table' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    // Closed, the table is not in the document at all (not merely hidden), and the toggle points at nothing.
    expect(document.querySelector('table')).toBeNull();
    expect(toggle).not.toHaveAttribute('aria-controls');
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveTextContent('Hide table');
    const tableEl = screen.getByRole('table', { name: /Agreements by country/ });
    expect(toggle).toHaveAttribute('aria-controls', tableEl.id);
    expect(within(tableEl).getByRole('rowheader', { name: 'Kazakhstan' })).toBeInTheDocument();
    expect(within(tableEl).getByRole('cell', { name: '61' })).toBeInTheDocument();
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(document.querySelector('table')).toBeNull();
  });

  it('offers SVG, PNG and CSV in a labelled group, in Chinese too', () => {
    renderFrame('zh-Hant');
    const group = screen.getByRole('group', { name: '下載' });
    expect(within(group).getAllByRole('button').map((b) => b.textContent)).toEqual(['SVG', 'PNG', 'CSV']);
    expect(screen.getByRole('button', { name: '以表格顯示' })).toBeInTheDocument();
  });

  it('downloads an SVG that carries the title and the source', async () => {
    renderFrame();
    fireEvent.click(screen.getByRole('button', { name: 'SVG' }));
    // The export code loads on the first click.
    await waitFor(() => expect(names).toEqual(['demo-2026-06-06.svg']));
    const markup = await blobs[0]!.text();
    expect(markup).toContain('<text');
    expect(markup).toContain('Agreements by country');
    expect(markup).toContain('Source: Ta Kung Pao');
    expect(markup).toContain('exported 6 June 2026');
  });

  it('draws a legend shown under the chart (outside its <svg>) into the SVG file', async () => {
    renderFrame(
      'en',
      <ul>
        <li data-export="legend">
          <svg width="34" height="14">
            <rect width="30" height="12" strokeDasharray="4 3" />
          </svg>
          Approximate
        </li>
        <li>Not a legend entry</li>
      </ul>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'SVG' }));
    await waitFor(() => expect(names).toEqual(['demo-2026-06-06.svg']));
    const doc = new DOMParser().parseFromString(await blobs[0]!.text(), 'image/svg+xml');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('Approximate');
    expect(texts).not.toContain('Not a legend entry');
    expect(doc.documentElement.querySelectorAll(':scope > svg')).toHaveLength(2);
  });

  it('downloads the table as CSV with a BOM and guarded cells', async () => {
    renderFrame();
    fireEvent.click(screen.getByRole('button', { name: 'CSV' }));
    await waitFor(() => expect(names).toEqual(['demo-2026-06-06.csv']));
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text).toBe("Country,Agreements\r\nKazakhstan,61\r\n'=Uzbekistan,35\r\n");
  });
});
