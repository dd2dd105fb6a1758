import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadTestDataset } from '../../tests/setup/dataset';
import { DatasetLoadError } from '../data/loadDataset';
import { setOfferedLangs } from '../i18n/lang';
import { isLanguageReady, loadLanguage } from '../i18n/languagePacks';
import { installRussian } from '../i18n/russian';
import { loadTripDataset, resetAppStore, useAppStore } from '../store/appStore';
import { startUrlSync } from '../store/urlSync';
import { App } from './App';

// The views are tested in their own folders; here they are stand-ins so the shell is tested alone.
vi.mock('../features/map/MapView', () => ({ default: () => <p>map view</p> }));
vi.mock('../features/agreements/AgreementsView', () => ({ default: () => <p>agreements view</p> }));
vi.mock('../features/timeline/TimelineView', () => ({
  default: () => {
    throw new Error('timeline exploded');
  },
}));
vi.mock('../features/economy/EconomyView', () => ({ default: () => <p>economy view</p> }));
vi.mock('../features/notes/NotesView', () => ({ default: () => <p>notes view</p> }));

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

async function renderReady(query = '?lang=en', options: { russian?: boolean } = {}) {
  await loadReady(query, options);
  render(<App />);
}

async function loadReady(query: string, { russian = false } = {}) {
  const example = loadTestDataset();
  // The example mission in a fourth language: its texts have no Russian (they show in English), the interface does.
  const dataset = russian ? { ...example, trip: { ...example.trip, languages: [...example.trip.languages, 'ru' as const] } } : example;
  // What a build for this mission knows before its dataset arrives (an earlier test loaded another).
  setOfferedLangs(dataset.trip.languages);
  window.history.replaceState(null, '', `/${query}`);
  stopSync = startUrlSync(window);
  await act(() => loadTripDataset(async () => dataset));
}

describe('App shell', () => {
  it('shows the headline figures in English', async () => {
    await renderReady('?lang=en');
    const headline = screen.getByRole('region', { name: 'The trip in figures' });
    const items = within(headline).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      '14agreements and MoUsMongolia, Kyrgyzstan and Tajikistan',
      'US$300 millionin deals with stated values',
      '40delegation members',
      '3countries visited',
      '9days',
    ]);
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows the headline figures in Traditional Chinese', async () => {
    await renderReady('?lang=zh-Hant');
    const headline = screen.getByRole('region', { name: '數字看行程' });
    const items = within(headline).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['14份協議及合作備忘錄蒙古、吉爾吉斯斯坦及塔吉克斯坦', '3億美元列明金額的合作總值', '40名代表團成員', '3個出訪國家', '9天行程']);
    expect(document.documentElement.lang).toBe('zh-Hant');
  });

  it('has one landmark with a visible heading per view', async () => {
    await renderReady();
    for (const name of ['Map of the trip', 'Agreements', 'Day by day and the 5 outcomes', 'Economy and trade']) {
      const region = screen.getByRole('region', { name });
      expect(within(region).getByRole('heading', { level: 2, name })).toBeVisible();
    }
  });

  it('the language switch updates the store, the URL and <html lang>', async () => {
    await renderReady('?lang=en');
    await userEvent.click(screen.getByRole('button', { name: '繁體中文' }));
    expect(useAppStore.getState().lang).toBe('zh-Hant');
    expect(window.location.search).toContain('lang=zh-Hant');
    expect(document.documentElement.lang).toBe('zh-Hant');
    expect(screen.getByRole('button', { name: '繁體中文' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('the country filter updates the store, the URL and the figures', async () => {
    await renderReady('?lang=en');
    const filter = screen.getByRole('group', { name: 'Country' });
    await userEvent.click(within(filter).getByRole('button', { name: 'Kyrgyzstan' }));
    // The pressed button shows at once; the store, the URL and the views follow after that paint.
    expect(within(filter).getByRole('button', { name: 'Kyrgyzstan' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(useAppStore.getState().country).toBe('KG'));
    expect(window.location.search).toContain('country=KG');
    expect(within(filter).getByRole('button', { name: 'Kyrgyzstan' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('region', { name: 'The trip in figures' })).toHaveTextContent('4agreements and MoUsKyrgyzstan only');
    await userEvent.click(within(filter).getByRole('button', { name: 'All' }));
    await waitFor(() => expect(window.location.search).not.toContain('country'));
  });

  it('a view that throws shows an error in its own panel; the others keep working', async () => {
    await renderReady();
    const timeline = screen.getByRole('region', { name: 'Day by day and the 5 outcomes' });
    expect(await within(timeline).findByRole('alert')).toHaveTextContent('This view could not be shown.');
    expect(within(timeline).getByRole('alert')).toHaveTextContent('timeline exploded');
    expect(await screen.findByText('map view')).toBeVisible();
    expect(await screen.findByText('economy view')).toBeVisible();
  });

  it('a broken dataset shows the error panel with a retry, not a blank page', async () => {
    stopSync = startUrlSync(window);
    await act(() =>
      loadTripDataset(async () => {
        throw new DatasetLoadError('invalid', 'data/trip.json: agreements[0].country: Invalid option');
      }),
    );
    render(<App />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The trip dataset could not be loaded');
    expect(alert).toHaveTextContent('does not match its schema');
    expect(alert).toHaveTextContent('agreements[0].country');
    expect(screen.getByRole('heading', { level: 1, name: 'Mission Atlas' })).toBeVisible();

    const dataset = loadTestDataset();
    const retry = within(alert).getByRole('button', { name: 'Retry' });
    // Retry goes through the real loader: give it a fetch that now succeeds.
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(dataset), { status: 200 })));
    await userEvent.click(retry);
    expect(await screen.findByRole('region', { name: 'The trip in figures' })).toHaveTextContent('14');
    vi.unstubAllGlobals();
  });

  it('offers 简体中文: the table loads, then the page, URL and <html lang> switch together', async () => {
    await renderReady('?lang=en');
    await userEvent.click(screen.getByRole('button', { name: '简体中文' }));
    const headline = await screen.findByRole('region', { name: '数字看行程' });
    const items = within(headline).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['14份协议及合作备忘录蒙古、吉尔吉斯斯坦和塔吉克斯坦', '3亿美元列明金额的合作总值', '40名代表团成员', '3个出访国家', '9天行程']);
    expect(document.documentElement.lang).toBe('zh-Hans');
    expect(window.location.search).toContain('lang=zh-Hans');
  });

  describe('Russian, whose pack loads only when chosen', () => {
    afterEach(() => loadLanguage('ru'));
    const askedTooEarly = () =>
      vi.mocked(console.error).mock.calls.filter((args) => args.some((arg) => String(arg).includes('before the Russian pack was loaded')));

    it('a ?lang=ru link shows the loading state, no English word, until the pack is in; then the page in Russian', async () => {
      installRussian(null);
      await loadReady('?lang=ru', { russian: true });
      render(<App />);
      // The first render, before the pack's download can have settled.
      expect(document.querySelector('.app[aria-busy="true"]')).not.toBeNull();
      expect(screen.queryByText('The trip in figures')).toBeNull();
      expect(await screen.findByRole('region', { name: 'Поездка в цифрах' })).toBeInTheDocument();
      expect(document.documentElement.lang).toBe('ru');
      expect(askedTooEarly()).toEqual([]);
    });

    it('the language switch loads the pack first, then the page, URL and <html lang> switch together', async () => {
      installRussian(null);
      await renderReady('?lang=en', { russian: true });
      await userEvent.click(screen.getByRole('button', { name: 'Русский' }));
      expect(await screen.findByRole('region', { name: 'Поездка в цифрах' })).toBeInTheDocument();
      expect(isLanguageReady('ru')).toBe(true);
      expect(window.location.search).toContain('lang=ru');
      expect(askedTooEarly()).toEqual([]);
    });
  });

  it('Present opens the slides at 1 / 6; Escape returns focus to the Present button', async () => {
    await renderReady('?lang=en&country=KG');
    await userEvent.click(screen.getByRole('button', { name: 'Present' }));
    // The slides load when presentation mode starts.
    const deck = await screen.findByRole('region', { name: 'Briefing slides' }, { timeout: 10_000 });
    await waitFor(() => expect(deck).toHaveFocus());
    expect(within(deck).getByText('1 / 6')).toBeVisible();
    expect(within(deck).getByText('4 of the 14 agreements and MoUs were with Kyrgyzstan.')).toBeVisible();
    expect(window.location.search).toContain('slide=1');
    await userEvent.keyboard('{ArrowRight}');
    expect(await within(deck).findByText('map view')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Briefing slides' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Present' })).toHaveFocus();
    expect(window.location.search).not.toContain('slide=');
    expect(window.location.search).toContain('country=KG');
    // The slides' chunk loads on Present: slow to transform on a busy machine.
  }, 20_000);
});
