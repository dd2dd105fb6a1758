/** This trip's headline figures as the dashboard's first screen shows them, in three languages (src/app/). */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadMissionDataset } from './mission';
import { loadTripDataset, resetAppStore } from '../../src/store/appStore';
import { startUrlSync } from '../../src/store/urlSync';
import { App } from '../../src/app/App';

// The views are tested in their own folders; here they are stand-ins so the shell is tested alone.
vi.mock('../../src/features/map/MapView', () => ({ default: () => <p>map view</p> }));
vi.mock('../../src/features/agreements/AgreementsView', () => ({ default: () => <p>agreements view</p> }));
vi.mock('../../src/features/timeline/TimelineView', () => ({
  default: () => {
    throw new Error('timeline exploded');
  },
}));
vi.mock('../../src/features/economy/EconomyView', () => ({ default: () => <p>economy view</p> }));
vi.mock('../../src/features/notes/NotesView', () => ({ default: () => <p>notes view</p> }));

let stopSync: () => void = () => {};

beforeEach(() => {
  resetAppStore();
  window.history.replaceState(null, '', '/?lang=en');
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  stopSync();
  vi.restoreAllMocks();
});

async function renderReady(query = '?lang=en') {
  window.history.replaceState(null, '', `/${query}`);
  stopSync = startUrlSync(window);
  const dataset = loadMissionDataset();
  await act(() => loadTripDataset(async () => dataset));
  render(<App />);
}

describe('App shell', () => {
  it('shows the headline figures in English', async () => {
    await renderReady('?lang=en');
    const headline = screen.getByRole('region', { name: 'The trip in figures' });
    const items = within(headline).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      '96agreements and MoUsKazakhstan and Uzbekistan',
      'over US$1.65 billionin deals with stated values',
      '75delegation members',
      '2countries visited',
      '6days',
    ]);
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows the headline figures in Traditional Chinese', async () => {
    await renderReady('?lang=zh-Hant');
    const headline = screen.getByRole('region', { name: '數字看行程' });
    const items = within(headline).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['96份協議及合作備忘錄哈薩克斯坦及烏茲別克斯坦', '超過16.5億美元列明金額的合作總值', '75名代表團成員', '2個出訪國家', '6天行程']);
    expect(document.documentElement.lang).toBe('zh-Hant');
  });

  it('offers 简体中文: the table loads, then the page, URL and <html lang> switch together', async () => {
    await renderReady('?lang=en');
    await userEvent.click(screen.getByRole('button', { name: '简体中文' }));
    const headline = await screen.findByRole('region', { name: '数字看行程' });
    const items = within(headline).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['96份协议及合作备忘录哈萨克斯坦和乌兹别克斯坦', '超过16.5亿美元列明金额的合作总值', '75名代表团成员', '2个出访国家', '6天行程']);
    expect(document.documentElement.lang).toBe('zh-Hans');
    expect(window.location.search).toContain('lang=zh-Hans');
  });

});
